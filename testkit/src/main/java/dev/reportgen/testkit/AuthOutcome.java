package dev.reportgen.testkit;

/** What the fake server decided about a request's credentials, as recorded in its request log. */
public enum AuthOutcome {
  /** {@code POST /auth} with a good signature and date: a session was issued. */
  LOGIN_ACCEPTED(true),
  /** {@code POST /auth} with a signature that does not match the secret. */
  LOGIN_BAD_SIGNATURE(false),
  /** {@code POST /auth} whose {@code date} lies outside the server's window around its clock. */
  LOGIN_DATE_OUT_OF_WINDOW(false),
  /** {@code POST /auth} with an unknown token, or a user scope with the wrong user or password. */
  LOGIN_BAD_CREDENTIALS(false),
  /** {@code POST /auth} whose body is not the expected JSON object. */
  LOGIN_MALFORMED(false),
  /** {@code POST /auth} with a valid session cookie: the session was revoked. */
  SESSION_REVOKED(true),
  /** A signed request with a valid session and a correct HMAC. */
  SESSION_ACCEPTED(true),
  /** A request with the {@code X-API-Key} header and the right token and secret. */
  API_KEY_ACCEPTED(true),
  /** No {@code signature} cookie (nor an accepted API key). */
  MISSING_CREDENTIALS(false),
  /** A {@code signature} cookie that is not {@code <auth>:<hmac>}. */
  MALFORMED_COOKIE(false),
  /** An auth code the server never issued. */
  UNKNOWN_SESSION(false),
  /** An auth code whose session lifetime has passed. */
  EXPIRED_SESSION(false),
  /** An auth code whose session was revoked. */
  REVOKED_SESSION(false),
  /** A known session but an HMAC that does not match method, path, query and body. */
  BAD_REQUEST_SIGNATURE(false),
  /** An {@code X-API-Key} header with the wrong token or secret, or while API keys are off. */
  BAD_API_KEY(false),
  /** Valid credentials, but a user-scope session asked for another user's or the account's data. */
  SCOPE_DENIED(false),
  /** Not checked: the request was answered before authentication (unknown path, a fault). */
  NOT_CHECKED(false);

  private final boolean accepted;

  AuthOutcome(boolean accepted) {
    this.accepted = accepted;
  }

  /** Whether the credentials were good. */
  public boolean accepted() {
    return accepted;
  }
}
