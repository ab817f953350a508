package dev.reportgen.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How {@link LuxSciClient#awaitJob} waits for an asynchronous job: how long in all, how often it
 * polls the job list (starting at {@code initialInterval}, growing by {@code growth} up to {@code
 * maxInterval}), whom it tells about progress, and, for a schema without job paths, where the job
 * list is. Defaults: 1 hour, polls from 2 s growing 1.5x up to 60 s, no progress callback.
 * Immutable.
 */
public final class JobWait {
  private static final JobWait DEFAULT =
      new JobWait(
          Duration.ofHours(1),
          Duration.ofSeconds(2),
          1.5,
          Duration.ofSeconds(60),
          progress -> {},
          null);

  private final Duration timeout;
  private final Duration initialInterval;
  private final double growth;
  private final Duration maxInterval;
  private final Consumer<JobProgress> progress;
  private final String jobsPath;

  private JobWait(
      Duration timeout,
      Duration initialInterval,
      double growth,
      Duration maxInterval,
      Consumer<JobProgress> progress,
      String jobsPath) {
    this.timeout = positive(timeout, "timeout");
    this.initialInterval = positive(initialInterval, "initialInterval");
    if (!(growth >= 1.0) || Double.isInfinite(growth)) {
      throw new IllegalArgumentException("growth must be at least 1: " + growth);
    }
    this.growth = growth;
    this.maxInterval = positive(maxInterval, "maxInterval");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.jobsPath = jobsPath;
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }

  public static JobWait defaults() {
    return DEFAULT;
  }

  /** A copy giving up (with {@link AsyncJobTimeoutException}) after {@code value}. */
  public JobWait withTimeout(Duration value) {
    return new JobWait(value, initialInterval, growth, maxInterval, progress, jobsPath);
  }

  /**
   * A copy polling first after {@code initial}, each wait {@code factor} longer, up to {@code max}.
   */
  public JobWait withPolling(Duration initial, double factor, Duration max) {
    return new JobWait(timeout, initial, factor, max, progress, jobsPath);
  }

  /** A copy calling {@code callback} after every poll. */
  public JobWait withProgress(Consumer<JobProgress> callback) {
    return new JobWait(timeout, initialInterval, growth, maxInterval, callback, jobsPath);
  }

  /**
   * A copy polling the job list at {@code path} below the base URL (already percent-encoded), for
   * schemas that give the job endpoints no path.
   */
  public JobWait withJobsPath(String path) {
    return new JobWait(
        timeout, initialInterval, growth, maxInterval, progress, Paths.checkRelative(path));
  }

  public Duration timeout() {
    return timeout;
  }

  Duration initialInterval() {
    return initialInterval;
  }

  Duration nextInterval(Duration interval) {
    double next = Math.min(maxInterval.toNanos(), interval.toNanos() * growth);
    return Duration.ofNanos((long) next);
  }

  Consumer<JobProgress> progress() {
    return progress;
  }

  Optional<String> jobsPath() {
    return Optional.ofNullable(jobsPath);
  }
}
