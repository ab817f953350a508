package dev.reportgen.runtime;

import dev.reportgen.runtime.csv.CsvRowCursor;
import dev.reportgen.runtime.json.JsonHeaderScanner;
import java.io.InputStream;
import java.util.List;

/**
 * Reads just the column names of a response, without knowing its report type: the input for
 * {@link ReportDetector}. Closes the stream.
 */
public final class ReportHeaders {
  private ReportHeaders() {}

  /**
   * The header of a JSON response (top level or under {@code data}/{@code report}, names or
   * objects with a name). When the rows are objects and no header precedes them, the keys of the
   * first row. Empty when the response has neither.
   *
   * @throws ReportErrorResponseException when the response is a failure
   * @throws ReportParseException when the JSON is malformed
   */
  public static List<String> readJsonHeader(InputStream in) {
    return readJsonHeader(in, ReadOptions.strict());
  }

  /** As {@link #readJsonHeader(InputStream)}, with the given limits. */
  public static List<String> readJsonHeader(InputStream in, ReadOptions options) {
    return JsonHeaderScanner.scan(in, options);
  }

  /** The header row of a CSV file (gzip and BOM handled). */
  public static List<String> readCsvHeader(InputStream in) {
    return readCsvHeader(in, ReadOptions.strict());
  }

  /** As {@link #readCsvHeader(InputStream)}, with the given limits. */
  public static List<String> readCsvHeader(InputStream in, ReadOptions options) {
    return CsvRowCursor.readHeader(in, options);
  }
}
