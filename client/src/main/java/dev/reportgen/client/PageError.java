package dev.reportgen.client;

import dev.reportgen.runtime.RowError;

/**
 * A bad row that lenient mode skipped, with the page it came from.
 *
 * @param page 1-based page number
 * @param request the page's request (method, path, query)
 * @param pageFirstRow the page's {@code first_row}
 * @param error the error as the page's parser reported it: row index, line and column within the
 *     page's body
 */
public record PageError(int page, String request, long pageFirstRow, RowError error) {
  /** The skipped row's index on the server ({@code pageFirstRow + error.row()}). */
  public long serverRow() {
    return pageFirstRow + error.row();
  }
}
