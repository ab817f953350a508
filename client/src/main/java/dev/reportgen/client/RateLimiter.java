package dev.reportgen.client;

import java.time.Duration;
import java.util.Objects;

/**
 * A client-side limit of at most {@code requests} requests in any window of {@code window}, so bulk
 * paging stays inside the account's limit (LuxSci's shared servers allow, for example, 60 requests
 * a minute). Default: {@link #perMinute(int) 60 a minute}.
 *
 * <p>Exact, not a token-bucket approximation: it remembers when each of the last {@code requests}
 * requests started, and a new one waits until the oldest of them is {@code window} old. Shared by
 * every thread using the client (and by several clients, if given to each): a caller reserves its
 * start time under a lock and then waits outside it, so waiting callers start in reservation order.
 */
public final class RateLimiter {
  private final int requests;
  private final Duration window;
  private final long windowNanos;
  private final long[] starts; // start times (Time.nanoTime) of the last `requests` requests
  private long reserved; // guarded by this: requests reserved so far
  private int oldest; // guarded by this: index in starts of the oldest remembered start

  private RateLimiter(int requests, Duration window) {
    if (requests <= 0) {
      throw new IllegalArgumentException("a rate limit needs at least one request: " + requests);
    }
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a rate limit window must be positive: " + window);
    }
    this.requests = requests;
    this.window = window;
    this.windowNanos = window.toNanos();
    this.starts = new long[requests];
  }

  /** At most {@code requests} requests in any minute. */
  public static RateLimiter perMinute(int requests) {
    return new RateLimiter(requests, Duration.ofMinutes(1));
  }

  /** At most {@code requests} requests in any window of length {@code window}. */
  public static RateLimiter of(int requests, Duration window) {
    return new RateLimiter(requests, window);
  }

  /** Requests allowed per window. */
  public int requests() {
    return requests;
  }

  /** The window length. */
  public Duration window() {
    return window;
  }

  /** Waits until one more request is allowed, and counts it. */
  void acquire(Time time) throws InterruptedException {
    long wait;
    synchronized (this) {
      long now = time.nanoTime();
      long start = reserved < requests ? now : Math.max(now, starts[oldest] + windowNanos);
      starts[oldest] = start;
      oldest = (oldest + 1) % requests;
      reserved++;
      wait = start - now;
    }
    if (wait > 0) {
      time.sleep(Duration.ofNanos(wait));
    }
  }

  @Override
  public String toString() {
    return "RateLimiter{" + requests + " per " + window + "}";
  }
}
