package dev.reportgen.client;

import static dev.reportgen.client.Fixtures.PATH;
import static dev.reportgen.client.Fixtures.USERS;
import static dev.reportgen.client.Fixtures.ids;
import static dev.reportgen.client.Fixtures.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.luxsci.UserCreationDetail;
import dev.reportgen.runtime.ReportErrorResponseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultsTest {
  private final FakeTime time = new FakeTime();
  private final FakeApi api = new FakeApi(time);
  private final LuxSciClient client =
      Fixtures.client(
          api,
          time,
          b ->
              b.rateLimiter(RateLimiter.perMinute(10_000))
                  .retryPolicy(
                      RetryPolicy.defaults()
                          .withBackoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30))));

  private long pageRequests() {
    return api.log().stream().filter(line -> line.startsWith("GET ")).count();
  }

  @Test
  void a429IsRetriedAfterItsRetryAfter() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(5)).pageCap = 2;
    api.fault(
        FakeApi.Fault.answer(
            429,
            "{\"success\":0,\"error_message\":\"Too many requests\"}",
            Map.of("Retry-After", "17")));
    assertEquals(range(5), ids(client.rows(USERS, ReportQuery.all())));
    assertEquals(List.of(Duration.ofSeconds(17)), time.sleeps());
    assertEquals(4, pageRequests());
  }

  @Test
  void gatewayErrorsAreRetriedWithGrowingJitteredBackoff() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(3));
    api.fault(FakeApi.Fault.answer(502, "<html>Bad gateway</html>", Map.of()));
    api.fault(FakeApi.Fault.answer(503, "", Map.of()));
    api.fault(FakeApi.Fault.answer(504, "", Map.of()));
    assertEquals(range(3), ids(client.rows(USERS, ReportQuery.all())));
    List<Duration> sleeps = time.sleeps();
    assertEquals(3, sleeps.size());
    for (int i = 0; i < 3; i++) {
      long full = 1000L << i;
      long millis = sleeps.get(i).toMillis();
      assertTrue(millis >= full / 2 && millis <= full, "retry " + (i + 1) + " waited " + millis);
    }
  }

  @Test
  void retriesAreBoundedAndTheErrorNamesTheRequestAndPage() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(3));
    for (int i = 0; i < 5; i++) {
      api.fault(FakeApi.Fault.answer(503, "{\"success\":0,\"error\":\"Maintenance\"}", Map.of()));
    }
    LuxSciHttpException e =
        Secrets.expect(LuxSciHttpException.class, () -> ids(client.rows(USERS, ReportQuery.all())));
    assertEquals(503, e.status());
    assertEquals(
        "HTTP 503: Maintenance, still after 5 attempt(s) [GET /perl/api/v2/account/acme"
            + "/report/users/created?first_row=0&matches=50000, page 1, first_row 0]",
        e.getMessage());
    assertEquals(5, pageRequests());
  }

  @Test
  void aRetryAfterBeyondTheTotalBudgetEndsTheRetries() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(3));
    api.fault(FakeApi.Fault.answer(429, "", Map.of("Retry-After", "3600")));
    LuxSciHttpException e =
        Secrets.expect(LuxSciHttpException.class, () -> ids(client.rows(USERS, ReportQuery.all())));
    assertEquals(429, e.status());
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void otherClientErrorsAreNotRetried() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(3));
    api.fault(
        FakeApi.Fault.answer(400, "{\"success\":0,\"error_message\":\"Bad date\"}", Map.of()));
    ReportErrorResponseException e =
        Secrets.expect(
            ReportErrorResponseException.class, () -> ids(client.rows(USERS, ReportQuery.all())));
    assertEquals("Bad date", e.serverMessage());
    assertEquals(
        "GET /perl/api/v2/account/acme/report/users/created?first_row=0&matches=50000,"
            + " page 1, first_row 0, HTTP 400",
        e.request());
    assertEquals(1, pageRequests());

    api.fault(FakeApi.Fault.answer(404, "Not found", Map.of()));
    LuxSciHttpException notFound =
        Secrets.expect(LuxSciHttpException.class, () -> ids(client.rows(USERS, ReportQuery.all())));
    assertEquals(404, notFound.status());
    assertTrue(
        notFound.getMessage().startsWith("HTTP 404: Not found [GET "), notFound.getMessage());
    assertEquals(2, pageRequests());
  }

  @Test
  void successZeroInAnOkResponseIsTheRuntimesErrorWithTheRequest() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(6)).pageCap = 3;
    PagedRowCursor<UserCreationDetail> rows = client.rows(USERS, ReportQuery.all());
    for (int i = 0; i < 3; i++) {
      rows.next();
    }
    api.fault(
        FakeApi.Fault.answer(
            200, "{\"success\":0,\"error_message\":\"Report unavailable\"}", Map.of()));
    ReportErrorResponseException e =
        Secrets.expect(ReportErrorResponseException.class, rows::hasNext);
    assertEquals("Report unavailable", e.serverMessage());
    assertEquals(
        "the API reported failure: Report unavailable [GET /perl/api/v2/account/acme"
            + "/report/users/created?first_row=3&matches=50000, page 2, first_row 3]",
        e.getMessage());
  }

  @Test
  void aBodyThatBreaksOffMidPageIsAskedAgainAndNoRowIsDeliveredTwice() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(10)).pageCap = 4;
    api.fault(FakeApi.Fault.cutAfter(2)); // page 1 breaks inside its third row
    PagedRowCursor<UserCreationDetail> rows = client.rows(USERS, ReportQuery.all());
    List<Long> ids = new ArrayList<>();
    rows.forEachRemaining(row -> ids.add(row.userId()));
    assertEquals(range(10), ids);
    assertEquals(
        List.of("first_row=0", "first_row=0", "first_row=4", "first_row=8"),
        api.log().stream()
            .filter(l -> l.startsWith("GET "))
            .map(l -> l.replaceAll(".*\\?(first_row=\\d+).*", "$1"))
            .toList());
    assertEquals(1, time.sleeps().size());
  }

  @Test
  void aBodyCutShortCleanlyIsAskedAgainToo() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(5));
    api.fault(FakeApi.Fault.cleanCutAfter(3));
    assertEquals(range(5), ids(client.rows(USERS, ReportQuery.all())));
    assertEquals(2, pageRequests());
  }

  @Test
  void aConnectionResetIsRetried() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(5)).pageCap = 2;
    api.fault(FakeApi.Fault.connectionReset());
    assertEquals(range(5), ids(client.rows(USERS, ReportQuery.all())));
  }

  @Test
  void aPageThatKeepsBreakingEndsInAnErrorNotAShorterResult() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(6)).pageCap = 3;
    PagedRowCursor<UserCreationDetail> rows = client.rows(USERS, ReportQuery.all());
    for (int i = 0; i < 3; i++) {
      rows.next();
    }
    for (int i = 0; i < 5; i++) {
      api.fault(FakeApi.Fault.cutAfter(1));
    }
    assertEquals(3, rows.next().userId());
    LuxSciClientException e = Secrets.expect(LuxSciClientException.class, rows::hasNext);
    assertTrue(
        e.getMessage().startsWith("page 2 could not be read: its body broke off"), e.getMessage());
    assertTrue(
        e.getMessage().contains("still after 5 attempt(s); 1 of its rows had been delivered"),
        e.getMessage());
    assertTrue(
        e.getMessage().endsWith("?first_row=3&matches=50000, page 2, first_row 3]"),
        e.getMessage());
  }

  /** The first (0) or the last (2) of the three rows delivered before the cut changes. */
  @ParameterizedTest
  @ValueSource(ints = {0, 2})
  void aPageServedAgainWithOtherRowsWhereTheDeliveredOnesEndIsAnError(int changed) {
    FakeApi.Dataset data = api.serve(PATH, Fixtures.HEADER, Fixtures.rows(5));
    api.fault(FakeApi.Fault.cutAfter(3));
    PagedRowCursor<UserCreationDetail> rows = client.rows(USERS, ReportQuery.all());
    rows.next();
    rows.next();
    rows.next(); // the cursor has read ahead to the cut; the server's data now changes
    data.rows.set(changed, Fixtures.row(99));
    PagingException e = Secrets.expect(PagingException.class, rows::hasNext);
    assertTrue(
        e.getMessage()
            .startsWith(
                "the page served again after a failure holds other rows"
                    + " than the 3 already delivered from it"),
        e.getMessage());
  }

  @Test
  void anExpiredSessionIsRenewedOnceThenTheRequestFails() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(4)).pageCap = 2;
    PagedRowCursor<UserCreationDetail> rows = client.rows(USERS, ReportQuery.all());
    rows.next();
    rows.next();
    api.fault(FakeApi.Fault.sessionExpiry());
    rows.next();
    rows.next();
    assertEquals(2, api.authCalls());

    api.fault(FakeApi.Fault.sessionExpiry());
    api.fault(FakeApi.Fault.sessionExpiry());
    LuxSciAuthenticationException e =
        Secrets.expect(
            LuxSciAuthenticationException.class, () -> ids(client.rows(USERS, ReportQuery.all())));
    assertEquals(
        "the API refused the credentials after a new session (HTTP 401: Invalid or"
            + " expired session) [GET /perl/api/v2/account/acme/report/users/created"
            + "?first_row=0&matches=50000, page 1, first_row 0]",
        e.getMessage());
    assertEquals(3, api.authCalls());
  }

  @Test
  void anExpiredSessionReportedAsSuccessZeroIsRenewedToo() {
    api.refuseSessionsWith200();
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(4)).pageCap = 2;
    PagedRowCursor<UserCreationDetail> rows = client.rows(USERS, ReportQuery.all());
    rows.next();
    api.fault(FakeApi.Fault.sessionExpiry());
    List<Long> rest = new ArrayList<>();
    rows.forEachRemaining(r -> rest.add(r.userId()));
    assertEquals(List.of(1L, 2L, 3L), rest);
    assertEquals(2, api.authCalls());
  }

  @Test
  void aWrongSecretIsRefusedAtTheSessionStart() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(1));
    LuxSciClient wrong =
        Fixtures.client(
            api,
            time,
            b -> b.authentication(SignedSession.account(Secrets.TOKEN, "not-the-secret")));
    LuxSciAuthenticationException e =
        Secrets.expect(
            LuxSciAuthenticationException.class, () -> ids(wrong.rows(USERS, ReportQuery.all())));
    assertEquals(
        "the API refused to start a session (HTTP 401): Bad signature"
            + " [POST /perl/api/v2/auth]",
        e.getMessage());
  }
}
