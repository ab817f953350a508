package dev.reportgen.runtime.json;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowCursor;
import java.io.InputStream;

/**
 * Test access to the JSON reader's internal switch between the byte scanner and the general path,
 * for tests outside this package (the differential test lives beside the hostile corpus).
 */
public final class ScanPaths {
  private ScanPaths() {}

  /** A cursor over {@code json}; {@code scan} false keeps every row on the general path. */
  public static <T> RowCursor<T> open(
      ReportType<T> type, ReadOptions options, byte[] json, boolean scan) {
    return new JsonCursors(options, scan).open(type, json);
  }

  /** A cursor over a stream; {@code scan} false keeps every row on the general path. */
  public static <T> RowCursor<T> open(
      ReportType<T> type, ReadOptions options, InputStream json, boolean scan) {
    return new JsonCursors(options, scan).open(type, json);
  }

  /** Rows the byte scanner decoded in a cursor opened by {@link #open}. */
  public static long scannedRows(RowCursor<?> cursor) {
    return ((JsonRowCursor<?>) cursor).scannedRows();
  }

  /** Times the byte scanner gave up before a row list's end in a cursor opened by {@link #open}. */
  public static long scanGiveUps(RowCursor<?> cursor) {
    return ((JsonRowCursor<?>) cursor).scanGiveUps();
  }
}
