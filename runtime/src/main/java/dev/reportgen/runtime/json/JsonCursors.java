package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowCursor;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;

/**
 * Opens JSON row cursors for one set of {@link ReadOptions}: this package's entry point for {@code
 * ReportReader}, with no jackson type in its signatures. The jackson factory, which holds the
 * limits and is thread-safe, is built once and shared by every cursor opened here.
 */
public final class JsonCursors {
  private final ReadOptions options;
  private final JsonFactory factory;
  private final boolean scanRows;

  public JsonCursors(ReadOptions options) {
    this(options, true);
  }

  /**
   * {@code scanRows} false keeps every row on the general (jackson) path: the differential test
   * compares the byte scanner's results with it on the same bytes.
   */
  JsonCursors(ReadOptions options, boolean scanRows) {
    this.options = options;
    this.factory = JsonParsers.factory(options);
    this.scanRows = scanRows;
  }

  /** Rows of a JSON response from a stream (gzip and UTF-8/16/32 detected). */
  public <T> RowCursor<T> open(ReportType<T> type, InputStream in) {
    return new JsonRowCursor<>(JsonParsers.open(factory, in), factory, type, options, scanRows);
  }

  /** Rows of a JSON response in memory (gzip detected by its magic bytes). */
  public <T> RowCursor<T> open(ReportType<T> type, byte[] json) {
    if (json.length >= 2 && (json[0] & 0xff) == 0x1f && (json[1] & 0xff) == 0x8b) {
      return open(type, new ByteArrayInputStream(json));
    }
    return new JsonRowCursor<>(JsonParsers.open(factory, json), factory, type, options, scanRows);
  }

  /** Rows of a JSON response given as characters. */
  public <T> RowCursor<T> open(ReportType<T> type, Reader in) {
    return new JsonRowCursor<>(JsonParsers.open(factory, in), factory, type, options, scanRows);
  }
}
