package dev.reportgen.client;

import java.util.Locale;

/**
 * Recognises an error message that means "your session is no longer valid", which LuxSci may send
 * as an ordinary {@code success: 0} body rather than as HTTP 401/403. Such a failure is worth one
 * new session; any other failure is not.
 */
final class AuthFailures {
  private static final String[] SUBJECTS = {"session", "auth", "signature", "credential", "login"};
  private static final String[] STATES = {
    "expired", "invalid", "not valid", "revoked", "unknown", "bad", "required", "denied", "failed"
  };

  private AuthFailures() {}

  static boolean isAuthFailure(String serverMessage) {
    if (serverMessage == null) {
      return false;
    }
    String text = serverMessage.toLowerCase(Locale.ROOT);
    return containsAny(text, SUBJECTS) && containsAny(text, STATES);
  }

  private static boolean containsAny(String text, String[] words) {
    for (String word : words) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
