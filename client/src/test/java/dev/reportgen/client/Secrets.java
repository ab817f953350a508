package dev.reportgen.client;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

/** The secrets the tests use, and the check that a text or failure shows none of them. */
final class Secrets {
  static final String TOKEN = "token-1";
  static final String SECRET = "secret-1-do-not-leak";
  static final String USER = "user@example.com";
  static final String PASSWORD = "p@ss-do-not-leak";

  private Secrets() {}

  /** Fails when {@code text} holds the secret, the password or one of the auth codes. */
  static void assertNoSecret(String text, List<String> authCodes) {
    assertFalse(text.contains(SECRET), () -> "secret in: " + text);
    assertFalse(text.contains(PASSWORD), () -> "password in: " + text);
    for (String code : authCodes) {
      assertFalse(text.contains(code), () -> "auth code in: " + text);
    }
  }

  /** {@link #assertNoSecret} over a failure's message, its causes' and their toString. */
  static void assertNoSecret(Throwable failure, List<String> authCodes) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertNoSecret(String.valueOf(t.getMessage()), authCodes);
      assertNoSecret(t.toString(), authCodes);
    }
  }
}
