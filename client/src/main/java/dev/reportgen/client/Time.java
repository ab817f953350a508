package dev.reportgen.client;

import java.time.Duration;
import java.time.Instant;

/**
 * The client's clock and sleep, in one place so tests can replace both: waits for backoff, rate
 * limits and job polling then take no real time.
 */
interface Time {
  /** Wall-clock time, for the {@code /auth} date and HTTP-date {@code Retry-After} values. */
  Instant now();

  /** A monotonic reading in nanoseconds, for measuring waits and budgets. */
  long nanoTime();

  /** Waits {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /** The real clock. */
  Time SYSTEM =
      new Time() {
        @Override
        public Instant now() {
          return Instant.now();
        }

        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
          Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
        }
      };
}
