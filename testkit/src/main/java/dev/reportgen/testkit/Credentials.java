package dev.reportgen.testkit;

import java.util.Objects;

/**
 * The API credentials a fake server accepts: the account's API token and secret, and one user's
 * login and password for user-scope sessions. Hand them to the client under test.
 *
 * <p>{@link #toString()} shows the token and the user only, never the secret or the password.
 *
 * @param apiToken the API token (sent in the clear as {@code token})
 * @param apiSecret the API secret (the HMAC key; never sent)
 * @param user the user login that user-scope sessions authenticate as
 * @param userPassword that user's password
 */
public record Credentials(String apiToken, String apiSecret, String user, String userPassword) {
  public Credentials {
    requireText(apiToken, "apiToken");
    requireText(apiSecret, "apiSecret");
    requireText(user, "user");
    requireText(userPassword, "userPassword");
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
  }

  @Override
  public String toString() {
    return "Credentials[apiToken="
        + apiToken
        + ", apiSecret=<redacted>, user="
        + user
        + ", userPassword=<redacted>]";
  }
}
