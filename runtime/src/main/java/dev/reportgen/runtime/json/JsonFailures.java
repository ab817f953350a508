package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.internal.FatalReadException;
import dev.reportgen.runtime.internal.InputSources;
import dev.reportgen.runtime.internal.Utf8Check;
import java.io.IOException;

/**
 * Turns jackson's exceptions into the runtime's: bad bytes are parse errors, I/O is I/O (the
 * decision for non-jackson exceptions is {@link InputSources#classify}).
 */
final class JsonFailures {
  private JsonFailures() {}

  static FatalReadException fatal(JsonParser parser, IOException e) {
    return new FatalReadException(convert(parser, e, -1));
  }

  static FatalReadException fatal(JsonParser parser, IOException e, long row) {
    return new FatalReadException(convert(parser, e, row));
  }

  static dev.reportgen.runtime.ReportException convert(JsonParser parser, IOException e, long row) {
    return convert(parser, e, row, "reading the JSON input failed");
  }

  /** {@code failed}: what a source failure is reported as, e.g. "opening the JSON input failed". */
  static dev.reportgen.runtime.ReportException convert(
      JsonParser parser, IOException e, long row, String failed) {
    if (e instanceof JsonProcessingException jpe) {
      JsonLocation where = jpe.getLocation();
      if (where == null && parser != null) {
        where = parser.currentLocation();
      }
      String problem =
          e instanceof StreamConstraintsException
              ? "input exceeds a limit: " + jpe.getOriginalMessage()
              : "malformed JSON: " + jpe.getOriginalMessage();
      return new ReportParseException(
          problem,
          row,
          null,
          null,
          where == null ? -1 : where.getLineNr(),
          where == null ? -1 : where.getColumnNr(),
          e);
    }
    JsonLocation where = parser == null ? null : parser.currentLocation();
    long line = where == null ? -1 : where.getLineNr();
    long column = where == null ? -1 : where.getColumnNr();
    if (e instanceof Utf8Check.MalformedUtf8Exception bad && where != null) {
      // The check stream fails on the read after the valid bytes, when jackson has consumed them
      // all: its line is the offending byte's. jackson counts the unfilled buffer as processed
      // already when a read fails, so its column is ahead by the difference of byte offsets.
      long ahead = where.getByteOffset() - bad.offset();
      if (where.getByteOffset() >= 0 && ahead > 0 && column - ahead >= 1) {
        column -= ahead;
      }
    }
    return InputSources.classify(e, failed, row, line, column, null);
  }

  static FatalReadException structure(JsonParser parser, String problem, long row, String column) {
    JsonLocation where = parser.currentTokenLocation();
    return new FatalReadException(
        new ReportParseException(
            problem, row, column, null, where.getLineNr(), where.getColumnNr(), null));
  }
}
