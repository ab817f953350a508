package dev.reportgen.runtime;

import java.util.List;
import java.util.Objects;

/**
 * A whole report read into memory: for small responses and summary reports. Large results should be
 * streamed with a {@link RowCursor} instead.
 *
 * @param rows the good rows in input order
 * @param header the column names as sent (empty when the response had neither header nor rows)
 * @param metadata counts and comment from the response
 * @param errors bad rows skipped in lenient mode (always empty in strict mode)
 * @param <T> the generated record
 */
public record Report<T>(
    List<T> rows, List<String> header, ReportMetadata metadata, List<RowError> errors) {
  public Report {
    rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    header = List.copyOf(Objects.requireNonNull(header, "header"));
    Objects.requireNonNull(metadata, "metadata");
    errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
  }

  /**
   * The one row of a summary report.
   *
   * @throws ReportParseException when the report has no row or more than one, or a bad row was
   *     skipped (its data would be missing)
   */
  public T single() {
    if (!errors.isEmpty()) {
      throw errors.get(0).toException();
    }
    if (rows.size() != 1) {
      throw new ReportParseException(
          "expected exactly one row, got " + rows.size(), -1, null, null, -1, -1, null);
    }
    return rows.get(0);
  }
}
