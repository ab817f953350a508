package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.internal.FatalReadException;
import java.io.IOException;
import java.io.Writer;

/** Text of the current JSON value as the runtime keeps it (extras, buffered cells, messages). */
final class JsonValues {
  private JsonValues() {}

  /**
   * Strings as sent, numbers as their JSON text, booleans as {@code true}/{@code false}, null as
   * null, arrays and objects re-serialised compactly (at most {@code maxLength} chars).
   */
  static String text(JsonParser p, JsonToken t, JsonFactory factory, int maxLength, long row) {
    try {
      switch (t) {
        case VALUE_NULL:
          return null;
        case START_ARRAY:
        case START_OBJECT:
          return compact(p, factory, maxLength, row);
        default:
          return p.getText();
      }
    } catch (IOException e) {
      throw JsonFailures.fatal(p, e, row);
    }
  }

  private static String compact(JsonParser p, JsonFactory factory, int maxLength, long row)
      throws IOException {
    BoundedWriter out = new BoundedWriter(maxLength);
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.copyCurrentStructure(p);
    } catch (TooLong e) {
      throw new FatalReadException(
          new ReportParseException(
              "nested value longer than " + maxLength + " chars",
              row,
              null,
              null,
              p.currentLocation().getLineNr(),
              p.currentLocation().getColumnNr(),
              null));
    }
    return out.text.toString();
  }

  /** Signals the bound; never leaves this class. */
  private static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Refuses text beyond {@code maxLength} chars. Only the char-array write is bounded: {@code
   * Writer}'s string writes copy to a char array and call it, and jackson's generator writes
   * strings only for custom escapes, which the runtime does not set.
   */
  private static final class BoundedWriter extends Writer {
    private final StringBuilder text = new StringBuilder();
    private final int maxLength;

    BoundedWriter(int maxLength) {
      this.maxLength = maxLength;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
      if (text.length() + len > maxLength) {
        throw new TooLong();
      }
      text.append(chars, off, len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
