package dev.reportgen.runtime.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportErrorResponseException;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.RowError;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.DeliveryStatus;
import dev.reportgen.runtime.fixture.SecureLineCode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written corpus of malformed JSON responses in {@code src/test/resources/hostile/json}.
 * Every file has exactly one expectation below (and every expectation a file); each names the
 * outcome in strict mode and in lenient mode, with the position the exception must carry. Positions
 * were checked by hand against the files (1-based line and column of the offending token).
 */
class JsonCorpusTest {
  static final String DIR = "/hostile/json/";

  /** The two rows most corpus files are built from (as in the envelope tests). */
  static final Delivery R0 =
      new Delivery(
          Instant.parse("2024-03-05T14:07:09Z"),
          LocalDate.of(2024, 3, 5),
          DeliveryStatus.DELIVERED,
          SecureLineCode.ENCRYPTED,
          1234,
          3L,
          0.5,
          0.25,
          "a@x.com",
          "Hi",
          null,
          RowExtras.empty());

  static final Delivery R1 =
      new Delivery(
          Instant.parse("2023-12-31T23:59:59Z"),
          null,
          DeliveryStatus.POST_DELIVERY_HARD_FAIL,
          SecureLineCode.OPTED_OUT,
          0,
          null,
          10.0,
          null,
          "b@y.org",
          null,
          null,
          RowExtras.empty());

  /** What a file must give. */
  interface Expect {}

  /**
   * Ends the read in both modes with ReportParseException after {@code rowsBefore} good rows; line
   * and column -1 mean "unknown" (asserted so: a position the runtime cannot know must not be
   * invented).
   */
  record Fatal(List<Delivery> rowsBefore, String problem, long row, long line, long column)
      implements Expect {}

  /** Strict: ReportParseException at the first bad row; lenient: the good rows and the errors. */
  record BadRows(List<Delivery> good, List<RowError> errors) implements Expect {}

  /** Valid input after all: the full result in both modes. */
  record Valid(List<Delivery> rows) implements Expect {}

  /** The server's own failure: ReportErrorResponseException with this message. */
  record Failure(String message) implements Expect {}

  static final Map<String, Expect> CASES = new LinkedHashMap<>();

  static void fatal(
      String file, List<Delivery> before, String problem, long row, long line, long column) {
    CASES.put(file, new Fatal(before, problem, row, line, column));
  }

  static RowError err(long row, String column, String value, long line, long col, String msg) {
    return new RowError(row, column, value, line, col, msg);
  }

  static {
    List<Delivery> none = List.of();
    List<Delivery> both = List.of(R0, R1);
    // Empty and non-JSON bodies.
    fatal("empty.json", none, "empty input", -1, -1, -1);
    fatal("whitespace-only.json", none, "empty input", -1, -1, -1);
    fatal("html-502-bad-gateway.json", none, "malformed JSON: Unexpected character ('<'", -1, 1, 1);
    fatal(
        "html-login-page-doctype.json",
        none,
        "malformed JSON: Unexpected character ('<'",
        -1,
        1,
        1);
    fatal(
        "html-after-utf8-bom.json",
        none,
        "malformed JSON: Unexpected character ('<'",
        -1,
        1,
        4); // columns count bytes: the BOM is 3
    fatal(
        "top-level-string.json",
        none,
        "expected a JSON object or array, got VALUE_STRING",
        -1,
        1,
        1);
    fatal(
        "top-level-number.json",
        none,
        "expected a JSON object or array, got VALUE_NUMBER_INT",
        -1,
        1,
        1);
    fatal("top-level-null.json", none, "expected a JSON object or array, got VALUE_NULL", -1, 1, 1);
    // Trailing garbage: the rows before it are complete, the read still fails.
    fatal(
        "trailing-html-comment.json", both, "malformed JSON: Unexpected character ('<'", -1, 6, 1);
    fatal("trailing-second-document.json", both, "trailing content after the response", -1, 6, 1);
    fatal("trailing-extra-brace.json", both, "Unexpected close marker '}'", -1, 5, 4);
    fatal("trailing-nul-bytes.json", both, "Illegal character ((CTRL-CHAR, code 0))", -1, 5, 5);
    // Unbalanced brackets.
    fatal("unbalanced-missing-closers.json", both, "Unexpected end-of-input", -1, 5, 1);
    fatal(
        "unbalanced-extra-bracket-in-rows.json",
        List.of(R0),
        "was expecting double-quote",
        -1,
        4,
        1);
    fatal("unbalanced-mismatched-closer.json", both, "Unexpected close marker '}'", -1, 5, 1);
    fatal("unbalanced-row-closed-by-brace.json", none, "Unexpected close marker '}'", 0, 3, 81);
    fatal("unbalanced-only-openers.json", none, "Unexpected end-of-input", -1, 1, 5);
    fatal("unbalanced-only-closers.json", none, "Unexpected close marker ']'", -1, 1, 1);
    // JSON syntax jackson must not relax.
    fatal("syntax-comment.json", none, "Unexpected character ('/'", -1, 1, 14);
    fatal("syntax-single-quotes.json", none, "Unexpected character ('''", -1, 1, 2);
    fatal("syntax-nan.json", none, "Non-standard token 'NaN'", 0, 3, 61);
    fatal("syntax-leading-zero.json", none, "Leading zeroes not allowed", 0, 3, 52);
    fatal(
        "syntax-raw-control-char.json",
        none,
        "Illegal unquoted character ((CTRL-CHAR, code 9))",
        -1,
        3,
        81);
    fatal("syntax-trailing-comma.json", both, "Unexpected character (']'", -1, 5, 1);
    fatal("syntax-missing-comma-between-rows.json", List.of(R0), "was expecting comma", -1, 4, 1);
    fatal("syntax-bad-escape.json", none, "Unrecognized character escape 'x'", -1, 3, 83);
    // Invalid UTF-8.
    fatal("utf8-bad-continuation.json", none, "Invalid UTF-8 middle byte 0x28", -1, 3, 82);
    fatal("utf8-lone-continuation-bytes.json", none, "Invalid UTF-8 start byte 0x80", -1, 3, 79);
    fatal("utf8-five-byte-sequence.json", none, "Invalid UTF-8 start byte 0xf8", -1, 3, 79);
    fatal("utf8-latin1-in-key.json", List.of(R0), "Invalid UTF-8", -1, 4, 13);
    // C0 AF is an overlong '/', ED A0 80 an encoded surrogate: both are invalid UTF-8
    // (RFC 3629 section 3) and must not be decoded into text.
    fatal("utf8-overlong.json", none, "UTF-8", -1, 3, -2);
    fatal("utf8-encoded-surrogate.json", none, "UTF-8", -1, 3, -2);
    fatal("utf16-garbage.json", none, "no report in the response", -1, -1, -1);
    // Wrong structure around the rows.
    fatal(
        "wrong-token-header-string.json",
        none,
        "'header' must be a list of columns, got VALUE_STRING",
        -1,
        1,
        31);
    fatal(
        "wrong-token-header-object.json",
        none,
        "'header' must be a list of columns, got START_OBJECT",
        -1,
        1,
        31);
    fatal(
        "wrong-token-header-entry-number.json",
        none,
        "a header entry must be a column name",
        -1,
        1,
        50);
    fatal(
        "wrong-token-header-entry-array.json",
        none,
        "a header entry must be a column name",
        -1,
        1,
        44);
    fatal("wrong-token-header-entry-without-name.json", none, "has no 'name'", -1, 1, 50);
    fatal("structure-two-headers.json", both, "two headers", -1, 5, 12);
    fatal(
        "structure-two-row-lists.json",
        List.of(R0),
        "two row lists ('rows' and 'records')",
        -1,
        4,
        11);
    fatal(
        "structure-rows-keyed-by-row-number.json",
        none,
        "'rows' is an object keyed by row number (key '0')",
        -1,
        2,
        5);
    fatal(
        "structure-array-rows-without-header.json",
        none,
        "no header to name their columns",
        0,
        -1,
        -1);
    fatal(
        "structure-header-lacks-required-column.json",
        none,
        "lacks non-nullable column 'date_sent'",
        -1,
        1,
        31);
    fatal("structure-header-duplicate-name.json", none, "names column 'size' twice", -1, 1, 31);
    fatal("structure-bad-success-flag.json", none, "'success' must be 1", -1, 1, 12);
    fatal(
        "structure-bad-count.json", none, "count 'total_matches' is not a whole number", -1, 1, 30);
    fatal("structure-no-report.json", none, "no report in the response", -1, -1, -1);
    // Wrong token or type where a row or value belongs: a bad row, skipped in lenient mode.
    CASES.put(
        "wrong-token-scalar-rows.json",
        new BadRows(
            both,
            List.of(
                err(
                    1,
                    null,
                    "not a row",
                    4,
                    1,
                    "expected a row (array or object), got VALUE_STRING"),
                err(
                    2,
                    null,
                    "42",
                    5,
                    1,
                    "expected a row (array or object), got VALUE_NUMBER_INT"))));
    CASES.put(
        "wrong-token-object-row-among-array-rows.json",
        new BadRows(
            both,
            List.of(
                err(
                    2,
                    "date_sent",
                    "1",
                    5,
                    2,
                    "expected a DATETIME text (YYYY-MM-DD HH:MM:SS), got a number"))));
    CASES.put(
        "wrong-token-nested-value.json",
        new BadRows(
            List.of(R1),
            List.of(err(0, "size", null, 3, 60, "expected a value, got an array or object"))));
    CASES.put(
        "wrong-type-integer-text.json",
        new BadRows(List.of(R1), List.of(err(0, "size", "twelve", 3, 51, "not a number"))));
    CASES.put(
        "wrong-type-datetime-format.json",
        new BadRows(
            List.of(R1),
            List.of(
                err(
                    0,
                    "date_sent",
                    "05/03/2024 14:07",
                    3,
                    2,
                    "not a DATETIME (YYYY-MM-DD HH:MM:SS)"))));
    CASES.put(
        "wrong-type-float-overflow.json",
        new BadRows(
            List.of(R1),
            List.of(err(0, "spam_score", "1e400", 3, 58, "number out of the double range"))));
    CASES.put(
        "wrong-type-integer-overflow.json",
        new BadRows(
            List.of(R1),
            List.of(
                err(0, "size", "99999999999999999999", 3, 51, "integer out of the 64-bit range"))));
    CASES.put(
        "structure-ragged-array-rows.json",
        new BadRows(
            List.of(R1),
            List.of(
                err(0, null, null, 3, 76, "row has 9 values but the header has 10 columns"),
                err(2, null, null, 5, 82, "row has more values than the header's 10 columns"))));
    CASES.put(
        "structure-object-rows-duplicate-and-missing.json",
        new BadRows(
            List.of(),
            List.of(
                err(
                    0,
                    "size",
                    null,
                    2,
                    52,
                    "key 'size' given twice in one row (or in two spellings)"),
                err(
                    1,
                    "size",
                    "(missing)",
                    3,
                    63,
                    "row lacks a value for a column the schema declares non-nullable"))));
    // Valid after all.
    CASES.put("valid-utf16be.json", new Valid(both));
    CASES.put("error-response.json", new Failure("Invalid signature"));
  }

  static Stream<Arguments> files() {
    return CASES.keySet().stream().map(Arguments::of);
  }

  @Test
  void everyCorpusFileHasAnExpectation() throws IOException {
    Set<String> onDisk = new TreeSet<>(CorpusFiles.list(DIR));
    assertEquals(
        new TreeSet<>(CASES.keySet()),
        onDisk,
        "files in src/test/resources" + DIR + " and expectations in " + getClass().getSimpleName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void corpusFile(String file) {
    byte[] input = CorpusFiles.read(DIR + file);
    Expect expect = CASES.get(file);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          for (Attempt.Format format :
              List.of(Attempt.Format.JSON_BYTES, Attempt.Format.JSON_STREAM)) {
            Attempt<Delivery> strict =
                Attempt.run(Delivery.type(), ReadOptions.strict(), format, input);
            Attempt<Delivery> lenient =
                Attempt.run(Delivery.type(), ReadOptions.lenient(), format, input);
            String what = file + " (" + format + ")";
            check(what, expect, strict, lenient);
          }
        });
  }

  static void check(
      String what, Expect expect, Attempt<Delivery> strict, Attempt<Delivery> lenient) {
    if (expect instanceof Fatal f) {
      for (Attempt<Delivery> a : List.of(strict, lenient)) {
        ReportParseException e = a.parseFailure(what);
        assertTrue(e.problem().contains(f.problem()), what + ": " + e.getMessage());
        assertEquals(f.rowsBefore(), a.rows, what + ": rows before the failure");
        assertEquals(List.of(), a.errors, what + ": a fatal error is not a skipped row");
        assertEquals(f.row(), e.row(), what + ": row of " + e.getMessage());
        if (f.column() == -2) {
          assertEquals(f.line(), e.line(), what + ": line of " + e.getMessage());
        } else {
          assertEquals(
              List.of(f.line(), f.column()),
              List.of(e.line(), e.lineColumn()),
              what + ": line and column of " + e.getMessage());
        }
      }
    } else if (expect instanceof BadRows b) {
      RowError first = b.errors().get(0);
      ReportParseException e = strict.parseFailure(what + " strict");
      assertEquals(first, RowError.of(e), what + ": strict error");
      assertEquals(b.good().stream().limit(strict.rows.size()).toList(), strict.rows);
      assertNull(lenient.failure, what + " lenient");
      assertEquals(b.good(), lenient.rows, what + ": lenient rows");
      assertEquals(b.errors(), lenient.errors, what + ": lenient errors");
    } else if (expect instanceof Valid v) {
      assertNull(strict.failure, what);
      assertNull(lenient.failure, what);
      assertEquals(v.rows(), strict.rows, what);
      assertEquals(v.rows(), lenient.rows, what);
    } else if (expect instanceof Failure f) {
      for (Attempt<Delivery> a : List.of(strict, lenient)) {
        ReportErrorResponseException e =
            assertInstanceOf(ReportErrorResponseException.class, a.failure, what);
        assertEquals(f.message(), e.serverMessage(), what);
      }
    }
  }
}
