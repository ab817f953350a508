package dev.reportgen.runtime;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.reportgen.runtime.csv.CsvRowCursor;
import dev.reportgen.runtime.internal.InputSources;
import dev.reportgen.runtime.json.JsonHeaderScanner;
import dev.reportgen.runtime.json.JsonParsers;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads just the column names of a response, without knowing its report type: the input for {@link
 * ReportDetector}. Closes the stream.
 */
public final class ReportHeaders {
  private ReportHeaders() {}

  /**
   * The header of a JSON response (top level or under {@code data}/{@code report}, names or objects
   * with a name). When the rows are objects and no header precedes them, the keys of the first row.
   * Empty when the response has neither.
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

  /**
   * The keys with a scalar value (text, number, boolean or null) of a JSON response's envelope: the
   * top-level object and the objects nested under {@code data} or {@code report}, in document
   * order. A summary report may send its single row this way, as plain keys beside {@code success}
   * and {@code comment}; when {@link #readJsonHeader(InputStream)} finds no header, these keys are
   * what {@link ReportDetector#detectSummary} recognises the report by, and the schema columns
   * among them are the columns the response carries. Envelope keys are included (they name no
   * column). Empty for a response that is an array. Does not check {@code success}: read the header
   * first. Closes the stream.
   *
   * @throws ReportParseException when the JSON is malformed or exceeds a limit
   * @throws ReportIoException when reading fails
   */
  public static List<String> readJsonPlainKeys(InputStream in) {
    return readJsonPlainKeys(in, ReadOptions.strict());
  }

  /**
   * As {@link #readJsonPlainKeys(InputStream)}, with the given limits (at most maxColumns keys).
   */
  public static List<String> readJsonPlainKeys(InputStream in, ReadOptions options) {
    JsonParser parser = JsonParsers.open(JsonParsers.factory(options), in);
    try {
      List<String> keys = new ArrayList<>();
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        collectPlainKeys(parser, keys, options.maxColumns());
      }
      return List.copyOf(keys);
    } catch (IOException e) {
      throw readFailure(parser, e);
    } finally {
      try {
        parser.close();
      } catch (IOException e) {
        // Everything wanted has been read; a failing close loses nothing.
      }
    }
  }

  /** Inside an envelope object: its scalar keys, and those of a nested data or report object. */
  private static void collectPlainKeys(JsonParser p, List<String> keys, int maxColumns)
      throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
      JsonToken value = t == null ? null : p.nextToken();
      if (value == null) {
        JsonLocation at = p.currentLocation();
        throw new ReportParseException(
            "truncated input", -1, null, null, at.getLineNr(), at.getColumnNr(), null);
      }
      String key = p.currentName();
      if (value.isScalarValue()) {
        if (keys.size() >= maxColumns) {
          JsonLocation at = p.currentTokenLocation();
          throw new ReportParseException(
              "more than " + maxColumns + " keys in one object (maxColumns)",
              -1,
              null,
              null,
              at.getLineNr(),
              at.getColumnNr(),
              null);
        }
        keys.add(key);
      } else if (value == JsonToken.START_OBJECT && (key.equals("data") || key.equals("report"))) {
        // The nested envelopes the reader accepts (docs/runtime.md, "JSON envelope").
        collectPlainKeys(p, keys, maxColumns);
      } else {
        p.skipChildren();
      }
    }
  }

  /** jackson's parse errors with their position; anything else as the runtime classifies it. */
  private static ReportException readFailure(JsonParser parser, IOException e) {
    if (e instanceof JsonProcessingException jpe) {
      JsonLocation at = jpe.getLocation() != null ? jpe.getLocation() : parser.currentLocation();
      return new ReportParseException(
          (e instanceof StreamConstraintsException ? "input exceeds a limit: " : "malformed JSON: ")
              + jpe.getOriginalMessage(),
          -1,
          null,
          null,
          at.getLineNr(),
          at.getColumnNr(),
          e);
    }
    JsonLocation at = parser.currentLocation();
    return InputSources.classify(
        e, "reading the JSON input failed", -1, at.getLineNr(), at.getColumnNr(), null);
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
