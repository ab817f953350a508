package dev.reportgen.luxsci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.reportgen.runtime.Report;
import dev.reportgen.runtime.ReportKind;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.ReportType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample response ({@code src/test/resources/responses/*.json}) read with the strict reader
 * gives exactly the rows of its expected file ({@code src/test/resources/expected/<name>.jsonl},
 * format in {@link ExpectedResponse}): every column of every row, the extras and the metadata.
 *
 * <p>The expected files are written from the report's own columns, so a schema change needs no test
 * code: after an intended change (a column added, a nullability changed) regenerate them with
 * {@code mvn -B -o -pl schemas -am verify -Dtest=LuxSciResponsesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Drecreate=true}; the test rewrites the files that
 * differ, deletes stale ones, says which, and passes. Review the diff before committing: a recreate
 * approves whatever the reader does, which is why {@link LuxSciResponseSpotChecksTest} checks some
 * fields by hand.
 *
 * <p>A response is matched to its report by its file name: the report's name in kebab case ({@code
 * email-delivery-status.json}), optionally followed by {@code -<variant>} ({@code
 * email-delivery-status-capitalised.json}); the longest report name wins.
 */
class LuxSciResponsesTest {
  static final Path RESPONSES = Path.of("src/test/resources/responses").toAbsolutePath();
  static final Path EXPECTED = Path.of("src/test/resources/expected").toAbsolutePath();
  private static final String RECREATE_HINT =
      "run with -Drecreate=true to regenerate, then review the diff";

  private static boolean recreate() {
    return Boolean.getBoolean("recreate");
  }

  /** The sample responses, by file name. */
  static List<String> responses() throws IOException {
    return fileNames(RESPONSES, ".json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("responses")
  void readsAsExpected(String response) throws IOException {
    ReportType<?> type = reportOf(response);
    ExpectedResponse read = read(type, response, Files.readAllBytes(RESPONSES.resolve(response)));
    Path file = EXPECTED.resolve(expectedName(response));
    if (recreate()) {
      write(file, read.toJsonLines());
      return;
    }
    assertTrue(
        Files.exists(file), () -> "no expected file for " + response + " (" + RECREATE_HINT + ")");
    ExpectedResponse expected =
        ExpectedResponse.parse(
            "expected/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
    List<String> differences = ResponseDiff.between(expected, read);
    if (!differences.isEmpty()) {
      fail(
          response
              + " ("
              + type.name()
              + ") differs from expected/"
              + file.getFileName()
              + " ("
              + RECREATE_HINT
              + "):\n  "
              + String.join("\n  ", differences));
    }
  }

  @Test
  void everyExpectedFileBelongsToASampleResponse() throws IOException {
    List<String> wanted = responses().stream().map(LuxSciResponsesTest::expectedName).toList();
    List<String> stale = new ArrayList<>(fileNames(EXPECTED, ".jsonl"));
    stale.removeAll(wanted);
    if (recreate()) {
      for (String file : stale) {
        Files.delete(EXPECTED.resolve(file));
        System.out.println("[recreate] deleted expected/" + file);
      }
      return;
    }
    assertEquals(
        List.of(), stale, "expected files without a sample response (" + RECREATE_HINT + ")");
  }

  @Test
  void everyReportHasASampleResponse() throws IOException {
    List<String> responses = responses();
    for (ReportType<?> type : LuxSciReports.INSTANCE.types()) {
      assertTrue(
          responses.contains(kebab(type.name()) + ".json"),
          "no sample response for " + type.name());
    }
  }

  @Test
  void responsesAreMatchedToTheLongestReportName() {
    assertEquals(EmailDeliveryStatus.type(), reportOf("email-delivery-status-capitalised.json"));
    assertEquals(
        EmailDeliveryStatusSummary.type(), reportOf("email-delivery-status-summary-empty.json"));
    assertEquals(EmailOpen.type(), reportOf("email-open.json"));
    assertEquals(EmailOpensSummary.type(), reportOf("email-opens-summary.json"));
  }

  /** Reads {@code body} strictly as {@code type}; a bad row fails the test by its exception. */
  private static <T> ExpectedResponse read(ReportType<T> type, String response, byte[] body) {
    Report<T> report = ReportReader.of(type).readJson(body);
    if (type.kind() == ReportKind.SUMMARY) {
      assertEquals(1, report.rows().size(), response + ": a summary has one row");
      assertEquals(report.rows().get(0), report.single(), response + ": single()");
    }
    return ExpectedResponse.of(type, report);
  }

  /** The report a sample response belongs to, from its file name (see the class Javadoc). */
  static ReportType<?> reportOf(String response) {
    String name = response.substring(0, response.length() - ".json".length());
    Optional<ReportType<?>> type =
        LuxSciReports.INSTANCE.types().stream()
            .filter(t -> name.equals(kebab(t.name())) || name.startsWith(kebab(t.name()) + "-"))
            .max(Comparator.comparingInt(t -> kebab(t.name()).length()));
    return type.orElseThrow(
        () ->
            new AssertionError(
                response
                    + " names no report (file names start with a report's"
                    + " name in kebab case, such as sent-email)"));
  }

  private static String kebab(String javaName) {
    return javaName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private static String expectedName(String response) {
    return response.substring(0, response.length() - ".json".length()) + ".jsonl";
  }

  private static List<String> fileNames(Path directory, String suffix) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(suffix))
          .sorted()
          .toList();
    }
  }

  private static void write(Path file, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return;
    }
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    System.out.println("[recreate] wrote expected/" + file.getFileName());
  }
}
