package dev.reportgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.luxsci.LuxSciReports;
import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.RowCursor;
import dev.reportgen.runtime.SyntheticRows;
import dev.reportgen.testkit.Fault;
import dev.reportgen.testkit.LuxSciFakeServer;
import dev.reportgen.testkit.RecordedRequest;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code reportgen fetch} end to end against the test kit's fake LuxSci server on loopback. */
class FetchCommandTest {
  private static final long SEED = 7;
  private static final int ROWS = 1_500;
  private static final String SENT = LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT.name();
  private static LuxSciFakeServer server;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    server =
        LuxSciFakeServer.builder()
            .responseByteCap(64 * 1024)
            .clock(Clock.tick(Clock.systemUTC(), Duration.ofSeconds(1)))
            .start();
    server.serveSynthetic(LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT, ROWS, SEED);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  private Map<String, String> credentials() {
    return Map.of(
        "LUXSCI_API_TOKEN",
        server.credentials().apiToken(),
        "LUXSCI_API_SECRET",
        server.credentials().apiSecret());
  }

  private static Cli.Run fetch(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ReportgenCli.newCommandLine();
    ((FetchCommand) cli.getSubcommands().get("fetch").getCommand()).environment = environment;
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] all = Stream.concat(Stream.of("fetch"), Stream.of(args)).toArray(String[]::new);
    return new Cli.Run(cli.execute(all), out.toString(), err.toString());
  }

  private String[] args(String... more) {
    return Stream.concat(
            Stream.of(
                SENT,
                "--account",
                server.account(),
                "--base-url",
                server.baseUri().toString(),
                "--requests-per-minute",
                "10000"),
            Stream.of(more))
        .toArray(String[]::new);
  }

  private static List<SentEmail> expected() {
    List<SentEmail> rows = new ArrayList<>();
    SyntheticRows.of(SentEmail.type(), SEED).iterator(ROWS).forEachRemaining(rows::add);
    return rows;
  }

  private List<RecordedRequest> pages() {
    return server.requests().stream().filter(r -> SENT.equals(r.endpoint())).toList();
  }

  @Test
  void fetchesEveryPageIntoCsvThatReadsBackAsTheServedRows() throws Exception {
    Path out = dir.resolve("sent.csv");
    Cli.Run run = fetch(credentials(), args("--to", "csv", "--out", out.toString()));
    assertEquals(0, run.exit(), run.toString());
    List<SentEmail> read = new ArrayList<>();
    try (InputStream in = Files.newInputStream(out);
        RowCursor<SentEmail> rows = ReportReader.of(SentEmail.type()).openCsv(in)) {
      rows.forEachRemaining(read::add);
    }
    assertEquals(expected(), read);
    int pages = pages().size();
    assertTrue(pages > 2, pages + " pages");
    List<String> progress = run.errLines();
    assertEquals(pages, progress.size(), run.toString());
    assertEquals(
        "reportgen: fetch " + SENT + ": page " + pages + ", " + ROWS + " rows of " + ROWS,
        progress.get(pages - 1));
    assertFalse(run.err().contains(server.credentials().apiSecret()));
  }

  @Test
  void writesJsonLinesToStdoutWithTheQueryAsGiven() {
    Cli.Run run =
        fetch(
            credentials(),
            args(
                "--after",
                "2000-01-01 00:00:00",
                "--before",
                "2100-01-01",
                "--matches",
                "400",
                "--param",
                "tracked_headers=X-Campaign",
                "--no-progress"));
    assertEquals(0, run.exit(), run.toString());
    assertEquals(ROWS, run.outLines().size());
    assertTrue(run.outLines().get(0).startsWith("{\""), run.outLines().get(0));
    assertEquals("", run.err());
    assertEquals(
        "after_date=2000-01-01%2000%3A00%3A00&before_date=2100-01-01%2000%3A00%3A00"
            + "&first_row=0&matches=400&tracked_headers=X-Campaign",
        pages().get(0).rawQuery());
  }

  @Test
  void aFailedFetchLeavesOutUntouched() throws Exception {
    Path out = dir.resolve("sent.jsonl");
    Files.writeString(out, "previous\n");
    server.faults().onRequest(3, Fault.errorBody("Report temporarily unavailable."));
    Cli.Run run = fetch(credentials(), args("--out", out.toString()));
    assertEquals(1, run.exit(), run.toString());
    assertEquals("previous\n", Files.readString(out, StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList(), "no temporary file left");
    }
    String last = run.errLines().get(run.errLines().size() - 1);
    assertTrue(
        last.startsWith(
            "reportgen: the API reported failure: Report temporarily"
                + " unavailable. [GET "
                + server.path(LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT)
                + "?first_row="),
        last);
    assertTrue(last.contains(", page 2, first_row "), last);
  }

  @Test
  void retriedFaultsStillGiveEveryRow() {
    server.faults().onEndpoint(SENT, Fault.cutMidRow(30)).onEndpoint(SENT, Fault.status(503));
    Cli.Run run = fetch(credentials(), args("--no-progress"));
    assertEquals(0, run.exit(), run.toString());
    assertEquals(ROWS, run.outLines().size());
  }

  @Test
  void aRefusedSecretIsExitCodeThreeWithoutTheSecret() {
    Cli.Run run =
        fetch(
            Map.of(
                "LUXSCI_API_TOKEN",
                server.credentials().apiToken(),
                "LUXSCI_API_SECRET",
                "not-the-secret-xyz"),
            args());
    assertEquals(3, run.exit(), run.toString());
    assertTrue(
        run.err().startsWith("reportgen: the API refused to start a session (HTTP 401)"),
        run.err());
    assertFalse(run.err().contains("not-the-secret-xyz"));
  }

  @Test
  void usageErrorsAreExitCodeTwo() {
    Cli.Run noSecret = fetch(Map.of("LUXSCI_API_TOKEN", "t"), args());
    assertEquals(2, noSecret.exit(), noSecret.toString());
    assertEquals("reportgen: set LUXSCI_API_SECRET in the environment\n", noSecret.err());

    Cli.Run wrongScope =
        fetch(
            credentials(),
            LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_USER.name(),
            "--account",
            "acme");
    assertEquals(2, wrongScope.exit(), wrongScope.toString());
    assertTrue(wrongScope.err().contains("reports on a user: give --user LOGIN"), wrongScope.err());

    Cli.Run plainHttp =
        fetch(
            credentials(),
            SENT,
            "--account",
            "a",
            "--base-url",
            "http://rest.luxsci.com/perl/api/v2");
    assertEquals(2, plainHttp.exit(), plainHttp.toString());

    Cli.Run badDate = fetch(credentials(), args("--after", "yesterday"));
    assertEquals(2, badDate.exit(), badDate.toString());

    Cli.Run both = fetch(credentials(), SENT, "--account", "a", "--user", "u");
    assertEquals(2, both.exit(), both.toString());
  }
}
