package dev.reportgen.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The small JSON bodies around the reports: the {@code /auth} request and reply, and error bodies.
 * Reports themselves go through the runtime's streaming reader, never through here.
 */
final class SmallJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final String[] MESSAGE_KEYS = {"error", "error_message", "message", "comment"};

  private SmallJson() {}

  /** A JSON object of the given members, in order; values are strings or longs. */
  static String object(Map<String, Object> members) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      for (Map.Entry<String, Object> member : members.entrySet()) {
        if (member.getValue() instanceof Long number) {
          json.writeNumberField(member.getKey(), number);
        } else {
          json.writeStringField(member.getKey(), (String) member.getValue());
        }
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  /**
   * The scalar members of a JSON object, as text, with those of a nested {@code data} object merged
   * in (outer members win); empty when {@code body} is not a JSON object. Nested arrays and other
   * objects are skipped.
   */
  static Optional<Map<String, String>> scalars(String body) {
    try (JsonParser json = FACTORY.createParser(body)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      Map<String, String> members = new LinkedHashMap<>();
      readObject(json, members, true);
      return Optional.of(members);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void readObject(JsonParser json, Map<String, String> into, boolean outer)
      throws IOException {
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      JsonToken value = json.nextToken();
      if (value == JsonToken.START_OBJECT && outer && name.equals("data")) {
        Map<String, String> data = new LinkedHashMap<>();
        readObject(json, data, false);
        data.forEach(into::putIfAbsent);
      } else if (value.isStructStart()) {
        json.skipChildren();
      } else if (value != JsonToken.VALUE_NULL) {
        into.put(name, json.getText());
      }
    }
  }

  /** Whether the members say {@code "success": 0} (or {@code "0"}, {@code false}). */
  static boolean isFailure(Map<String, String> members) {
    String success = members.get("success");
    return "0".equals(success) || "false".equals(success);
  }

  /** The server's message, by the runtime's priority: error, error_message, message, comment. */
  static Optional<String> message(Map<String, String> members) {
    for (String key : MESSAGE_KEYS) {
      String text = members.get(key);
      if (text != null && !text.isBlank()) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }
}
