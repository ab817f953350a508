package dev.reportgen.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.runtime.SyntheticRows;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two servers at once: own ports, own rows, own logs, own sessions. */
class ParallelServersTest {
  @Test
  void twoServersServeConcurrentlyOnTheirOwnPorts() throws Exception {
    try (LuxSciFakeServer one = LuxSciFakeServer.builder().catalog(TestEndpoints.CATALOG).start();
        LuxSciFakeServer two = LuxSciFakeServer.builder().catalog(TestEndpoints.CATALOG).start()) {
      assertNotEquals(one.port(), two.port());
      one.serveSynthetic(TestEndpoints.SENT_ACCOUNT, 300, 1);
      two.serveSynthetic(TestEndpoints.SENT_ACCOUNT, 300, 2);
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        Future<List<SentEmail>> fromOne = threads.submit(readAll(one));
        Future<List<SentEmail>> fromTwo = threads.submit(readAll(two));
        assertEquals(SyntheticRows.of(SentEmail.type(), 1).stream(300).toList(), fromOne.get());
        assertEquals(SyntheticRows.of(SentEmail.type(), 2).stream(300).toList(), fromTwo.get());
      } finally {
        threads.shutdown();
      }
      assertEquals(11, one.requests().size());
      assertEquals(11, two.requests().size());

      // A session of one server means nothing to the other.
      String auth = new TestClient(one).login();
      assertEquals(
          401,
          new TestClient(two).get(auth, two.path(TestEndpoints.SENT_ACCOUNT), "").statusCode());
    }
  }

  private static Callable<List<SentEmail>> readAll(LuxSciFakeServer server) {
    return () -> {
      TestClient client = new TestClient(server);
      String auth = client.login();
      List<SentEmail> rows = new java.util.ArrayList<>();
      for (int page = 0; page < 10; page++) {
        rows.addAll(
            TestClient.read(
                    SentEmail.type(),
                    client.get(
                        auth,
                        server.path(TestEndpoints.SENT_ACCOUNT),
                        "first_row=" + rows.size() + "&matches=30"))
                .rows());
      }
      return rows;
    };
  }
}
