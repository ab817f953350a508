package dev.reportgen.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentEmailTotalsTest {
  @Test
  void totalsPerSenderFromTypedRows() throws IOException {
    Map<String, SentEmailTotals.Totals> totals =
        SentEmailTotals.of(Path.of("data/sent-email.json"));

    assertEquals(5, totals.size());
    assertEquals(
        new SentEmailTotals.Totals(3, 3, 18422 + 18390 + 18455),
        totals.get("reminders@harborview-dental.example"));
    assertEquals(
        new SentEmailTotals.Totals(2, 3, 71204 + 70988),
        totals.get("billing@harborview-dental.example"));
  }
}
