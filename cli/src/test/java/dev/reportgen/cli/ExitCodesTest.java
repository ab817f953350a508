package dev.reportgen.cli;

import static dev.reportgen.cli.Cli.data;
import static dev.reportgen.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.ReportCatalog;
import dev.reportgen.runtime.ReportType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every exit code of inspect and convert, each in both parsing modes (inspect: lenient by default
 * and --strict; convert: strict by default and --lenient). 0 means every row of every file was read
 * and good.
 */
class ExitCodesTest {
  @TempDir Path temp;

  /**
   * The exit codes of {@code args} run as inspect, inspect --strict, convert, convert --lenient.
   */
  private static List<Integer> inAllModes(String... args) {
    List<Integer> codes = new ArrayList<>();
    for (List<String> command :
        List.of(
            List.of("inspect"),
            List.of("inspect", "--strict"),
            List.of("convert", "--to", "jsonl"),
            List.of("convert", "--to", "jsonl", "--lenient"))) {
      List<String> all = new ArrayList<>(command);
      all.addAll(List.of(args));
      Cli.Run run = run(all.toArray(String[]::new));
      codes.add(run.exit());
    }
    return codes;
  }

  private static List<Integer> all(int code) {
    return List.of(code, code, code, code);
  }

  @Test
  void zeroWhenEveryRowIsGood() {
    assertEquals(all(ExitCodes.OK), inAllModes(data("sent-email.json")));
    assertEquals(all(ExitCodes.OK), inAllModes(data("sent-email-job.csv")));
  }

  @Test
  void badRowsAreFiveWhenSkippedAndOneWhenTheyStopTheFile() {
    // inspect (lenient), inspect --strict, convert (strict), convert --lenient
    assertEquals(
        List.of(ExitCodes.BAD_ROWS, ExitCodes.DATA, ExitCodes.DATA, ExitCodes.BAD_ROWS),
        inAllModes(data("bad-rows.json")));
  }

  @Test
  void lenientModesPrintEverythingAndStillSayFive() throws IOException {
    Cli.Run inspect = run("inspect", data("bad-rows.json"));
    assertEquals(ExitCodes.BAD_ROWS, inspect.exit(), inspect::toString);
    assertTrue(inspect.out().contains("rows:     7 (4 good, 3 bad)"), inspect::toString);
    assertEquals("", inspect.err(), "bad rows are results on stdout, not errors");

    Path out = temp.resolve("opens.csv");
    Cli.Run convert =
        run("convert", data("bad-rows.json"), "--to", "csv", "--lenient", "--out", out.toString());
    assertEquals(ExitCodes.BAD_ROWS, convert.exit(), convert::toString);
    assertEquals(5, Files.readAllLines(out).size(), "the header and the four good rows");
    assertEquals(3, convert.errLines().size(), convert::toString);
  }

  @Test
  void oneForAFileThatIsNotAReportInEveryMode() throws IOException {
    String whole = Files.readString(Path.of(data("sent-email.json")));
    Path truncated = temp.resolve("truncated.json");
    Files.writeString(truncated, whole.substring(0, whole.length() / 2), StandardCharsets.UTF_8);
    assertEquals(all(ExitCodes.DATA), inAllModes(truncated.toString()));

    Path unknown = temp.resolve("odd.csv");
    Files.writeString(unknown, "colour,flavour\nred,cherry\n", StandardCharsets.UTF_8);
    assertEquals(all(ExitCodes.DATA), inAllModes(unknown.toString()));

    Path failure = temp.resolve("failure.json");
    Files.writeString(failure, "{\"success\":0,\"error\":\"Invalid API token\"}");
    assertEquals(all(ExitCodes.DATA), inAllModes(failure.toString()));
  }

  @Test
  void twoForAUsageErrorInEveryMode() {
    assertEquals(
        all(ExitCodes.USAGE), inAllModes("--report", "NoSuchReport", data("sent-email.json")));
  }

  @Test
  void threeForAFileThatCannotBeReadInEveryMode() {
    assertEquals(all(ExitCodes.IO), inAllModes(temp.resolve("missing.json").toString()));
    assertEquals(all(ExitCodes.IO), inAllModes(temp.toString()));
  }

  /** A model jar with a bug: its registry fails when asked for its reports. */
  public static final class FailingCatalog implements ReportCatalog {
    @Override
    public List<ReportType<?>> types() {
      throw new IllegalStateException("a registry with a bug");
    }

    @Override
    public List<Endpoint<?>> endpoints() {
      return List.of();
    }

    @Override
    public Optional<ReportType<?>> forEndpoint(String endpoint) {
      return Optional.empty();
    }

    @Override
    public Optional<ReportType<?>> forName(String name) {
      return Optional.empty();
    }
  }

  @Test
  void fourForAnInternalErrorInEveryMode() throws IOException {
    Path services = Files.createDirectories(temp.resolve("models/META-INF/services"));
    Files.writeString(
        services.resolve(ReportCatalog.class.getName()), FailingCatalog.class.getName() + "\n");
    String models = temp.resolve("models").toString();

    List<Integer> codes = new ArrayList<>();
    for (String command :
        List.of("inspect", "inspect --strict", "convert --to csv", "convert --to csv --lenient")) {
      List<String> args = new ArrayList<>(List.of("--with", models));
      args.addAll(List.of(command.split(" ")));
      args.add(data("sent-email.json"));
      Cli.Run run = run(args.toArray(String[]::new));
      assertEquals(1, run.errLines().size(), run::toString);
      assertTrue(
          run.err()
              .contains("internal error: java.lang.IllegalStateException: a registry with a bug"),
          run::toString);
      assertTrue(run.err().contains("run again with --verbose"), run::toString);
      codes.add(run.exit());
    }
    assertEquals(all(ExitCodes.INTERNAL), codes);
  }

  @Test
  void severalFilesExitWithTheMostSeriousCode() {
    String good = data("sent-email.json");
    String bad = data("bad-rows.json");
    String missing = temp.resolve("missing.json").toString();

    assertEquals(ExitCodes.OK, run("inspect", good, good).exit());
    assertEquals(ExitCodes.BAD_ROWS, run("inspect", good, bad, good).exit());
    assertEquals(ExitCodes.DATA, run("inspect", "--strict", bad, good).exit());
    // An unreadable file weighs more than bad rows, whatever the order.
    assertEquals(ExitCodes.IO, run("inspect", bad, missing).exit());
    assertEquals(ExitCodes.IO, run("inspect", missing, bad).exit());
  }

  @Test
  void worstRanksTheCodes() {
    assertEquals(ExitCodes.BAD_ROWS, ExitCodes.worst(ExitCodes.OK, ExitCodes.BAD_ROWS));
    assertEquals(ExitCodes.DATA, ExitCodes.worst(ExitCodes.BAD_ROWS, ExitCodes.DATA));
    assertEquals(ExitCodes.USAGE, ExitCodes.worst(ExitCodes.USAGE, ExitCodes.DATA));
    assertEquals(ExitCodes.IO, ExitCodes.worst(ExitCodes.IO, ExitCodes.USAGE));
    assertEquals(ExitCodes.INTERNAL, ExitCodes.worst(ExitCodes.IO, ExitCodes.INTERNAL));
    assertThrows(IllegalArgumentException.class, () -> ExitCodes.worst(0, 42));
  }
}
