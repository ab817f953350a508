package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportErrorResponseException;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.internal.FatalReadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the column names of a JSON response without a report type: the first header list met (top
 * level, or under {@code data}/{@code report}), else the keys of the first object row. Array rows
 * met before the header are skipped without being kept.
 */
public final class JsonHeaderScanner {
  private final JsonParser p;
  private final ReadOptions options;
  private Boolean success;
  private String message;
  private int messagePriority = Integer.MAX_VALUE;

  private JsonHeaderScanner(JsonParser p, ReadOptions options) {
    this.p = p;
    this.options = options;
  }

  public static List<String> scan(InputStream in, ReadOptions options) {
    JsonParser parser = null;
    try {
      parser = JsonParsers.open(JsonParsers.factory(options), in);
      return new JsonHeaderScanner(parser, options).scanDocument();
    } catch (IOException e) {
      throw JsonFailures.convert(parser, e, -1);
    } catch (FatalReadException e) {
      throw e.error();
    } finally {
      try {
        if (parser != null) {
          parser.close();
        } else {
          in.close(); // opening failed (closing twice is harmless)
        }
      } catch (IOException e) {
        // Only the header was wanted.
      }
    }
  }

  private List<String> scanDocument() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new ReportParseException("empty input: no JSON response", -1, null, null, -1, -1, null);
    }
    if (t == JsonToken.START_ARRAY) {
      List<String> keys = firstObjectKeys();
      return keys == null ? List.of() : keys;
    }
    if (t != JsonToken.START_OBJECT) {
      throw JsonFailures.structure(p, "expected a JSON object or array, got " + t, -1, null);
    }
    List<String> found = scanObject();
    if (Boolean.FALSE.equals(success)) {
      throw new ReportErrorResponseException(message);
    }
    return found == null ? List.of() : found;
  }

  /** Scans one envelope object up to a header; null when it has none. */
  private List<String> scanObject() throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
      if (t == null) {
        throw JsonFailures.structure(p, "truncated input", -1, null);
      }
      String key = p.currentName();
      JsonToken v = p.nextToken();
      EnvelopeKeys kind = EnvelopeKeys.classify(key);
      List<String> found = null;
      if (kind == EnvelopeKeys.HEADER && v == JsonToken.START_ARRAY) {
        found = JsonHeaderReader.read(p, options.maxColumns());
      } else if ((kind == EnvelopeKeys.DATA || kind == EnvelopeKeys.REPORT)
          && v == JsonToken.START_OBJECT) {
        found = scanObject();
      } else if ((kind == EnvelopeKeys.DATA
              || kind == EnvelopeKeys.REPORT
              || kind == EnvelopeKeys.ROWS)
          && v == JsonToken.START_ARRAY) {
        found = firstObjectKeys();
      } else if (kind == EnvelopeKeys.SUCCESS && v.isScalarValue()) {
        String text = p.getText();
        if (v == JsonToken.VALUE_FALSE || "0".equals(text)) {
          success = Boolean.FALSE;
        }
      } else if ((kind == EnvelopeKeys.ERROR || kind == EnvelopeKeys.COMMENT)
          && v == JsonToken.VALUE_STRING) {
        int priority = kind == EnvelopeKeys.COMMENT ? 3 : EnvelopeKeys.errorPriority(key);
        if (priority < messagePriority) {
          messagePriority = priority;
          message = p.getText();
        }
      } else {
        p.skipChildren();
      }
      if (found != null && !Boolean.FALSE.equals(success)) {
        return found;
      }
    }
    return null;
  }

  /** At a row list's START_ARRAY: the keys of its first element if an object; skips the rest. */
  private List<String> firstObjectKeys() throws IOException {
    JsonToken first = p.nextToken();
    if (first != JsonToken.START_OBJECT) {
      if (first != null && first != JsonToken.END_ARRAY) {
        p.skipChildren();
        skipRest();
      }
      return null;
    }
    List<String> keys = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
      if (t == null) {
        throw JsonFailures.structure(p, "truncated input", 0, null);
      }
      if (keys.size() >= options.maxColumns()) {
        throw JsonFailures.structure(
            p, "row has more than " + options.maxColumns() + " keys (maxColumns)", 0, null);
      }
      keys.add(p.currentName());
      p.nextToken();
      p.skipChildren();
    }
    skipRest();
    return keys;
  }

  private void skipRest() throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw JsonFailures.structure(p, "truncated input", -1, null);
      }
      p.skipChildren();
    }
  }
}
