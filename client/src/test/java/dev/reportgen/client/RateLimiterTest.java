package dev.reportgen.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  @Test
  void aRequestBeyondTheLimitWaitsUntilTheOldestIsAWindowOld() throws Exception {
    FakeTime time = new FakeTime();
    RateLimiter limiter = RateLimiter.perMinute(3);
    limiter.acquire(time);
    time.advance(Duration.ofSeconds(10));
    limiter.acquire(time);
    limiter.acquire(time);
    assertEquals(List.of(), time.sleeps());
    limiter.acquire(time); // the first was at 0 s; now is 10 s
    assertEquals(List.of(Duration.ofSeconds(50)), time.sleeps());
    limiter.acquire(time); // the second was at 10 s; now is 60 s
    assertEquals(Duration.ofSeconds(10), time.sleeps().get(1));
  }

  @Test
  void noWindowEverHoldsMoreThanTheLimitAcrossThreads() throws Exception {
    FakeTime time = new FakeTime();
    RateLimiter limiter = RateLimiter.of(5, Duration.ofSeconds(10));
    List<Long> starts = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 10; i++) {
                    // The reservation fixes the start; a thread's sleep moves the shared fake
                    // clock.
                    limiter.acquire(
                        new Time() {
                          @Override
                          public java.time.Instant now() {
                            return time.now();
                          }

                          @Override
                          public long nanoTime() {
                            return time.nanoTime();
                          }

                          @Override
                          public void sleep(Duration d) {
                            time.sleep(d);
                          }
                        });
                    starts.add(time.nanoTime());
                  }
                  return null;
                }));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(40, starts.size());
    // 40 requests at 5 per 10 s cannot all start before 70 s have passed.
    long last = starts.stream().mapToLong(Long::longValue).max().orElseThrow();
    assertEquals(true, last >= Duration.ofSeconds(70).toNanos(), "last start at " + last);
  }

  @Test
  void limitsAreChecked() {
    Secrets.expect(IllegalArgumentException.class, () -> RateLimiter.perMinute(0));
    Secrets.expect(IllegalArgumentException.class, () -> RateLimiter.of(1, Duration.ZERO));
    assertEquals("RateLimiter{60 per PT1M}", RateLimiter.perMinute(60).toString());
  }
}
