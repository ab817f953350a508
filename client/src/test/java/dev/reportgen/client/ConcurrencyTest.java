package dev.reportgen.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  @Test
  void oneClientServesManyThreadsWithOneSessionAndOneRateLimit() throws Exception {
    FakeTime time = new FakeTime();
    FakeApi api = new FakeApi(time);
    for (int r = 0; r < 4; r++) {
      api.serve("/account/acme/report/r" + r, Fixtures.HEADER, Fixtures.rows(40 + r)).pageCap = 3;
    }
    LuxSciClient client = Fixtures.client(api, time, b -> b.rateLimiter(RateLimiter.perMinute(10)));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<Long>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int report = t % 4;
        Callable<List<Long>> read =
            () -> {
              start.await();
              return Fixtures.ids(
                  client.rowsAt(
                      dev.reportgen.luxsci.UserCreationDetail.type(),
                      "/account/acme/report/r" + report,
                      ReportQuery.all(),
                      PageListener.NONE));
            };
        results.add(pool.submit(read));
      }
      start.countDown();
      for (int t = 0; t < 8; t++) {
        assertEquals(Fixtures.range(40 + t % 4), results.get(t).get(), "thread " + t);
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(1, api.authCalls(), "concurrent first requests start one session");
    long requests = api.log().size();
    // At 10 requests a minute, n requests cannot fit into less than (n - 10) / 10 minutes.
    long minutes = time.nanoTime() / 60_000_000_000L;
    assertEquals(
        true, minutes >= (requests - 10) / 10, requests + " requests in " + minutes + " min");
  }
}
