package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.reportgen.runtime.ReportIoException;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.internal.FatalReadException;
import java.io.CharConversionException;
import java.io.IOException;

/** Turns jackson's exceptions into the runtime's: bad bytes are parse errors, I/O is I/O. */
final class JsonFailures {
  private JsonFailures() {}

  static FatalReadException fatal(JsonParser parser, IOException e) {
    return new FatalReadException(convert(parser, e, -1));
  }

  static FatalReadException fatal(JsonParser parser, IOException e, long row) {
    return new FatalReadException(convert(parser, e, row));
  }

  static dev.reportgen.runtime.ReportException convert(JsonParser parser, IOException e, long row) {
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
    if (e instanceof CharConversionException) {
      return new ReportParseException(
          "malformed input encoding: " + e.getMessage(), row, null, null, -1, -1, e);
    }
    return new ReportIoException("reading the JSON input failed", e);
  }

  static FatalReadException structure(JsonParser parser, String problem, long row, String column) {
    JsonLocation where = parser.currentTokenLocation();
    return new FatalReadException(
        new ReportParseException(
            problem, row, column, null, where.getLineNr(), where.getColumnNr(), null));
  }
}
