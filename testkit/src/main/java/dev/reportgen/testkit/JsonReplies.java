package dev.reportgen.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The small JSON bodies that are not reports: the login reply, the logout reply and the error body
 * {@code {"success":0,"error_message":...}}. Reports go through {@link ReportResponder}.
 */
final class JsonReplies {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonReplies() {}

  static byte[] error(String message) {
    return object(
        generator -> {
          generator.writeNumberField("success", 0);
          generator.writeStringField("error_message", message);
        });
  }

  static byte[] loginAccepted(String authCode) {
    return object(
        generator -> {
          generator.writeStringField("auth", authCode);
          generator.writeNumberField("success", 1);
        });
  }

  static byte[] sessionRevoked() {
    return object(
        generator -> {
          generator.writeNumberField("success", 1);
          generator.writeStringField("comment", "Authentication session revoked.");
        });
  }

  private interface Fields {
    void write(JsonGenerator generator) throws IOException;
  }

  private static byte[] object(Fields fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      generator.writeStartObject();
      fields.write(generator);
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }
}
