package dev.reportgen.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Checks credentials exactly as LuxSci's signed-session protocol defines them, and optionally the
 * {@code X-API-Key: <token>:<secret>} header.
 *
 * <p>Every refusal of a request's credentials is HTTP 401 with an {@code error_message} naming the
 * reason (unknown, expired or revoked session, bad signature): 401 is what tells a client to
 * authenticate again. LuxSci does not publish which status an expired session gets; 401 is the
 * status a real client must be prepared for in any case.
 */
final class Authenticator {
  static final String API_KEY_HEADER = "X-API-Key";
  private static final int UNAUTHORIZED = 401;

  private final Credentials credentials;
  private final Clock clock;
  private final Duration dateWindow;
  private final boolean signedSessions;
  private final boolean apiKeys;
  private final SessionStore sessions;

  Authenticator(
      Credentials credentials,
      Clock clock,
      Duration dateWindow,
      boolean signedSessions,
      boolean apiKeys,
      SessionStore sessions) {
    this.credentials = credentials;
    this.clock = clock;
    this.dateWindow = dateWindow;
    this.signedSessions = signedSessions;
    this.apiKeys = apiKeys;
    this.sessions = sessions;
  }

  /** {@code POST /auth} without a session cookie: checks the login and issues a session. */
  AuthDecision login(LoginRequest login) {
    if (!signedSessions) {
      return refused(AuthOutcome.LOGIN_BAD_CREDENTIALS, "Signed sessions are not enabled.");
    }
    if (!credentials.apiToken().equals(login.token())) {
      return refused(AuthOutcome.LOGIN_BAD_CREDENTIALS, "Unknown API token.");
    }
    long now = clock.instant().getEpochSecond();
    long window = dateWindow.toSeconds();
    // Compared without subtracting, so no date is near enough by overflow.
    if (login.date() < now - window || login.date() > now + window) {
      return refused(
          AuthOutcome.LOGIN_DATE_OUT_OF_WINDOW,
          "The date "
              + login.dateText()
              + " is more than "
              + window
              + " seconds away from the server time "
              + now
              + ".");
    }
    String signed =
        login.token()
            + "\n"
            + login.dateText()
            + "\n"
            + (login.isUserScope() ? login.user() + "\n" + login.password() + "\n" : "");
    String expected = Signatures.hmacSha256Hex(credentials.apiSecret(), signed);
    if (!Signatures.constantTimeEquals(expected, login.signature())) {
      return refused(AuthOutcome.LOGIN_BAD_SIGNATURE, "Authentication failed: bad signature.");
    }
    Principal principal = Principal.ACCOUNT;
    if (login.isUserScope()) {
      if (!credentials.user().equals(login.user())
          || !credentials.userPassword().equals(login.password())) {
        return refused(
            AuthOutcome.LOGIN_BAD_CREDENTIALS,
            "Authentication failed: unknown user or wrong password.");
      }
      principal = new Principal(login.user());
    }
    Session session = sessions.issue(principal);
    return AuthDecision.accepted(AuthOutcome.LOGIN_ACCEPTED, principal, session);
  }

  /** Whether the request carries a session cookie (on {@code /auth}: a logout). */
  static boolean hasSessionCookie(IncomingRequest request) {
    return sessionCookie(request).isPresent();
  }

  /** Checks the credentials of any request other than a login. */
  AuthDecision check(IncomingRequest request) {
    String apiKey = request.headers().getFirst(API_KEY_HEADER);
    return apiKey != null ? checkApiKey(apiKey) : checkSession(request);
  }

  /** Checks the session cookie only (a logout names the session it ends). */
  AuthDecision checkSession(IncomingRequest request) {
    Optional<String> cookie = sessionCookie(request);
    if (cookie.isEmpty()) {
      return refused(
          AuthOutcome.MISSING_CREDENTIALS,
          "Not authenticated: no signature cookie" + (apiKeys ? " or X-API-Key header." : "."));
    }
    if (!signedSessions) {
      return refused(AuthOutcome.MISSING_CREDENTIALS, "Signed sessions are not enabled.");
    }
    String value = cookie.get();
    int colon = value.lastIndexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      return refused(AuthOutcome.MALFORMED_COOKIE, "The signature cookie is not <auth>:<hmac>.");
    }
    String code = value.substring(0, colon);
    String hmac = value.substring(colon + 1);
    Optional<Session> found = sessions.find(code);
    if (found.isEmpty()) {
      return refused(AuthOutcome.UNKNOWN_SESSION, "Unknown authentication session.");
    }
    Session session = found.get();
    if (session.revoked()) {
      return refused(AuthOutcome.REVOKED_SESSION, "Authentication session revoked.");
    }
    if (session.expiredAt(clock.instant())) {
      return refused(AuthOutcome.EXPIRED_SESSION, "Authentication session expired.");
    }
    String expected = Signatures.hmacSha256Hex(credentials.apiSecret(), signedText(code, request));
    if (!Signatures.constantTimeEquals(expected, hmac)) {
      return refused(
          AuthOutcome.BAD_REQUEST_SIGNATURE,
          "Bad request signature for " + request.method() + " " + request.rawPath() + ".");
    }
    return AuthDecision.accepted(AuthOutcome.SESSION_ACCEPTED, session.principal(), session);
  }

  private AuthDecision checkApiKey(String header) {
    if (!apiKeys) {
      return refused(AuthOutcome.BAD_API_KEY, "API-key authentication is not enabled.");
    }
    int colon = header.indexOf(':');
    boolean good =
        colon > 0
            && credentials.apiToken().equals(header.substring(0, colon))
            && Signatures.constantTimeEquals(credentials.apiSecret(), header.substring(colon + 1));
    return good
        ? AuthDecision.accepted(AuthOutcome.API_KEY_ACCEPTED, Principal.ACCOUNT, null)
        : refused(AuthOutcome.BAD_API_KEY, "Bad API key.");
  }

  /**
   * {@code auth\nMETHOD\npath\nquery\nbodyhash\n}: the body hash is empty for GET and DELETE, and
   * otherwise the SHA-256 hex of the trimmed body (also for an empty body).
   */
  static String signedText(String code, IncomingRequest request) {
    String method = request.method();
    String bodyHash =
        method.equals("GET") || method.equals("DELETE")
            ? ""
            : Signatures.sha256Hex(
                Signatures.phpTrim(new String(request.body(), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8));
    return code
        + "\n"
        + method
        + "\n"
        + request.rawPath()
        + "\n"
        + request.rawQuery()
        + "\n"
        + bodyHash
        + "\n";
  }

  /** The value of the {@code signature} cookie, from any {@code Cookie} header. */
  private static Optional<String> sessionCookie(IncomingRequest request) {
    for (String header : request.headers().getOrDefault("Cookie", List.of())) {
      for (String pair : header.split(";")) {
        String trimmed = pair.trim();
        if (trimmed.startsWith("signature=")) {
          return Optional.of(trimmed.substring("signature=".length()));
        }
      }
    }
    return Optional.empty();
  }

  private static AuthDecision refused(AuthOutcome outcome, String message) {
    return AuthDecision.refused(outcome, UNAUTHORIZED, message);
  }
}
