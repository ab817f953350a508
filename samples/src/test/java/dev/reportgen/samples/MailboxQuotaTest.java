package dev.reportgen.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.Report;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.RowCursor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The samples' own schema (src/main/resources/internal/) generates typed code that reads data. */
class MailboxQuotaTest {
  private static final Path FILE = Path.of("data/mailbox-quota.json");

  @Test
  void readsTheInternalReportIntoTypedRecords() throws IOException {
    Report<MailboxQuota> report =
        ReportReader.of(MailboxQuota.type()).readJson(Files.readAllBytes(FILE));

    List<MailboxQuota> rows = report.rows();
    assertEquals(6, rows.size());
    assertTrue(report.errors().isEmpty());
    assertEquals(
        "Internal report: nightly mailbox quota export", report.metadata().comment().orElseThrow());

    MailboxQuota first = rows.get(0);
    assertEquals("reminders@harborview-dental.example", first.mailbox());
    assertEquals(5521L, first.userId());
    assertEquals(2048L, first.quotaMb());
    assertEquals(311.4, first.usedMb());
    assertSame(QuotaState.OK, first.state());
    assertEquals(Instant.parse("2025-03-04T01:15:00Z"), first.measuredAt());
    assertEquals(Instant.parse("2025-03-03T17:50:12Z"), first.lastLogin());
    assertEquals(LocalDate.of(2025, 9, 1), first.planRenewal());
    assertTrue(first.extras().isEmpty());

    MailboxQuota overQuota = rows.get(2);
    assertSame(QuotaState.OVER_QUOTA, overQuota.state());
    assertEquals("over quota", overQuota.state().wireValue());
    assertNull(overQuota.planRenewal());

    MailboxQuota neverLoggedIn = rows.get(4);
    assertNull(neverLoggedIn.lastLogin());
    assertEquals(0.0, neverLoggedIn.usedMb());

    assertNull(rows.get(5).planRenewal(), "an empty string is an absent DATE");
    assertSame(QuotaState.SUSPENDED, rows.get(5).state());
  }

  @Test
  void streamsWithACursor() throws IOException {
    double used = 0;
    try (InputStream in = Files.newInputStream(FILE);
        RowCursor<MailboxQuota> cursor =
            ReportReader.of(MailboxQuota.type(), ReadOptions.lenient()).openJson(in)) {
      while (cursor.hasNext()) {
        used += cursor.next().usedMb();
      }
      assertEquals(6, cursor.rowIndex());
    }
    assertEquals(311.4 + 4388.9 + 10302.25 + 1207.0 + 0.0 + 2950.6, used, 1e-9);
  }

  @Test
  void theRegistryFindsTheReportByEndpointAndName() {
    assertSame(
        MailboxQuotaParser.INSTANCE,
        InternalReports.INSTANCE.forEndpoint("getInternalMailboxQuotaReport").orElseThrow());
    assertSame(MailboxQuota.type(), InternalReports.INSTANCE.forName("MailboxQuota").orElseThrow());
    assertEquals(List.of(MailboxQuota.type()), InternalReports.INSTANCE.types());
    assertSame(QuotaState.WARNING, QuotaState.fromWire("warning"));
    assertSame(QuotaState.UNKNOWN, QuotaState.fromWire("frozen"));
  }
}
