package dev.reportgen.client;

/**
 * How requests prove who sends them: a strategy, chosen when the client is built.
 *
 * <p>{@link SignedSession} (the default, LuxSci's documented signed session) and {@link ApiKey}
 * ship with the client. Another scheme, such as an OAuth 2.0 bearer token, is a class implementing
 * these two methods: {@link #credentials} returns {@code Authorization: Bearer ...}, {@link #renew}
 * fetches a new token.
 *
 * <p>Implementations are shared by every thread using the client and must be thread-safe. They must
 * keep secrets out of {@code toString} and exception messages.
 */
public interface Authentication {
  /**
   * The headers that authenticate {@code request}. May call the API through {@code channel} first
   * (to start a session).
   *
   * @throws LuxSciAuthenticationException when no credentials can be obtained
   */
  RequestCredentials credentials(SignableRequest request, AuthChannel channel);

  /**
   * The server refused {@code refused} (HTTP 401/403, or an error saying the session is invalid or
   * expired). Drops what made them, so that the next {@link #credentials} call starts afresh.
   * Called at most once per request: the client retries the request once when this returns true,
   * and fails when it returns false (a fixed key cannot be renewed) or the retry is refused too.
   */
  boolean renew(RequestCredentials refused);
}
