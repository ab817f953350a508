package dev.reportgen.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * LuxSci's signed session, the default {@link Authentication}.
 *
 * <p>The first request starts a session: {@code POST {base}/auth} with {@code {"token", "date",
 * "signature"}}, the signature being the hex HMAC-SHA256 (keyed with the API secret) of {@code
 * token\ndate\n}, or for user scope of {@code token\ndate\nuser\npass\n} (then {@code user} and
 * {@code pass} are sent too). The reply ({@code 201 {"auth": ..., "success": 1}}) holds the session
 * code. Every request then carries the cookie {@code signature=<auth>:<hmac>}, {@code hmac} being
 * the hex HMAC-SHA256 of {@code auth\nMETHOD\npath\nquery\nbodyhash\n}: full path, exact query
 * string, SHA-256 hex of the trimmed JSON body (empty for a request without body).
 *
 * <p>Thread-safe: concurrent first requests start one session, not one each. When the server
 * refuses the session, {@link #renew} drops it (unless another thread already replaced it) and the
 * next request starts a new one.
 */
public final class SignedSession implements Authentication {
  private final String token;
  private final String secret;
  private final String user;
  private final String password;
  private String auth; // guarded by this

  private SignedSession(String token, String secret, String user, String password) {
    this.token = requireText(token, "token");
    this.secret = requireText(secret, "secret");
    this.user = user;
    this.password = password;
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("the API " + name + " must not be empty");
    }
    return value;
  }

  /** A session with account-level API credentials. */
  public static SignedSession account(String token, String secret) {
    return new SignedSession(token, secret, null, null);
  }

  /** A session for one user: account API credentials plus that user's login and password. */
  public static SignedSession user(String token, String secret, String login, String password) {
    return new SignedSession(
        token, secret, requireText(login, "user login"), requireText(password, "user password"));
  }

  @Override
  public RequestCredentials credentials(SignableRequest request, AuthChannel channel) {
    String session = session(channel);
    String hmac = Hmac.sha256Hex(secret, requestText(session, request));
    return new RequestCredentials(Map.of("Cookie", "signature=" + session + ":" + hmac), session);
  }

  /** The text a request's signature covers. */
  static String requestText(String auth, SignableRequest request) {
    String body = request.body().trim();
    String bodyHash = body.isEmpty() ? "" : Hmac.digestHex(body);
    return auth
        + "\n"
        + request.method()
        + "\n"
        + request.path()
        + "\n"
        + request.query()
        + "\n"
        + bodyHash
        + "\n";
  }

  /** The text the {@code /auth} signature covers. */
  static String authText(String token, long date, String user, String password) {
    return user == null
        ? token + "\n" + date + "\n"
        : token + "\n" + date + "\n" + user + "\n" + password + "\n";
  }

  @Override
  public synchronized boolean renew(RequestCredentials refused) {
    if (Objects.equals(auth, refused.session())) {
      auth = null;
    }
    return true;
  }

  private synchronized String session(AuthChannel channel) {
    if (auth == null) {
      auth = startSession(channel);
    }
    return auth;
  }

  private String startSession(AuthChannel channel) {
    long date = channel.now().getEpochSecond();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("token", token);
    body.put("date", date);
    body.put("signature", Hmac.sha256Hex(secret, authText(token, date, user, password)));
    if (user != null) {
      body.put("user", user);
      body.put("pass", password);
    }
    AuthChannel.Reply reply = channel.post("/auth", SmallJson.object(body));
    String where = "POST " + channel.fullPath("/auth");
    Optional<Map<String, String>> members = SmallJson.scalars(reply.body());
    String serverMessage = members.flatMap(SmallJson::message).orElse("(no message)");
    if (reply.status() / 100 != 2 || members.isEmpty() || SmallJson.isFailure(members.get())) {
      throw new LuxSciAuthenticationException(
          "the API refused to start a session (HTTP " + reply.status() + "): " + serverMessage,
          where);
    }
    String code = members.get().get("auth");
    if (code == null || code.isBlank()) {
      throw new LuxSciAuthenticationException(
          "the reply to /auth (HTTP " + reply.status() + ") holds no auth code", where);
    }
    return code;
  }

  @Override
  public String toString() {
    return user == null
        ? "SignedSession{account scope}"
        : "SignedSession{user scope, user=" + user + "}";
  }
}
