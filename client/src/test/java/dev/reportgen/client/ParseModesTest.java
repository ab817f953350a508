package dev.reportgen.client;

import static dev.reportgen.client.Fixtures.PATH;
import static dev.reportgen.client.Fixtures.USERS;
import static dev.reportgen.client.Fixtures.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reportgen.luxsci.UserCreationDetail;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.RowError;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseModesTest {
  private final FakeTime time = new FakeTime();
  private final FakeApi api = new FakeApi(time);

  private void serveWithBadRows() {
    List<String> rows = new java.util.ArrayList<>(Fixtures.rows(8));
    rows.set(2, Fixtures.badRow(2));
    rows.set(5, Fixtures.badRow(5));
    api.serve(PATH, Fixtures.HEADER, rows).pageCap = 4;
  }

  @Test
  void strictStopsAtTheFirstBadRowNamingItsPage() {
    serveWithBadRows();
    LuxSciClient client = Fixtures.client(api, time);
    PagedRowCursor<UserCreationDetail> rows = client.rows(USERS, ReportQuery.all());
    assertEquals(0, rows.next().userId());
    assertEquals(1, rows.next().userId());
    ReportParseException e = Secrets.expect(ReportParseException.class, rows::hasNext);
    assertEquals(2, e.row());
    assertEquals("user_id", e.column());
    assertEquals("x2", e.value());
    assertEquals(1, e.line());
    assertEquals(
        true,
        e.problem()
            .endsWith(
                "(in GET /perl/api/v2/account/acme/report/users/created?first_row=0&matches=50000,"
                    + " page 1, first_row 0; line and column within that page's body)"),
        e.problem());
    Secrets.assertNoSecret(e, api.issuedCodes());
  }

  @Test
  void lenientCollectsTheBadRowsOfEveryPageWithTheirPage() {
    serveWithBadRows();
    LuxSciClient client = Fixtures.client(api, time, b -> b.readOptions(ReadOptions.lenient()));
    PagedRowCursor<UserCreationDetail> rows = client.rows(USERS, ReportQuery.all());
    assertEquals(List.of(0L, 1L, 3L, 4L, 6L, 7L), ids(rows));
    assertEquals(8, rows.rowIndex());
    List<RowError> errors = rows.errors();
    assertEquals(List.of(2L, 5L), errors.stream().map(RowError::row).toList());
    assertEquals("user_id", errors.get(1).column());
    assertEquals(
        true,
        errors
            .get(1)
            .message()
            .startsWith(
                "GET /perl/api/v2/account/acme/report"
                    + "/users/created?first_row=4&matches=50000, page 2, first_row 4: "),
        errors.get(1).message());
    List<PageError> pageErrors = rows.pageErrors();
    assertEquals(2, pageErrors.get(1).page());
    assertEquals(4, pageErrors.get(1).pageFirstRow());
    assertEquals(1, pageErrors.get(1).error().row());
    assertEquals(5, pageErrors.get(1).serverRow());
  }

  @Test
  void lenientErrorsAreNotRepeatedWhenAPageIsAskedAgain() {
    List<String> rows = new java.util.ArrayList<>(Fixtures.rows(6));
    rows.set(1, Fixtures.badRow(1));
    api.serve(PATH, Fixtures.HEADER, rows);
    api.fault(FakeApi.Fault.cutAfter(4));
    LuxSciClient client = Fixtures.client(api, time, b -> b.readOptions(ReadOptions.lenient()));
    PagedRowCursor<UserCreationDetail> cursor = client.rows(USERS, ReportQuery.all());
    assertEquals(List.of(0L, 2L, 3L, 4L, 5L), ids(cursor));
    assertEquals(List.of(1L), cursor.errors().stream().map(RowError::row).toList());
  }
}
