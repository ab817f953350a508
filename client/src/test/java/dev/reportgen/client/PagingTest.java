package dev.reportgen.client;

import static dev.reportgen.client.Fixtures.PATH;
import static dev.reportgen.client.Fixtures.USERS;
import static dev.reportgen.client.Fixtures.ids;
import static dev.reportgen.client.Fixtures.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.luxsci.UserCreationDetail;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PagingTest {
  private final FakeTime time = new FakeTime();
  private final FakeApi api = new FakeApi(time);
  private final LuxSciClient client = Fixtures.client(api, time);

  private List<String> pageQueries() {
    List<String> queries = new ArrayList<>();
    for (String line : api.log()) {
      if (line.startsWith("GET ")) {
        queries.add(line.substring(line.indexOf('?') + 1));
      }
    }
    return queries;
  }

  @Test
  void pagesByTheRowsReceivedUnderAByteCapAndStopsAtTheTotal() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(25)).pageCap = 7;
    List<PageListener.Page> pages = new ArrayList<>();
    PagedRowCursor<UserCreationDetail> rows =
        client.rows(USERS, ReportQuery.builder().matches(10).build(), pages::add);

    assertEquals(range(25), ids(rows));
    assertEquals(
        List.of(
            "first_row=0&matches=10",
            "first_row=7&matches=10",
            "first_row=14&matches=10",
            "first_row=21&matches=10"),
        pageQueries());
    assertEquals(List.of(7L, 7L, 7L, 4L), pages.stream().map(PageListener.Page::rows).toList());
    assertEquals(OptionalLong.of(25), pages.get(3).totalMatches());
    assertEquals(25, pages.get(3).rowsSoFar());
    assertEquals(OptionalLong.of(25), rows.totalMatches());
    assertEquals(25, rows.rowIndex());
    assertEquals(Fixtures.HEADER, rows.header());
  }

  @Test
  void withoutATotalStopsAtTheFirstEmptyPage() {
    FakeApi.Dataset data = api.serve(PATH, Fixtures.HEADER, Fixtures.rows(12));
    data.reportTotal = false;
    data.pageCap = 5;

    assertEquals(range(12), ids(client.rows(USERS, ReportQuery.all())));
    assertEquals(
        List.of(
            "first_row=0&matches=50000",
            "first_row=5&matches=50000",
            "first_row=10&matches=50000",
            "first_row=12&matches=50000"),
        pageQueries());
  }

  @Test
  void startsAtTheQuerysFirstRow() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(10)).pageCap = 4;
    PagedRowCursor<UserCreationDetail> rows =
        client.rows(USERS, ReportQuery.builder().firstRow(3).build());
    assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L), ids(rows));
    assertEquals(OptionalLong.of(3), rows.metadata().firstRow());
  }

  @Test
  void anEmptyReportIsOneRequest() {
    api.serve(PATH, Fixtures.HEADER, List.of());
    assertEquals(List.of(), ids(client.rows(USERS, ReportQuery.all())));
    assertEquals(1, pageQueries().size());
  }

  @Test
  void aTotalThatChangesBetweenPagesIsAnErrorNamingBothPages() {
    FakeApi.Dataset data = api.serve(PATH, Fixtures.HEADER, Fixtures.rows(10));
    data.pageCap = 4;
    data.totalGrowsAfterFirstPage = true;
    PagedRowCursor<UserCreationDetail> rows = client.rows(USERS, ReportQuery.all());
    List<Long> seen = new ArrayList<>();
    PagingException e =
        Secrets.expect(
            PagingException.class, () -> rows.forEachRemaining(r -> seen.add(r.userId())));
    assertEquals(range(8), seen, "rows of both pages were delivered before the second ended");
    assertEquals(
        "the total changed between pages: page 1 reported 10 rows, page 2 (first_row 4)"
            + " reports 11 [GET /perl/api/v2/account/acme/report/users/created"
            + "?first_row=4&matches=50000, page 2, first_row 4]",
        e.getMessage());
    Secrets.expect(PagingException.class, rows::hasNext, "the cursor stays failed");
  }

  @Test
  void anEmptyPageBeforeTheTotalIsAnError() {
    FakeApi.Dataset data = api.serve(PATH, Fixtures.HEADER, Fixtures.rows(6));
    data.pageCap = 4;
    PagedRowCursor<UserCreationDetail> rows = client.rows(USERS, ReportQuery.all());
    for (int i = 0; i < 4; i++) {
      rows.next();
    }
    api.fault(
        FakeApi.Fault.answer(
            200, "{\"success\":1,\"total_matches\":6,\"rows\":[]}", java.util.Map.of()));
    PagingException e = Secrets.expect(PagingException.class, rows::hasNext);
    assertTrue(
        e.getMessage().startsWith("the page is empty although the total is 6 rows [GET"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("page 2, first_row 4]"), e.getMessage());
  }

  @Test
  void aPageWithMoreRowsThanTheTotalLeavesIsAnError() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(3));
    api.fault(
        FakeApi.Fault.answer(
            200,
            "{\"success\":1,\"total_matches\":2,\"header\":"
                + "[\"user_id\",\"domain_id\",\"login\",\"created\",\"modified\",\"name\"],\"rows\":["
                + Fixtures.row(0)
                + ","
                + Fixtures.row(1)
                + ","
                + Fixtures.row(2)
                + "]}",
            java.util.Map.of()));
    PagingException e =
        Secrets.expect(PagingException.class, () -> ids(client.rows(USERS, ReportQuery.all())));
    assertTrue(
        e.getMessage().startsWith("the page holds 3 rows, more than the 2 the total of 2 leaves"),
        e.getMessage());
  }

  @Test
  void aPageStartingElsewhereThanAskedIsAnError() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(3));
    api.fault(
        FakeApi.Fault.answer(
            200,
            "{\"success\":1,\"total_matches\":3,\"first_row\":1,"
                + "\"header\":[\"user_id\",\"domain_id\",\"login\",\"created\",\"modified\",\"name\"],"
                + "\"rows\":["
                + Fixtures.row(1)
                + "]}",
            java.util.Map.of()));
    PagingException e =
        Secrets.expect(PagingException.class, () -> ids(client.rows(USERS, ReportQuery.all())));
    assertTrue(
        e.getMessage()
            .startsWith("the server says the page starts at row 1, not at the first_row asked"),
        e.getMessage());
  }

  @Test
  void streamsAndCountsWithoutDeliveringRows() {
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(9)).pageCap = 2;
    try (var stream = client.rows(USERS, ReportQuery.all()).stream()) {
      assertEquals(36, stream.mapToLong(UserCreationDetail::userId).sum());
    }
    assertEquals(9, client.count(USERS, ReportQuery.all()));
    assertTrue(api.log().get(api.log().size() - 1).endsWith("?first_row=0&matches=0"));
  }

  @Test
  void aPagedReadRefusesMatchesOutsideOneToFiftyThousand() {
    Secrets.expect(
        IllegalArgumentException.class,
        () -> client.rows(USERS, ReportQuery.builder().matches(0).build()));
    IllegalArgumentException e =
        Secrets.expect(
            IllegalArgumentException.class,
            () -> client.rows(USERS, ReportQuery.builder().matches(50_001).build()));
    assertTrue(e.getMessage().startsWith("matches must be 1 to 50000"), e.getMessage());
  }
}
