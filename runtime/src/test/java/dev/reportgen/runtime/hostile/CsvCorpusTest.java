package dev.reportgen.runtime.hostile;

import static dev.reportgen.runtime.hostile.JsonCorpusTest.R0;
import static dev.reportgen.runtime.hostile.JsonCorpusTest.R1;
import static dev.reportgen.runtime.hostile.JsonCorpusTest.err;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.hostile.JsonCorpusTest.BadRows;
import dev.reportgen.runtime.hostile.JsonCorpusTest.Expect;
import dev.reportgen.runtime.hostile.JsonCorpusTest.Fatal;
import dev.reportgen.runtime.hostile.JsonCorpusTest.Valid;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed CSV job files in {@code src/test/resources/hostile/csv}, plus generated
 * ones (a giant field, 100,000 columns, random binary). Same rules as {@link JsonCorpusTest}. CSV
 * positions are lines only: FastCSV reports the line a record starts on, never a column.
 */
class CsvCorpusTest {
  static final String DIR = "/hostile/csv/";
  static final Map<String, Expect> CASES = new LinkedHashMap<>();

  static void fatal(String file, List<Delivery> before, String problem, long row, long line) {
    CASES.put(file, new Fatal(before, problem, row, line, -1));
  }

  /**
   * An unterminated quote swallows the rest of the file into one field. Strict mode may report the
   * swallowing record as ragged first; lenient mode lists that and then fails on the quote. Either
   * way both modes end in ReportParseException at the record's line.
   */
  record Unterminated(List<Delivery> before, long line) implements Expect {}

  static {
    List<Delivery> none = List.of();
    fatal("empty.csv", none, "empty input", -1, -1);
    fatal("bom-only.csv", none, "empty input", -1, -1);
    fatal("blank-lines-only.csv", none, "empty input", -1, -1);
    CASES.put("header-only.csv", new Valid(none));
    CASES.put("valid-lf.csv", new Valid(List.of(R0, R1)));
    CASES.put("valid-cr.csv", new Valid(List.of(R0, R1)));
    CASES.put("valid-bom-blank-lines-no-final-newline.csv", new Valid(List.of(R0, R1)));
    CASES.put("unterminated-quote-last-record.csv", new Unterminated(List.of(R0), 3));
    CASES.put("unterminated-quote-swallows-rest.csv", new Unterminated(none, 2));
    fatal("chars-after-closing-quote.csv", none, "Unexpected character after closing quote", -1, 2);
    fatal(
        "json-response-instead-of-csv.csv",
        none,
        "Unexpected character after closing quote",
        -1,
        1);
    // A header that does not match the report.
    fatal("header-lacks-required-column.csv", none, "lacks non-nullable column 'sender'", -1, 1);
    fatal("header-duplicate-column.csv", none, "names column 'size' twice", -1, 1);
    fatal("header-of-another-report.csv", none, "lacks non-nullable column 'date_sent'", -1, 1);
    fatal("semicolon-delimited.csv", none, "lacks non-nullable column 'date_sent'", -1, 1);
    fatal("html-502-bad-gateway.csv", none, "lacks non-nullable column 'date_sent'", -1, 1);
    // Not UTF-8 text at all (the decoder cannot say where: no line).
    fatal("latin1-not-utf8.csv", none, "not UTF-8", -1, -1);
    fatal("utf16-with-bom.csv", none, "not UTF-8", -1, -1);
    fatal("binary-png-header.csv", none, "not UTF-8", -1, -1);
    fatal("binary-zip-not-gzip.csv", none, "not UTF-8", -1, -1);
    fatal("gzip-truncated.csv", none, "truncated or corrupt gzip", -1, -1);
    // Bad rows: strict stops at the first, lenient delivers the good ones and lists the bad.
    CASES.put(
        "ragged-rows.csv",
        new BadRows(
            List.of(R0, R1, R0),
            List.of(
                err(1, null, null, 3, -1, "record has 7 fields but the header has 10 columns"),
                err(3, null, null, 5, -1, "record has 11 fields but the header has 10 columns"),
                err(5, null, null, 7, -1, "record has 2 fields but the header has 10 columns"))));
    CASES.put(
        "bad-values.csv",
        new BadRows(
            List.of(R0, R1, R0),
            List.of(
                err(1, "size", "twelve", 3, -1, "not a number"),
                err(
                    3,
                    "date_sent",
                    "2024-03-05 14:07",
                    5,
                    -1,
                    "not a DATETIME (YYYY-MM-DD HH:MM:SS)"),
                err(4, "day", "2024-13-45", 6, -1, "date out of range"))));
  }

  static Stream<Arguments> files() {
    return CASES.keySet().stream().map(Arguments::of);
  }

  @Test
  void everyCorpusFileHasAnExpectation() throws IOException {
    assertEquals(new TreeSet<>(CASES.keySet()), new TreeSet<>(CorpusFiles.list(DIR)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void corpusFile(String file) {
    byte[] input = CorpusFiles.read(DIR + file);
    Expect expect = CASES.get(file);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          Attempt<Delivery> strict = Attempt.csv(Delivery.type(), ReadOptions.strict(), input);
          Attempt<Delivery> lenient = Attempt.csv(Delivery.type(), ReadOptions.lenient(), input);
          if (expect instanceof Unterminated u) {
            for (Attempt<Delivery> a : List.of(strict, lenient)) {
              ReportParseException e = a.parseFailure(file);
              assertEquals(u.line(), e.line(), file + ": " + e.getMessage());
              assertEquals(u.before(), a.rows, file);
            }
            assertTrue(
                lenient.failure.getMessage().contains("unterminated quoted field"),
                lenient.failure.getMessage());
            return;
          }
          JsonCorpusTest.check(file, expect, strict, lenient);
          // The same through a slow stream.
          Attempt<Delivery> slow =
              Attempt.run(
                  Delivery.type(), ReadOptions.lenient(), Attempt.Format.CSV, input, Trickle::of);
          assertEquals(lenient.rows, slow.rows, file + " trickled");
          assertEquals(lenient.errors, slow.errors, file + " trickled");
          assertEquals(
              String.valueOf(lenient.failure), String.valueOf(slow.failure), file + " trickled");
        });
  }

  // ---- generated

  static final String HEADER = String.join(",", Payloads.CSV_HEADER);
  static final String A = "2024-03-05 14:07:09,2024-03-05,Delivered,1,1234,3,0.5,0.25,Hi,a@x.com";

  static Stream<Arguments> limitCases() {
    String giant = "x".repeat(ReadOptions.DEFAULT_MAX_STRING_LENGTH + 1);
    StringBuilder wide = new StringBuilder(HEADER);
    for (int i = 0; i < 100_000; i++) {
      wide.append(",c").append(i);
    }
    return Stream.of(
        Arguments.of(
            "giant unquoted field",
            HEADER + "\r\n" + A.replace(",Hi,", "," + giant + ",") + "\r\n",
            2L),
        Arguments.of(
            "giant quoted field",
            HEADER + "\r\n" + A.replace(",Hi,", ",\"" + giant + "\",") + "\r\n",
            2L),
        Arguments.of("giant field in the header", HEADER + "," + giant + "\r\n" + A + "\r\n", 1L),
        Arguments.of("giant unterminated quoted field", HEADER + "\r\n" + A + "\r\n\"" + giant, 3L),
        Arguments.of("header with 100,000 columns", wide + "\r\n" + A + "\r\n", 1L),
        Arguments.of(
            "record with 100,000 fields", HEADER + "\r\n" + A + ",1".repeat(100_000) + "\r\n", 2L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limitCases")
  void limitsEndTheRead(String name, String csv, long line) {
    byte[] input = Payloads.utf8(csv);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          for (ReadOptions options : List.of(ReadOptions.strict(), ReadOptions.lenient())) {
            Attempt<Delivery> a = Attempt.csv(Delivery.type(), options, input);
            String what = name + " (" + options.mode() + ")";
            ReportParseException e = a.parseFailure(what);
            // Only complete records before the offending one may have been delivered (row A).
            assertEquals(List.of(R0).subList(0, (int) Math.max(0, line - 2)), a.rows, what);
            assertEquals(line, e.line(), what + ": " + e.getMessage());
            assertTrue(e.getMessage().length() < 2000, what + ": message not cut");
          }
        });
  }

  /**
   * A file cut right after a line break inside a quoted field that starts with that line break
   * (found by {@code ReaderFuzzTest.csvTokenSoup}): the quote is unterminated, so the read must
   * fail, whatever the field's position. Seen in the wild when a download stops inside a multi-line
   * last column.
   */
  @Test
  void anUnterminatedQuoteEndingInALineBreakIsDetected() {
    for (String tail : List.of("\"\r\n", "\"\n", "\"\r", "\"x\r\n\r\n", "\"\"\"\r\n")) {
      String csv = HEADER + "\r\n" + A + "\r\n" + A.replace("a@x.com", tail);
      for (ReadOptions options : List.of(ReadOptions.strict(), ReadOptions.lenient())) {
        Attempt<Delivery> a = Attempt.csv(Delivery.type(), options, Payloads.utf8(csv));
        String what =
            "last field "
                + tail.replace("\r", "\\r").replace("\n", "\\n")
                + " ("
                + options.mode()
                + "): "
                + a;
        ReportParseException e = a.parseFailure(what);
        assertTrue(e.problem().contains("unterminated"), what);
        assertEquals(3, e.line(), what);
        assertEquals(List.of(R0), a.rows, what);
      }
    }
  }

  /** Random bytes (seeded): never anything but ReportException; a parse needs a real header. */
  @Test
  void randomBinaryFiles() {
    Random random = new Random(20240305L);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          for (int i = 0; i < 300; i++) {
            byte[] junk = new byte[random.nextInt(4096)];
            random.nextBytes(junk);
            for (ReadOptions options : List.of(ReadOptions.strict(), ReadOptions.lenient())) {
              Attempt<Delivery> a = Attempt.csv(Delivery.type(), options, junk);
              assertTrue(a.failed(), "random bytes parsed: " + a + " " + Attempt.describe(junk));
            }
          }
        });
  }
}
