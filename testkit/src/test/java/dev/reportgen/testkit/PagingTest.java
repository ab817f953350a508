package dev.reportgen.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.runtime.Report;
import dev.reportgen.runtime.SyntheticRows;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PagingTest {
  private static final long SEED = 42;

  @Test
  void pagingByRowsReceivedCoversEveryRowExactlyOnceUnderTheByteCap() {
    int cap = 40_000;
    try (LuxSciFakeServer server =
        LuxSciFakeServer.builder().catalog(TestEndpoints.CATALOG).responseByteCap(cap).start()) {
      server.serveSynthetic(TestEndpoints.SENT_ACCOUNT, 3_000, SEED);
      TestClient client = new TestClient(server);
      String auth = client.login();
      String path = server.path(TestEndpoints.SENT_ACCOUNT);
      SyntheticRows<SentEmail> expected = SyntheticRows.of(SentEmail.type(), SEED);

      long firstRow = 0;
      int pages = 0;
      int shortPages = 0;
      List<SentEmail> received = new ArrayList<>();
      while (firstRow < 3_000) {
        HttpResponse<byte[]> response =
            client.get(auth, path, "first_row=" + firstRow + "&matches=500");
        Report<SentEmail> page = TestClient.read(SentEmail.type(), response);
        assertEquals(3_000, page.metadata().totalMatches().orElseThrow());
        assertEquals(firstRow, page.metadata().firstRow().orElseThrow());
        assertTrue(!page.rows().isEmpty() && page.rows().size() <= 500, "page at " + firstRow);
        // The cap bounds everything up to the last row; only the closing counts follow it.
        assertTrue(
            response.body().length <= cap + 100,
            "page at " + firstRow + " has " + response.body().length + " bytes");
        if (page.rows().size() < 500 && firstRow + page.rows().size() < 3_000) {
          shortPages++;
        }
        received.addAll(page.rows());
        firstRow += page.rows().size();
        pages++;
      }
      assertTrue(shortPages > 0, "the byte cap never cut a page short");
      assertEquals(3_000, received.size());
      for (int i = 0; i < received.size(); i++) {
        assertEquals(expected.row(i), received.get(i), "row " + i);
      }
      assertEquals(pages + 1, server.requests().size());
    }
  }

  @Test
  void matchesDefaultsToTheMaximumAndZeroAsksForTheCountOnly() {
    try (LuxSciFakeServer server =
        LuxSciFakeServer.builder().catalog(TestEndpoints.CATALOG).maxMatches(70).start()) {
      server.serveSynthetic(TestEndpoints.SENT_ACCOUNT, 100, SEED);
      TestClient client = new TestClient(server);
      String auth = client.login();
      String path = server.path(TestEndpoints.SENT_ACCOUNT);

      HttpResponse<byte[]> all = client.get(auth, path, "");
      assertEquals(70, TestClient.read(SentEmail.type(), all).rows().size());
      assertEquals(List.of("chunked"), all.headers().allValues("Transfer-Encoding"));
      assertEquals(
          70,
          TestClient.read(SentEmail.type(), client.get(auth, path, "matches=1000")).rows().size());

      Report<SentEmail> count =
          TestClient.read(SentEmail.type(), client.get(auth, path, "matches=0"));
      assertEquals(List.of(), count.rows());
      assertEquals(100, count.metadata().totalMatches().orElseThrow());

      Report<SentEmail> past =
          TestClient.read(SentEmail.type(), client.get(auth, path, "first_row=100"));
      assertEquals(List.of(), past.rows());
      assertEquals(100, past.metadata().totalMatches().orElseThrow());
    }
  }

  @Test
  void dateParametersReachTheFilterAndTheTotalCountsTheKeptRows() {
    SyntheticRows<SentEmail> synthetic = SyntheticRows.of(SentEmail.type(), SEED);
    List<SentEmail> rows = new ArrayList<>();
    synthetic.iterator(200).forEachRemaining(rows::add);
    Instant after = Instant.parse("5000-01-01T00:00:00Z");
    long kept = rows.stream().filter(row -> row.dateSent().isAfter(after)).count();
    List<ReportQuery> seen = new CopyOnWriteArrayList<>();
    try (LuxSciFakeServer server =
        LuxSciFakeServer.builder().catalog(TestEndpoints.CATALOG).start()) {
      server.serve(
          TestEndpoints.SENT_ACCOUNT,
          RowSource.of(rows),
          (row, query) -> {
            seen.add(query);
            return query.afterDate().map(row.dateSent()::isAfter).orElse(true);
          });
      TestClient client = new TestClient(server);
      String auth = client.login();
      Report<SentEmail> page =
          TestClient.read(
              SentEmail.type(),
              client.get(
                  auth,
                  server.path(TestEndpoints.SENT_ACCOUNT),
                  "after_date=5000-01-01%2000:00:00&before_date=9999-12-31+23:59:59&first_row=1"));

      assertEquals(kept, page.metadata().totalMatches().orElseThrow());
      List<SentEmail> expected =
          rows.stream().filter(row -> row.dateSent().isAfter(after)).skip(1).toList();
      assertEquals(expected, page.rows());
      ReportQuery query = seen.get(0);
      assertEquals(after, query.afterDate().orElseThrow());
      assertEquals(Instant.parse("9999-12-31T23:59:59Z"), query.beforeDate().orElseThrow());
      assertEquals(1, query.firstRow());
    }
  }

  @Test
  void unknownParametersAreRecordedAndBadOnesRefusedNamingTheParameter() {
    try (LuxSciFakeServer server =
        LuxSciFakeServer.builder().catalog(TestEndpoints.CATALOG).start()) {
      TestClient client = new TestClient(server);
      String auth = client.login();
      String path = server.path(TestEndpoints.SENT_ACCOUNT);

      assertEquals(
          200,
          client.get(auth, path, "tracked_headers=X-Campaign&detail=1&matches=5").statusCode());
      RecordedRequest logged = server.requests().get(1);
      assertEquals(
          Map.of("tracked_headers", "X-Campaign", "detail", "1"), logged.unknownParameters());
      assertEquals("tracked_headers=X-Campaign&detail=1&matches=5", logged.rawQuery());

      HttpResponse<byte[]> bad = client.get(auth, path, "first_row=-1");
      assertEquals(400, bad.statusCode());
      assertEquals(
          "{\"success\":0,\"error_message\":\"Bad query: first_row must be a whole "
              + "number of at least 0, got '-1'\"}",
          TestClient.text(bad));
      HttpResponse<byte[]> badDate = client.get(auth, path, "from_date=2024-01-01");
      assertEquals(400, badDate.statusCode());
      assertTrue(TestClient.text(badDate).contains("from_date must be YYYY-MM-DD HH:MM:SS (GMT)"));
    }
  }

  @Test
  void aPathForAnotherAccountOrNoEndpointIsRefused() {
    try (LuxSciFakeServer server =
        LuxSciFakeServer.builder().catalog(TestEndpoints.CATALOG).account("acme").start()) {
      TestClient client = new TestClient(server);
      String auth = client.login();
      HttpResponse<byte[]> other =
          client.get(auth, "/perl/api/v2/account/globex/report/email/smtp/sent", "");
      assertEquals(403, other.statusCode());
      assertEquals(
          "{\"success\":0,\"error_message\":\"No access to account 'globex'.\"}",
          TestClient.text(other));
      HttpResponse<byte[]> unknown = client.get(auth, "/perl/api/v2/account/acme/nothing", "");
      assertEquals(404, unknown.statusCode());
      assertEquals(null, server.requests().get(2).endpoint());
    }
  }
}
