package dev.reportgen.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the fake server produces on demand, scripted through {@link Faults}. Create one with
 * the static factories; a fault is a value and may be scripted any number of times.
 *
 * <p>Faults act before authentication, as a proxy or rate limiter in front of the API would, except
 * {@link #delay} (the request then runs normally) and {@link #cutMidRow} (the response starts
 * normally and its body stops in the middle of a row).
 *
 * @param kind what happens
 * @param status the HTTP status for {@link Kind#STATUS}, {@link Kind#TOO_MANY_REQUESTS} and {@link
 *     Kind#ERROR_BODY}; 0 otherwise
 * @param duration the {@code Retry-After} of {@link Kind#TOO_MANY_REQUESTS} or the wait of {@link
 *     Kind#DELAY}; {@link Duration#ZERO} otherwise
 * @param message the {@code error_message} of the error body, or {@code null}
 * @param completeRows for {@link Kind#CUT_MID_ROW}, the rows sent whole before the cut
 */
public record Fault(Kind kind, int status, Duration duration, String message, int completeRows) {
  /** What a fault does. */
  public enum Kind {
    /** An HTTP error status with a LuxSci error body. */
    STATUS,
    /** HTTP 429 with a {@code Retry-After} header in whole seconds and an error body. */
    TOO_MANY_REQUESTS,
    /** A {@code {"success":0,"error_message":...}} body with the given status. */
    ERROR_BODY,
    /** The response is held back for a while, then the request is served normally. */
    DELAY,
    /** The body stops in the middle of a row and the connection is closed. */
    CUT_MID_ROW,
    /** The connection is closed before any byte of a response is sent. */
    CONNECTION_RESET
  }

  public Fault {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("fault duration must not be negative: " + duration);
    }
    if (completeRows < 0) {
      throw new IllegalArgumentException("completeRows must not be negative: " + completeRows);
    }
  }

  /**
   * An HTTP error status, for example 500, 502, 503 or 504, with the body {@code
   * {"success":0,"error_message":"..."}}.
   */
  public static Fault status(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a fault status is 4xx or 5xx, got " + status);
    }
    return new Fault(Kind.STATUS, status, Duration.ZERO, "Simulated HTTP " + status + ".", 0);
  }

  /** HTTP 429 with {@code Retry-After} (rounded up to whole seconds). */
  public static Fault tooManyRequests(Duration retryAfter) {
    return new Fault(Kind.TOO_MANY_REQUESTS, 429, retryAfter, "Rate limit exceeded.", 0);
  }

  /** HTTP 200 with {@code {"success":0,"error_message":message}}, as LuxSci reports refusals. */
  public static Fault errorBody(String message) {
    return errorBody(200, message);
  }

  /** {@code {"success":0,"error_message":message}} with HTTP {@code status}. */
  public static Fault errorBody(int status, String message) {
    Objects.requireNonNull(message, "message");
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException("an error body's status is 2xx to 5xx, got " + status);
    }
    return new Fault(Kind.ERROR_BODY, status, Duration.ZERO, message, 0);
  }

  /** The request is served normally after {@code delay}. */
  public static Fault delay(Duration delay) {
    return new Fault(Kind.DELAY, 0, delay, null, 0);
  }

  /**
   * The response body holds {@code completeRows} whole rows, then part of the next one, and the
   * connection closes without the chunked body's last chunk: the client's read of the body fails
   * with an I/O error. A response with fewer rows than that is cut in the middle of its closing
   * bytes instead; a non-report answer (a login, an error) in the middle of its body.
   */
  public static Fault cutMidRow(int completeRows) {
    return new Fault(Kind.CUT_MID_ROW, 0, Duration.ZERO, null, completeRows);
  }

  /**
   * The connection closes before any response byte: the client sees its request fail with an I/O
   * error. (The JDK server closes the socket normally; it cannot force a TCP RST, and a client sees
   * the same {@code IOException} for both.)
   */
  public static Fault connectionReset() {
    return new Fault(Kind.CONNECTION_RESET, 0, Duration.ZERO, null, 0);
  }

  /** {@code Retry-After} in whole seconds, rounded up. */
  long retryAfterSeconds() {
    long seconds = duration.toSeconds();
    return duration.minusSeconds(seconds).isZero() ? seconds : seconds + 1;
  }
}
