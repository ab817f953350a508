package dev.reportgen.benchmarks.competitors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Small jackson-core helpers shared by the hand-written parsers (the ceiling). */
final class Json {
  /** Default settings, shared: a JsonFactory is thread-safe and meant to be reused. */
  static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  static String stringOrNull(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL || (t == JsonToken.VALUE_STRING && p.getTextLength() == 0)) {
      return null;
    }
    return p.getText();
  }

  static String string(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      throw new IOException("null in a non-nullable column at " + p.currentLocation());
    }
    return p.getText();
  }

  static long int64(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getLongValue();
    }
    if (t == JsonToken.VALUE_STRING) {
      return Long.parseLong(p.getText());
    }
    throw new IOException("expected an integer, got " + t + " at " + p.currentLocation());
  }

  static Long int64OrNull(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL || (t == JsonToken.VALUE_STRING && p.getTextLength() == 0)) {
      return null;
    }
    return int64(p, t);
  }

  static Instant dateTimeOrNull(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL || (t == JsonToken.VALUE_STRING && p.getTextLength() == 0)) {
      return null;
    }
    return FastDateTime.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
  }

  static Instant dateTime(JsonParser p, JsonToken t) throws IOException {
    Instant value = dateTimeOrNull(p, t);
    if (value == null) {
      throw new IOException("null in a non-nullable column at " + p.currentLocation());
    }
    return value;
  }

  /** Reads the header array (the parser is on its START_ARRAY) into column indexes. */
  static int[] header(JsonParser p, List<String> keywords) throws IOException {
    int[] columns = new int[64];
    int n = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (n == columns.length) {
        columns = java.util.Arrays.copyOf(columns, n * 2);
      }
      columns[n++] = keywords.indexOf(p.getText());
    }
    return java.util.Arrays.copyOf(columns, n);
  }
}
