package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a header list at the current {@code START_ARRAY}: each entry a column name, or an object
 * naming it under {@code name} (else {@code keyword}, {@code key}, {@code field}); other members of
 * such objects ({@code type}, {@code title}) are skipped.
 */
final class JsonHeaderReader {
  private JsonHeaderReader() {}

  static List<String> read(JsonParser p, int maxColumns) throws IOException {
    List<String> names = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw JsonFailures.structure(p, "truncated input inside the header", -1, null);
      }
      if (names.size() >= maxColumns) {
        throw JsonFailures.structure(
            p, "the header has more than " + maxColumns + " columns (maxColumns)", -1, null);
      }
      if (t == JsonToken.VALUE_STRING) {
        names.add(p.getText());
      } else if (t == JsonToken.START_OBJECT) {
        names.add(nameOf(p));
      } else {
        throw JsonFailures.structure(
            p, "a header entry must be a column name or an object with a name, got " + t, -1, null);
      }
    }
    return names;
  }

  private static String nameOf(JsonParser p) throws IOException {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
      if (t == null) {
        throw JsonFailures.structure(p, "truncated input inside the header", -1, null);
      }
      String key = p.currentName();
      JsonToken v = p.nextToken();
      int rank = rank(key);
      if (rank < bestRank && v == JsonToken.VALUE_STRING) {
        best = p.getText();
        bestRank = rank;
      } else {
        p.skipChildren();
      }
    }
    if (best == null) {
      throw JsonFailures.structure(
          p, "a header entry object has no 'name' (or 'keyword', 'key', 'field') string", -1, null);
    }
    return best;
  }

  private static int rank(String key) {
    switch (key) {
      case "name":
        return 0;
      case "keyword":
        return 1;
      case "key":
        return 2;
      case "field":
        return 3;
      default:
        return Integer.MAX_VALUE;
    }
  }
}
