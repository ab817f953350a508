package dev.reportgen.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The JSON body of {@code POST /auth}: {@code {"token", "date", "signature"}} and, for a user
 * session, {@code "user"} and {@code "pass"}. {@code toString} leaves out the signature and the
 * password.
 *
 * @param token the API token
 * @param dateText the date exactly as sent (it is what was signed)
 * @param date the date as Unix seconds
 * @param signature the hex HMAC the client sent
 * @param user the user login, or {@code null} for an account session
 * @param password the user's password, or {@code null} for an account session
 */
record LoginRequest(
    String token, String dateText, long date, String signature, String user, String password) {
  private static final JsonFactory JSON = new JsonFactory();

  boolean isUserScope() {
    return user != null;
  }

  /**
   * Parses a login body.
   *
   * @throws IllegalArgumentException saying what is wrong (never quoting a secret value)
   */
  static LoginRequest parse(byte[] body) {
    String token = null;
    String date = null;
    String signature = null;
    String user = null;
    String pass = null;
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("the /auth body must be a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          throw new IllegalArgumentException(
              "/auth field " + field + " must be a string or number");
        }
        String text = value == JsonToken.VALUE_NULL ? null : parser.getText();
        switch (field) {
          case "token" -> token = text;
          case "date" -> date = text;
          case "signature" -> signature = text;
          case "user" -> user = text;
          case "pass" -> pass = text;
          default -> {
            // Other fields are ignored, as a lenient server would.
          }
        }
      }
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("text after the /auth JSON object");
      }
    } catch (IOException e) {
      // No cause attached: a parser message may quote the body, and the body holds a password.
      throw new IllegalArgumentException(
          "the /auth body is not valid JSON (line " + lineOf(e) + ")");
    }
    require(token, "token");
    require(date, "date");
    require(signature, "signature");
    if ((user == null) != (pass == null)) {
      throw new IllegalArgumentException("a user-scope /auth body needs both user and pass");
    }
    long seconds;
    try {
      seconds = Long.parseLong(date);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("/auth date must be Unix seconds, got '" + date + "'", e);
    }
    return new LoginRequest(token, date, seconds, signature, user, pass);
  }

  private static String lineOf(IOException e) {
    return e instanceof JsonProcessingException json && json.getLocation() != null
        ? json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr()
        : "unknown";
  }

  private static void require(String value, String field) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("the /auth body lacks " + field);
    }
  }

  @Override
  public String toString() {
    return "LoginRequest[token=" + token + ", date=" + dateText + ", user=" + user + "]";
  }
}
