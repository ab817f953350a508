package dev.reportgen.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when someone sleeps: backoff and rate-limit waits cost no real time. */
final class FakeTime implements Time {
  private long nanos;
  private final Instant epoch;
  private final List<Duration> sleeps = new ArrayList<>();

  FakeTime(Instant epoch) {
    this.epoch = epoch;
  }

  FakeTime() {
    this(Instant.parse("2024-06-01T12:00:00Z"));
  }

  @Override
  public synchronized Instant now() {
    return epoch.plusNanos(nanos);
  }

  @Override
  public synchronized long nanoTime() {
    return nanos;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    nanos += duration.toNanos();
  }

  synchronized void advance(Duration duration) {
    nanos += duration.toNanos();
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
