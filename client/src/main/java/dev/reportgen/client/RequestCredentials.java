package dev.reportgen.client;

import java.util.Map;
import java.util.Objects;

/**
 * The headers that authenticate one request, and the session they belong to, so that a refusal can
 * be traced back to the session it refused ({@link Authentication#renew}). Its {@code toString}
 * names the headers, never their values.
 */
public final class RequestCredentials {
  private final Map<String, String> headers;
  private final Object session;

  /**
   * @param headers header name to value, added to the request
   * @param session an identity of the session or key these headers come from; compared with {@code
   *     equals} by the strategy that made it, opaque to the client
   */
  public RequestCredentials(Map<String, String> headers, Object session) {
    this.headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    this.session = session;
  }

  /** The headers to add to the request. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The session these headers come from (opaque; may be null). */
  public Object session() {
    return session;
  }

  @Override
  public String toString() {
    return "RequestCredentials" + headers.keySet();
  }
}
