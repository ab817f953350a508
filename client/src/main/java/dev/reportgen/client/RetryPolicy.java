package dev.reportgen.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed request is tried again: after HTTP 429, 502, 503 or 504, after a connection
 * failure, and when a page's body is cut off or reset. Bounded both in attempts and in total time;
 * other 4xx responses are never retried.
 *
 * <p>The wait before retry {@code n} (1-based) is the server's {@code Retry-After} when it sent
 * one, else exponential backoff with jitter: a random duration between half and all of {@code
 * min(maxBackoff, initialBackoff * multiplier^(n-1))}, so clients that failed together do not retry
 * together. A retry that could not start within {@code maxElapsed} of the first attempt is not
 * made. Defaults: 5 attempts, 2 minutes, 1 second initial backoff, multiplier 2, 30 seconds maximum
 * backoff. Immutable.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULT =
      new RetryPolicy(5, Duration.ofMinutes(2), Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30));

  private final int maxAttempts;
  private final Duration maxElapsed;
  private final Duration initialBackoff;
  private final double multiplier;
  private final Duration maxBackoff;

  private RetryPolicy(
      int maxAttempts,
      Duration maxElapsed,
      Duration initialBackoff,
      double multiplier,
      Duration maxBackoff) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be at least 1: " + multiplier);
    }
    this.maxAttempts = maxAttempts;
    this.maxElapsed = nonNegative(maxElapsed, "maxElapsed");
    this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
    this.multiplier = multiplier;
    this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
  }

  private static Duration nonNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
    return value;
  }

  /** The default policy: 5 attempts within 2 minutes, backoff from 1 s doubling up to 30 s. */
  public static RetryPolicy defaults() {
    return DEFAULT;
  }

  /** No retries: every failure is final. */
  public static RetryPolicy none() {
    return DEFAULT.withMaxAttempts(1);
  }

  /** A copy allowing {@code value} attempts in all (1: no retry). */
  public RetryPolicy withMaxAttempts(int value) {
    return new RetryPolicy(value, maxElapsed, initialBackoff, multiplier, maxBackoff);
  }

  /** A copy that starts no retry later than {@code value} after the first attempt began. */
  public RetryPolicy withMaxElapsed(Duration value) {
    return new RetryPolicy(maxAttempts, value, initialBackoff, multiplier, maxBackoff);
  }

  /** A copy with the given backoff: first wait, growth per retry, and cap. */
  public RetryPolicy withBackoff(Duration initial, double growth, Duration max) {
    return new RetryPolicy(maxAttempts, maxElapsed, initial, growth, max);
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration maxElapsed() {
    return maxElapsed;
  }

  /** Whether a response with HTTP {@code status} is worth trying again. */
  public static boolean isRetryableStatus(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  /**
   * How long to wait before the next attempt, or empty when no attempt is left.
   *
   * @param attemptsMade attempts made so far (at least 1)
   * @param elapsed time since the first attempt began
   * @param retryAfter the server's {@code Retry-After}, when it sent one
   * @param random a uniform random number in [0, 1), for the jitter
   */
  Optional<Duration> nextDelay(
      int attemptsMade, Duration elapsed, Optional<Duration> retryAfter, double random) {
    if (attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    Duration delay = retryAfter.orElseGet(() -> backoff(attemptsMade, random));
    if (elapsed.plus(delay).compareTo(maxElapsed) > 0) {
      return Optional.empty();
    }
    return Optional.of(delay);
  }

  private Duration backoff(int attemptsMade, double random) {
    double cap = maxBackoff.toNanos();
    double full = Math.min(cap, initialBackoff.toNanos() * Math.pow(multiplier, attemptsMade - 1));
    return Duration.ofNanos((long) (full / 2 + full / 2 * random));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts="
        + maxAttempts
        + ", maxElapsed="
        + maxElapsed
        + ", backoff="
        + initialBackoff
        + " x"
        + multiplier
        + " up to "
        + maxBackoff
        + "}";
  }
}
