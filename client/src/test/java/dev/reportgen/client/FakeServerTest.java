package dev.reportgen.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.luxsci.AsyncJob;
import dev.reportgen.luxsci.AsyncJobStatus;
import dev.reportgen.luxsci.LuxSciReports;
import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.runtime.ReportErrorResponseException;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.RowCursor;
import dev.reportgen.runtime.SyntheticRows;
import dev.reportgen.testkit.AuthOutcome;
import dev.reportgen.testkit.Fault;
import dev.reportgen.testkit.LuxSciFakeServer;
import dev.reportgen.testkit.RecordedRequest;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against the test kit's fake LuxSci server, over loopback HTTP through the JDK's
 * HttpClient. The server checks every signature itself; waits (backoff, Retry-After, job polls) run
 * on a fake clock that starts at the real time, so the server accepts the login dates.
 */
class FakeServerTest {
  private static final long SEED = 42;
  private static final String SENT = LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT.name();
  private static LuxSciFakeServer server;

  private final FakeTime time = new FakeTime(Instant.now());
  private final List<Throwable> failures = new ArrayList<>();

  @BeforeAll
  static void start() {
    // Whole seconds: the kit's job records take their times from this clock, and the wire
    // format has whole seconds only.
    server =
        LuxSciFakeServer.builder()
            .responseByteCap(64 * 1024)
            .apiKeys(true)
            .clock(Clock.tick(Clock.systemUTC(), Duration.ofSeconds(1)))
            .start();
    server.serveSynthetic(LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT, 2_000, SEED);
    server.serveSynthetic(LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_USER, 300, SEED);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  @AfterEach
  void cleanServerAndNoSecretInAnyFailure() {
    assertEquals(List.of(), server.errors());
    for (Throwable failure : failures) {
      String text = failure.toString();
      assertTrue(!text.contains(server.credentials().apiSecret()), text);
      assertTrue(!text.contains(server.credentials().userPassword()), text);
    }
  }

  private LuxSciClient.Builder builder() {
    return LuxSciClient.builder()
        .baseUrl(server.baseUri().toString())
        .account(server.account())
        .authentication(
            SignedSession.account(
                server.credentials().apiToken(), server.credentials().apiSecret()))
        .rateLimiter(RateLimiter.perMinute(100_000))
        .time(time);
  }

  private static List<SentEmail> expected(int count) {
    SyntheticRows<SentEmail> rows = SyntheticRows.of(SentEmail.type(), SEED);
    List<SentEmail> list = new ArrayList<>();
    rows.iterator(count).forEachRemaining(list::add);
    return list;
  }

  private static List<SentEmail> all(RowCursor<SentEmail> cursor) {
    List<SentEmail> rows = new ArrayList<>();
    try (cursor) {
      cursor.forEachRemaining(rows::add);
    }
    return rows;
  }

  private List<RecordedRequest> reportRequests() {
    return server.requests().stream().filter(r -> SENT.equals(r.endpoint())).toList();
  }

  @Test
  void everyRowExactlyOnceInPagesUnderTheByteCapEverySignatureAccepted() {
    LuxSciClient client = builder().build();
    List<PageListener.Page> pages = new ArrayList<>();
    PagedRowCursor<SentEmail> cursor =
        client.rows(
            LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT, ReportQuery.all(), pages::add);
    assertEquals(expected(2_000), all(cursor));
    assertTrue(pages.size() > 3, pages.size() + " pages");
    assertTrue(pages.stream().allMatch(p -> p.rows() < 2_000), "the cap cut every page");
    for (RecordedRequest request : server.requests()) {
      assertTrue(
          request.authOutcome() == AuthOutcome.LOGIN_ACCEPTED
              || request.authOutcome() == AuthOutcome.SESSION_ACCEPTED,
          request.toString());
      assertTrue(request.unknownParameters().isEmpty(), request.toString());
    }
    assertEquals(pages.size(), reportRequests().size());
  }

  @Test
  void aQueryWithTimesAndPassThroughParametersIsSignedAsSent() {
    LuxSciClient client = builder().build();
    ReportQuery query =
        ReportQuery.builder()
            .after(Instant.parse("2000-01-01T00:00:00Z"))
            .before(Instant.parse("2100-01-01T00:00:00Z"))
            .matches(500)
            .param("tracked_headers", "X-Campaign")
            .build();
    assertEquals(
        expected(2_000), all(client.rows(LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT, query)));
    RecordedRequest first = reportRequests().get(0);
    assertEquals(
        "after_date=2000-01-01%2000%3A00%3A00&before_date=2100-01-01%2000%3A00%3A00"
            + "&first_row=0&matches=500&tracked_headers=X-Campaign",
        first.rawQuery());
    assertEquals(2_000, client.count(LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT, query));
  }

  @Test
  void faultsAreRetriedAndTheResultIsComplete() {
    server
        .faults()
        .onEndpoint(SENT, Fault.tooManyRequests(Duration.ofSeconds(7)))
        .onEndpoint(SENT, Fault.status(503))
        .onEndpoint(SENT, Fault.cutMidRow(40))
        .onEndpoint(SENT, Fault.connectionReset())
        .onEndpoint(SENT, Fault.status(502));
    LuxSciClient client = builder().build();
    assertEquals(
        expected(2_000),
        all(client.rows(LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT, ReportQuery.all())));
    assertTrue(server.faults().allFired());
    assertEquals(Duration.ofSeconds(7), time.sleeps().get(0), "Retry-After honoured");
  }

  @Test
  void aCutInTheMiddleOfALaterPageRepeatsNoRow() {
    LuxSciClient client = builder().build();
    PagedRowCursor<SentEmail> cursor =
        client.rows(LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT, ReportQuery.all());
    List<SentEmail> rows = new ArrayList<>();
    rows.add(cursor.next()); // page 1 is open; the next request is page 2
    server.faults().onEndpoint(SENT, Fault.cutMidRow(100));
    server.faults().onEndpoint(SENT, Fault.cutMidRow(150)); // the retry breaks later again
    cursor.forEachRemaining(rows::add);
    assertEquals(expected(2_000), rows);
    List<String> firstRows =
        reportRequests().stream()
            .map(r -> r.rawQuery().replaceAll(".*first_row=(\\d+).*", "$1"))
            .toList();
    assertEquals(firstRows.get(1), firstRows.get(2), "page 2 asked again from its first row");
    assertEquals(firstRows.get(1), firstRows.get(3));
  }

  @Test
  void anErrorBodyIsTheRuntimesErrorNamingTheRequest() {
    server.faults().onEndpoint(SENT, Fault.errorBody("Report temporarily unavailable."));
    LuxSciClient client = builder().build();
    ReportErrorResponseException e =
        Secrets.expect(
            ReportErrorResponseException.class,
            () ->
                all(
                    client.rows(
                        LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT, ReportQuery.all())));
    failures.add(e);
    assertEquals("Report temporarily unavailable.", e.serverMessage());
    assertEquals(
        server.path(LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT)
            + "?first_row=0&matches=50000, page 1, first_row 0",
        e.request().substring(4));
  }

  @Test
  void revokedSessionsAreRenewedOnce() {
    LuxSciClient client = builder().build();
    PagedRowCursor<SentEmail> cursor =
        client.rows(LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT, ReportQuery.all());
    List<SentEmail> rows = new ArrayList<>();
    rows.add(cursor.next());
    long before = server.sessionsIssued();
    server.revokeAllSessions();
    cursor.forEachRemaining(rows::add);
    assertEquals(expected(2_000), rows);
    assertEquals(before + 1, server.sessionsIssued());
  }

  @Test
  void aResponseSlowerThanTheRequestTimeoutIsRetried() {
    // A server of its own: the delayed answer must not land in another test's request log.
    try (LuxSciFakeServer slow = LuxSciFakeServer.builder().start()) {
      slow.serveSynthetic(LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT, 10, SEED);
      slow.faults().onEndpoint(SENT, Fault.delay(Duration.ofSeconds(3)));
      LuxSciClient client =
          LuxSciClient.builder()
              .baseUrl(slow.baseUri().toString())
              .account(slow.account())
              .authentication(
                  SignedSession.account(
                      slow.credentials().apiToken(), slow.credentials().apiSecret()))
              .requestTimeout(Duration.ofMillis(300))
              .time(time)
              .build();
      assertEquals(
          expected(10),
          all(client.rows(LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT, ReportQuery.all())));
      assertEquals(1, time.sleeps().size(), "one retry after the timeout");
    }
  }

  @Test
  void aWrongSecretIsRefused() {
    LuxSciClient client =
        builder()
            .authentication(SignedSession.account(server.credentials().apiToken(), "wrong-secret"))
            .build();
    LuxSciAuthenticationException e =
        Secrets.expect(
            LuxSciAuthenticationException.class,
            () ->
                all(
                    client.rows(
                        LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT, ReportQuery.all())));
    failures.add(e);
    assertTrue(
        e.getMessage().startsWith("the API refused to start a session (HTTP 401)"), e.getMessage());
  }

  @Test
  void userScopeAndApiKeysWork() {
    LuxSciClient user =
        builder()
            .user(server.user())
            .authentication(
                SignedSession.user(
                    server.credentials().apiToken(),
                    server.credentials().apiSecret(),
                    server.user(),
                    server.credentials().userPassword()))
            .build();
    assertEquals(
        expected(300),
        all(user.rows(LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_USER, ReportQuery.all())));

    LuxSciClient key =
        builder()
            .authentication(
                ApiKey.of(server.credentials().apiToken(), server.credentials().apiSecret()))
            .build();
    assertEquals(
        expected(2_000),
        all(key.rows(LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT, ReportQuery.all())));
    assertTrue(
        server.requests().stream()
            .filter(r -> SENT.equals(r.endpoint()))
            .anyMatch(r -> r.authOutcome() == AuthOutcome.API_KEY_ACCEPTED));
  }

  @Test
  void theAsyncFlowEndsInAResultsFileReadWithOpenCsv() throws Exception {
    LuxSciClient client = builder().build();
    AsyncJob job =
        client.submit(
            LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT,
            ReportQuery.builder().destination("sftp://files.example.com/reports").build());
    assertEquals(AsyncJobStatus.SUBMITTED, job.status());
    List<JobProgress> progress = new ArrayList<>();
    AsyncJob done = client.awaitJob(job, JobWait.defaults().withProgress(progress::add));
    assertEquals(AsyncJobStatus.COMPLETE, done.status());
    assertTrue(
        progress.stream()
            .anyMatch(
                p ->
                    p.status() == AsyncJobStatus.RUNNING
                        && p.completedRows().isPresent()
                        && p.expectedRows().getAsLong() == 2_000),
        "" + progress);
    try (InputStream in = Files.newInputStream(server.jobResultsFile(done.jobId()));
        RowCursor<SentEmail> rows = ReportReader.of(SentEmail.type()).openCsv(in)) {
      assertEquals(expected(2_000), all(rows));
    }
  }

  @Test
  void aFailedJobRaisesItsStatusDetail() {
    server.failNextJob("Could not connect to the destination host.");
    LuxSciClient client = builder().build();
    AsyncJob job =
        client.submit(
            LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT,
            ReportQuery.builder().destination("sftp://files.example.com/reports").build());
    AsyncJobFailedException e =
        Secrets.expect(
            AsyncJobFailedException.class, () -> client.awaitJob(job, JobWait.defaults()));
    failures.add(e);
    assertEquals("Could not connect to the destination host.", e.statusDetail());
  }

  @Test
  void oneClientSharedByThreads() throws Exception {
    LuxSciClient client = builder().build();
    long sessions = server.sessionsIssued();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<SentEmail>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () ->
                    all(
                        client.rows(
                            LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT, ReportQuery.all()))));
      }
      for (Future<List<SentEmail>> result : results) {
        assertEquals(expected(2_000), result.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(sessions + 1, server.sessionsIssued(), "one session for all threads");
    assertEquals(
        Set.of(AuthOutcome.LOGIN_ACCEPTED, AuthOutcome.SESSION_ACCEPTED),
        Set.copyOf(server.requests().stream().map(RecordedRequest::authOutcome).toList()));
  }
}
