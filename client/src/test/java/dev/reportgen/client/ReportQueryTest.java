package dev.reportgen.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportQueryTest {
  @Test
  void timesAreGmtDatetimesAndEverythingIsPercentEncodedOnce() {
    ReportQuery query =
        ReportQuery.builder()
            .after(Instant.parse("2024-01-02T03:04:05.987Z"))
            .before(Instant.parse("2024-02-01T00:00:00Z"))
            .from(Instant.parse("1999-12-31T23:59:59Z"))
            .param("tracked_headers", "X-Campaign,X Tag")
            .param("detail", "1")
            .param("note", "a+b&c=d/é%")
            .build();
    assertEquals(
        "after_date=2024-01-02%2003%3A04%3A05&before_date=2024-02-01%2000%3A00%3A00"
            + "&from_date=1999-12-31%2023%3A59%3A59&first_row=100&matches=500"
            + "&tracked_headers=X-Campaign%2CX%20Tag&detail=1&note=a%2Bb%26c%3Dd%2F%C3%A9%25",
        query.encode(100, 500));
  }

  @Test
  void matchesMinusOneSendsNoneAndDestinationFollowsTheTypedParameters() {
    ReportQuery query = ReportQuery.builder().destination("sftp://host/dir").build();
    assertEquals("first_row=0&destination=sftp%3A%2F%2Fhost%2Fdir", query.encode(0, -1));
  }

  @Test
  void typedParametersCannotBeGivenByName() {
    IllegalArgumentException e =
        Secrets.expect(
            IllegalArgumentException.class, () -> ReportQuery.builder().param("first_row", "5"));
    assertTrue(e.getMessage().startsWith("first_row has its own method"), e.getMessage());
    Secrets.expect(IllegalArgumentException.class, () -> ReportQuery.builder().param("", "x"));
  }

  @Test
  void valuesAreCheckedWhenGiven() {
    Secrets.expect(IllegalArgumentException.class, () -> ReportQuery.builder().firstRow(-1));
    Secrets.expect(IllegalArgumentException.class, () -> ReportQuery.builder().matches(-1));
    Secrets.expect(IllegalArgumentException.class, () -> ReportQuery.builder().destination(" "));
    IllegalArgumentException e =
        Secrets.expect(
            IllegalArgumentException.class,
            () -> ReportQuery.builder().after(Instant.parse("+10000-01-01T00:00:00Z")));
    assertTrue(e.getMessage().contains("0001-9999"), e.getMessage());
  }

  @Test
  void theQueryIsImmutable() {
    ReportQuery.Builder builder = ReportQuery.builder().param("a", "1");
    ReportQuery query = builder.build();
    builder.param("b", "2");
    assertEquals("first_row=0&a=1", query.encode(0, -1));
    Secrets.expect(UnsupportedOperationException.class, () -> query.params().put("c", "3"));
  }
}
