package dev.reportgen.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.function.Executable;

/** The secrets the tests use, and the check that a text or failure shows none of them. */
final class Secrets {
  static final String TOKEN = "token-1";
  static final String SECRET = "secret-1-do-not-leak";
  static final String USER = "user@example.com";
  static final String PASSWORD = "p@ss-do-not-leak";

  /** Every auth code any {@link FakeApi} issued in this test run. */
  static final Set<String> ISSUED_CODES = ConcurrentHashMap.newKeySet();

  private Secrets() {}

  /**
   * {@code assertThrows}, and the failure (message, causes, toString) holds no secret, password or
   * auth code issued so far: every failure a test provokes goes through here.
   */
  static <T extends Throwable> T expect(Class<T> type, Executable run) {
    return expect(type, run, "expected " + type.getSimpleName());
  }

  /** {@link #expect(Class, Executable)} with a message for when nothing is thrown. */
  static <T extends Throwable> T expect(Class<T> type, Executable run, String message) {
    T failure = assertThrows(type, run, message);
    assertNoSecret(failure, List.copyOf(ISSUED_CODES));
    return failure;
  }

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
