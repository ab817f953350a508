package dev.reportgen.client;

import java.util.OptionalLong;

/** Told about each page of a paged read once it has been read to its end (for progress). */
@FunctionalInterface
public interface PageListener {
  /** Ignores every page. */
  PageListener NONE = page -> {};

  void pageRead(Page page);

  /**
   * One page read to its end.
   *
   * @param number 1-based page number
   * @param firstRow the {@code first_row} it was asked with
   * @param rows rows it held (good and bad)
   * @param rowsSoFar rows of every page so far, this one included
   * @param totalMatches the total the server reported, when it reported one
   * @param attempts requests it took (more than 1 after retries)
   */
  record Page(
      int number,
      long firstRow,
      long rows,
      long rowsSoFar,
      OptionalLong totalMatches,
      int attempts) {}
}
