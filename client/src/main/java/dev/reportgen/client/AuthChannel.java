package dev.reportgen.client;

import java.time.Instant;

/**
 * What the client lends an {@link Authentication} that must call the API itself to start a session:
 * a POST below the base URL (through the client's rate limiter and timeouts) and the client's
 * clock.
 */
public interface AuthChannel {
  /**
   * Posts {@code jsonBody} to {@code relativePath} below the base URL ({@code /auth}) and returns
   * the reply, read whole (replies to authentication are small). The body is never logged.
   *
   * @throws LuxSciClientException when the request could not be sent or answered
   */
  Reply post(String relativePath, String jsonBody);

  /**
   * The full path for {@code relativePath}, as a signature covers it ({@code /perl/api/v2/auth}).
   */
  String fullPath(String relativePath);

  /** The client's current time. */
  Instant now();

  /**
   * A reply to {@link #post}.
   *
   * @param status the HTTP status
   * @param body the body as text (UTF-8), at most 64 KiB of it
   */
  record Reply(int status, String body) {}
}
