package dev.reportgen.cli;

import static dev.reportgen.cli.Cli.data;
import static dev.reportgen.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
  @TempDir Path temp;

  /** A line of the column table: keyword, type, null count, range. */
  private static void assertColumn(Cli.Run run, String keyword, String nulls, String range) {
    Pattern line =
        Pattern.compile(
            "^\\s+"
                + Pattern.quote(keyword)
                + "\\s+[A-Z]+\\??\\s+"
                + Pattern.quote(nulls)
                + "\\s+"
                + Pattern.quote(range)
                + "$",
            Pattern.MULTILINE);
    assertTrue(line.matcher(run.out()).find(), "column line for " + keyword + " in\n" + run);
  }

  @Test
  void detectsSentEmailFromTheHeaderAndCountsRowsNullsAndRanges() {
    Cli.Run run = run("inspect", data("sent-email.json"));

    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.err(), "no progress and no errors for a small good file");
    assertTrue(run.out().startsWith("== " + data("sent-email.json") + "\n"), run::toString);
    assertTrue(run.out().contains("\"Sent Email\" (detected from the header)"), run::toString);
    assertTrue(run.out().contains("rows:     8 (8 good, 0 bad)"), run::toString);
    assertTrue(run.out().contains("paging:   total matches 8, first row 0"), run::toString);
    assertTrue(run.out().contains("comment:  Sent email, account 20417"), run::toString);
    assertColumn(run, "date_sent", "0", "2025-03-03 08:02:17 .. 2025-03-03 23:59:01");
    assertColumn(run, "size_bytes", "0", "5120 .. 243871");
    assertColumn(run, "header1", "4", "length 10");
    assertColumn(run, "header1_value", "4", "length 12..17");
    assertColumn(run, "n_recipients", "0", "1 .. 3");
    assertTrue(
        Pattern.compile(
                "^\\s+header2\\s+STRING\\?\\s+-\\s+\\(not in this file\\)$", Pattern.MULTILINE)
            .matcher(run.out())
            .find(),
        run::toString);
    assertTrue(run.out().contains("bad rows: none"), run::toString);
  }

  @Test
  void showsEveryBadRowWithItsPositionAndExitsWithTheBadRowsCode() {
    Cli.Run run = run("inspect", data("bad-rows.json"));

    assertEquals(ExitCodes.BAD_ROWS, run.exit(), run::toString);
    assertTrue(run.out().contains("\"Email Opens\" (detected from the header)"), run::toString);
    assertTrue(run.out().contains("rows:     7 (4 good, 3 bad)"), run::toString);
    assertTrue(run.out().contains("bad rows: 3"), run::toString);
    List<String> bad = run.outLines().stream().filter(l -> l.startsWith("  row ")).toList();
    assertEquals(3, bad.size(), run::toString);
    assertTrue(
        bad.get(0)
            .matches("  row 2, line 11(, column \\d+)?: 'open_date' = \"2025-03-03 25:61:00\": .+"),
        bad.get(0));
    assertTrue(
        bad.get(1).matches("  row 4, line 13(, column \\d+)?: 'user_id' = \"unknown\": .+"),
        bad.get(1));
    assertTrue(
        bad.get(2).matches("  row 5, line 14(, column \\d+)?: 'template_id' = \"31.5\": .+"),
        bad.get(2));
    // Null counts and ranges are over the good rows only (0, 1, 3, 6).
    assertColumn(run, "template_id", "0", "311 .. 318");
    assertColumn(run, "user_id", "0", "5521");
  }

  @Test
  void strictStopsAtTheFirstBadRowWithOnePlainLine() {
    Cli.Run run = run("inspect", "--strict", data("bad-rows.json"));

    assertEquals(ExitCodes.DATA, run.exit(), run::toString);
    assertEquals(1, run.errLines().size(), run::toString);
    String line = run.errLines().get(0);
    assertTrue(line.startsWith("reportgen: " + data("bad-rows.json") + ": "), line);
    assertTrue(line.contains("row 2"), line);
    assertTrue(line.contains("open_date"), line);
    assertTrue(line.contains("line 11"), line);
  }

  @Test
  void readsACsvJobResultWithQuotedCommasAndNewlines() {
    Cli.Run run = run("inspect", data("sent-email-job.csv"));

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("\"Sent Email\" (detected from the header)"), run::toString);
    assertTrue(run.out().contains("format:   CSV"), run::toString);
    assertTrue(run.out().contains("rows:     9 (9 good, 0 bad)"), run::toString);
    assertColumn(run, "date_sent", "0", "2025-02-03 07:00:12 .. 2025-02-27 08:15:26");
    assertColumn(run, "n_recipients", "0", "1 .. 3");
    assertColumn(run, "size_bytes", "0", "9874 .. 2244981");
  }

  @Test
  void objectRowsNumericStringsZeroDatesAndUnknownEnumValues() {
    Cli.Run run = run("inspect", data("delivery-status.json"));

    assertEquals(0, run.exit(), run::toString);
    assertTrue(
        run.out().contains("\"Email Delivery Status\" (detected from the header)"), run::toString);
    assertTrue(run.out().contains("rows:     6 (6 good, 0 bad)"), run::toString);
    assertTrue(run.out().contains("paging:   total matches 6, first row 0"), run::toString);
    // The queued message has the zero date and an empty delivery_seconds.
    assertColumn(run, "delivery_status_updated", "1", "2025-03-03 08:02:19 .. 2025-03-03 21:07:12");
    assertColumn(run, "delivery_seconds", "1", "2 .. 27384");
    assertTrue(run.out().contains("unknown \"Quarantined\" x1"), run::toString);
    assertTrue(run.out().contains("Delivered x2"), run::toString);
  }

  @Test
  void listsCustomFieldColumnsOfAMarketingReport() {
    Cli.Run run = run("inspect", data("contacts.json"));

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("rows:     7 (7 good, 0 bad)"), run::toString);
    assertTrue(
        run.out().contains("extra columns (not in the schema; custom fields are expected here):"),
        run::toString);
    for (String field : List.of("first_name", "last_name", "preferred_location", "recall_due")) {
      assertTrue(
          Pattern.compile("^\\s+" + field + "\\s+\\d+\\s+\\d+$", Pattern.MULTILINE)
              .matcher(run.out())
              .find(),
          field + " in\n" + run);
    }
    assertTrue(
        Pattern.compile("^\\s+recall_due\\s+5\\s+2$", Pattern.MULTILINE).matcher(run.out()).find(),
        run::toString);
  }

  @Test
  void readsASummaryReportAndAnAsyncJobStatusReport() {
    Cli.Run run = run("inspect", data("delivery-status-summary.json"), data("jobs.json"));

    assertEquals(0, run.exit(), run::toString);
    assertTrue(
        run.out().contains("\"Email Delivery Status Summary\" (detected from the header)"),
        run::toString);
    assertTrue(run.out().contains("rows:     1 (1 good, 0 bad)"), run::toString);
    assertColumn(run, "pct_delivered", "0", "0.962617");
    assertTrue(
        run.out().contains("\"Asynchronous Job Status\" (detected from the header)"),
        run::toString);
    assertTrue(run.out().contains("rows:     4 (4 good, 0 bad)"), run::toString);
    assertColumn(run, "completed", "3", "2025-03-01 02:41:19");
  }

  @Test
  void readsTheSamplesOwnInternalReport() {
    Cli.Run run = run("inspect", data("mailbox-quota.json"));

    assertEquals(0, run.exit(), run::toString);
    assertTrue(
        run.out().contains("report:   MailboxQuota \"Mailbox Quota\" (detected from the header)"),
        run::toString);
    assertColumn(run, "state", "0", "ok x3, warning x1, over quota x1, suspended x1");
    assertColumn(run, "last_login", "1", "2024-11-29 16:40:55 .. 2025-03-03 23:58:40");
    assertColumn(run, "plan_renewal", "3", "2025-09-01");
    assertColumn(run, "used_mb", "0", "0.0 .. 10302.25");
  }

  @Test
  void inspectsEveryBundledFileInOneRun() throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("inspect"));
    try (var files = Files.list(Path.of(Cli.DATA))) {
      files.sorted().forEach(f -> args.add(f.toString()));
    }
    Cli.Run run = run(args.toArray(String[]::new));

    // bad-rows.json has bad rows on purpose; everything else is good.
    assertEquals(ExitCodes.BAD_ROWS, run.exit(), run::toString);
    assertEquals("", run.err(), run::toString);
    assertEquals(args.size() - 1, run.outLines().stream().filter(l -> l.startsWith("== ")).count());
    assertFalse(run.out().contains("failed: see stderr"), run::toString);
  }

  @Test
  void reportOrEndpointOptionSkipsDetection() {
    Cli.Run byEndpoint =
        run("inspect", "--endpoint", "getEmailSMTPSentReportAccount", data("sent-email-job.csv"));
    assertEquals(0, byEndpoint.exit(), byEndpoint::toString);
    assertTrue(
        byEndpoint.out().contains("\"Sent Email\" (--endpoint getEmailSMTPSentReportAccount)"),
        byEndpoint::toString);

    Cli.Run byName = run("inspect", "--report", "MailboxQuota", data("mailbox-quota.json"));
    assertEquals(0, byName.exit(), byName::toString);
    assertTrue(
        byName.out().contains("MailboxQuota \"Mailbox Quota\" (--report)"), byName::toString);
  }

  @Test
  void unknownReportNameIsAUsageErrorInOneLine() {
    Cli.Run run = run("inspect", "--report", "MailboxQuotas", data("mailbox-quota.json"));

    assertEquals(ExitCodes.USAGE, run.exit(), run::toString);
    assertEquals(1, run.errLines().size(), run::toString);
    assertTrue(
        run.err().contains("unknown report 'MailboxQuotas' (did you mean MailboxQuota?)"),
        run::toString);
  }

  @Test
  void reportAndEndpointTogetherIsAUsageError() {
    Cli.Run run =
        run("inspect", "--report", "MailboxQuota", "--endpoint", "x", data("mailbox-quota.json"));

    assertEquals(ExitCodes.USAGE, run.exit(), run::toString);
    assertEquals(1, run.errLines().size(), run::toString);
    assertTrue(run.err().contains("mutually exclusive"), run::toString);
  }

  @Test
  void missingFileGivesOnePlainLineAndExitCodeThree() {
    Cli.Run run = run("inspect", "no-such-report.json");

    assertEquals(ExitCodes.IO, run.exit(), run::toString);
    assertEquals(List.of("reportgen: no-such-report.json: no such file"), run.errLines());
  }

  @Test
  void directoryIsNotReadable() {
    Cli.Run run = run("inspect", temp.toString());

    assertEquals(ExitCodes.IO, run.exit(), run::toString);
    assertEquals(1, run.errLines().size(), run::toString);
  }

  @Test
  void truncatedFileIsBadDataInOneLineAndVerboseAddsTheStackTrace() throws IOException {
    String whole = Files.readString(Path.of(data("sent-email.json")));
    Path truncated = temp.resolve("truncated.json");
    Files.writeString(truncated, whole.substring(0, whole.length() / 2), StandardCharsets.UTF_8);

    Cli.Run run = run("inspect", truncated.toString());
    assertEquals(ExitCodes.DATA, run.exit(), run::toString);
    assertEquals(1, run.errLines().size(), run::toString);
    assertTrue(run.errLines().get(0).startsWith("reportgen: " + truncated + ": "), run::toString);
    assertFalse(run.err().contains("\tat "), run::toString);

    Cli.Run verbose = run("inspect", "--verbose", truncated.toString());
    assertEquals(ExitCodes.DATA, verbose.exit(), verbose::toString);
    assertTrue(verbose.err().contains("\tat "), verbose::toString);
  }

  @Test
  void headerOfNoKnownReportIsBadData() throws IOException {
    Path odd = temp.resolve("odd.csv");
    Files.writeString(odd, "colour,flavour\nred,cherry\n", StandardCharsets.UTF_8);

    Cli.Run run = run("inspect", odd.toString());
    assertEquals(ExitCodes.DATA, run.exit(), run::toString);
    assertEquals(1, run.errLines().size(), run::toString);
    assertTrue(
        run.err().contains("cannot tell which report this is from its header [colour, flavour]"),
        run::toString);
  }

  @Test
  void oneBadFileDoesNotStopTheOthersAndTheLargestCodeWins() {
    Cli.Run run = run("inspect", "missing.json", data("sent-email.json"));

    assertEquals(ExitCodes.IO, run.exit(), run::toString);
    assertTrue(run.out().contains("rows:     8 (8 good, 0 bad)"), run::toString);
  }

  @Test
  void progressGoesToStderrOnlyForLargeInput() {
    Cli.Run small = run("inspect", data("sent-email.json"));
    assertEquals("", small.err());

    // Pretend 1 KiB is large: the ~4 KiB file then prints a few progress lines.
    Cli.Run large = run("inspect", "--progress-every", "1024", data("sent-email.json"));
    assertEquals(0, large.exit(), large::toString);
    assertFalse(large.errLines().isEmpty(), large::toString);
    for (String line : large.errLines()) {
      assertTrue(
          line.matches(
              "reportgen: "
                  + Pattern.quote(data("sent-email.json"))
                  + ": read [0-9.]+ KiB of [0-9.]+ KiB \\(\\d+%\\)"),
          line);
    }
    assertFalse(
        large.out().contains("reportgen: " + data("sent-email.json") + ": read"),
        "progress is not on stdout");

    Cli.Run quiet =
        run("inspect", "--progress-every", "1024", "--no-progress", data("sent-email.json"));
    assertEquals("", quiet.err());
  }
}
