package dev.reportgen.testkit;

/**
 * The authenticator's answer for one request.
 *
 * @param outcome what was decided, for the request log
 * @param principal who the request acts as when accepted, else {@code null}
 * @param session the session the request carried when it named a valid one, else {@code null}
 * @param status the HTTP status to answer a refusal with (unused when accepted)
 * @param message the {@code error_message} of a refusal; never holds a secret
 */
record AuthDecision(
    AuthOutcome outcome, Principal principal, Session session, int status, String message) {
  static AuthDecision accepted(AuthOutcome outcome, Principal principal, Session session) {
    return new AuthDecision(outcome, principal, session, 200, null);
  }

  static AuthDecision refused(AuthOutcome outcome, int status, String message) {
    return new AuthDecision(outcome, null, null, status, message);
  }

  boolean isAccepted() {
    return outcome.accepted();
  }
}
