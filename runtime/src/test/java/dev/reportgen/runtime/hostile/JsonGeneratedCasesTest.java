package dev.reportgen.runtime.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.RowError;
import dev.reportgen.runtime.fixture.Delivery;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile JSON too big to keep as files: deep nesting, numbers of a thousand digits, huge strings,
 * a header with 100,000 columns. Each must end in {@link ReportParseException} from a limit (in
 * bounded time and memory) or, where the input is valid and within the limits, in the full result.
 */
class JsonGeneratedCasesTest {
  static final String H = Payloads.jsonHeader();
  static final String ROW0 = Payloads.arrayRow(Payloads.rows(1).get(0));
  static final Delivery EXPECTED0 = Payloads.rows(1).get(0).expected();

  /** A valid response with one extra key {@code key} holding {@code value} (raw JSON). */
  static String withExtraKey(String key, String value) {
    return "{\"success\":1,"
        + Payloads.str(key)
        + ":"
        + value
        + ",\"data\":{\"header\":"
        + H
        + ",\n\"rows\":[\n"
        + ROW0
        + "\n]}}";
  }

  /** A valid response whose single row has {@code value} (raw JSON) in column {@code name}. */
  static String withValue(String name, String value) {
    Payloads.WireRow r = Payloads.rows(1).get(0);
    StringBuilder row = new StringBuilder("[");
    for (int i = 0; i < Payloads.JSON_HEADER.size(); i++) {
      String n = Payloads.JSON_HEADER.get(i);
      row.append(i > 0 ? "," : "").append(n.equals(name) ? value : r.json(n));
    }
    row.append(']');
    return "{\"success\":1,\"data\":{\"header\":"
        + H
        + ",\n\"rows\":[\n"
        + row
        + ",\n"
        + ROW0
        + "\n]}}";
  }

  static String nested(int depth, String open, String close, String inner) {
    return open.repeat(depth) + inner + close.repeat(depth);
  }

  static String digits(int n) {
    StringBuilder s = new StringBuilder("9");
    for (int i = 1; i < n; i++) {
      s.append((char) ('0' + i % 10));
    }
    return s.toString();
  }

  static final String HUGE = "x".repeat(ReadOptions.DEFAULT_MAX_STRING_LENGTH + 1);

  /**
   * Cases that exceed a limit: fatal in both modes, with the limit named in the problem. The second
   * argument says which words the problem must contain.
   */
  static Stream<Arguments> limitCases() {
    return Stream.of(
        Arguments.of(
            "nesting 100,000 deep in an ignored key",
            withExtraKey("debug", nested(100_000, "[", "]", "1")),
            "nesting depth"),
        Arguments.of(
            "nesting 100,000 deep of objects in an ignored key",
            withExtraKey("debug", nested(100_000, "{\"a\":", "}", "1")),
            "nesting depth"),
        Arguments.of(
            "nesting 65 deep in a row value",
            withValue("subject", nested(65, "[", "]", "")),
            "nesting depth"),
        Arguments.of(
            "top-level nesting 1,000,000 deep, unclosed", "[".repeat(1_000_000), "nesting depth"),
        Arguments.of(
            "1000-digit integer in a row", withValue("size", digits(1000)), "Number value length"),
        Arguments.of(
            "1000-digit integer in an ignored key",
            withExtraKey("n", digits(1000)),
            "Number value length"),
        Arguments.of(
            "1000-digit fraction in a row",
            withValue("spam_score", "0." + digits(1000)),
            "Number value length"),
        Arguments.of(
            "1000-digit exponent in a row",
            withValue("spam_score", "1e" + digits(1000)),
            "Number value length"),
        Arguments.of(
            "1000-digit count",
            "{\"success\":1,\"total_matches\":" + digits(1000) + "}",
            "Number value length"),
        Arguments.of(
            "1 MiB + 1 string in a row",
            withValue("subject", Payloads.str(HUGE)),
            "String value length"),
        Arguments.of("1 MiB + 1 key name", withExtraKey(HUGE, "1"), "Name length"),
        Arguments.of(
            "1 MiB + 1 header name",
            "{\"success\":1,\"header\":[" + Payloads.str(HUGE) + "],\"rows\":[]}",
            "String value length"),
        Arguments.of(
            "1 MiB + 1 comment",
            "{\"success\":1,\"comment\":" + Payloads.str(HUGE) + "}",
            "String value length"),
        Arguments.of(
            "header with 100,000 columns",
            "{\"success\":1,\"header\":" + header(100_000) + ",\"rows\":[]}",
            "more than 1024 columns"),
        Arguments.of(
            "object row with 100,000 keys",
            "{\"success\":1,\"rows\":[" + objectRow(100_000) + "]}",
            "maxColumns"),
        Arguments.of(
            "summary keys: 100,000 keys of the response",
            "{\"success\":1," + objectRow(100_000).substring(1),
            "maxColumns"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limitCases")
  void limitsEndTheRead(String name, String json, String problem) {
    byte[] input = Payloads.utf8(json);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          for (ReadOptions options : List.of(ReadOptions.strict(), ReadOptions.lenient())) {
            for (Attempt.Format format :
                List.of(Attempt.Format.JSON_BYTES, Attempt.Format.JSON_STREAM)) {
              Attempt<?> a =
                  name.startsWith("summary")
                      ? Attempt.run(
                          dev.reportgen.runtime.fixture.Totals.type(), options, format, input)
                      : Attempt.run(Delivery.type(), options, format, input);
              String what = name + " (" + options.mode() + ", " + format + ")";
              if (options.isLenient() && name.startsWith("object row") && !a.failed()) {
                // Too many keys in one object row is that row's shape: lenient mode may skip the
                // row (bounded: the rest of it is skipped unread) and list it.
                assertEquals(List.of(), a.rows, what);
                assertEquals(1, a.errors.size(), what);
                assertEquals(0, a.errors.get(0).row(), what);
                assertTrue(a.errors.get(0).message().contains(problem), what + ": " + a.errors);
                continue;
              }
              ReportParseException e = a.parseFailure(what);
              assertTrue(e.problem().contains(problem), what + ": " + e.getMessage());
              assertTrue(
                  e.line() >= 1 || e.problem().contains("columns"),
                  what + ": no line: " + e.getMessage());
              assertEquals(List.of(), a.errors, what + ": a limit is not a skipped row");
              assertTrue(
                  e.getMessage().length() < 2000,
                  what
                      + ": message of "
                      + e.getMessage().length()
                      + " chars: the offending value must be cut");
            }
          }
        });
  }

  static String header(int columns) {
    StringBuilder s = new StringBuilder(H.substring(0, H.length() - 1));
    for (int i = 0; i < columns - Payloads.JSON_HEADER.size(); i++) {
      s.append(",\"c").append(i).append('"');
    }
    return s.append(']').toString();
  }

  static String objectRow(int keys) {
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < keys; i++) {
      s.append(i > 0 ? "," : "").append("\"k").append(i).append("\":").append(i);
    }
    return s.append('}').toString();
  }

  /** Big but valid input within raised limits parses completely, extras included. */
  @Test
  void aHeaderOf100000ColumnsParsesWhenTheLimitAllowsIt() {
    int columns = 100_000;
    StringBuilder row = new StringBuilder(ROW0.substring(0, ROW0.length() - 1));
    for (int i = 0; i < columns - Payloads.JSON_HEADER.size(); i++) {
      row.append(',').append(i);
    }
    row.append(']');
    String json =
        "{\"success\":1,\"header\":" + header(columns) + ",\"rows\":[" + row + "," + row + "]}";
    ReadOptions options = ReadOptions.lenient().withMaxColumns(columns);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          Attempt<Delivery> a = Attempt.json(Delivery.type(), options, Payloads.utf8(json));
          assertNull(a.failure, String.valueOf(a.failure));
          assertEquals(2, a.rows.size());
          assertEquals(columns, a.header.size());
          for (Delivery d : a.rows) {
            assertEquals(columns - Payloads.JSON_HEADER.size(), d.extras().columns().size());
            assertEquals("99989", d.extras().columns().get("c99989"));
            assertEquals(EXPECTED0, CsvTruncationTest.withExtras(d, EXPECTED0.extras()));
          }
          // One column more than allowed: the limit, not a partial header.
          Attempt<Delivery> over =
              Attempt.json(
                  Delivery.type(), options.withMaxColumns(columns - 1), Payloads.utf8(json));
          assertTrue(over.parseFailure("99,999 allowed").problem().contains("columns"));
        });
  }

  /** Values just inside the limits are read exactly. */
  @Test
  void valuesAtTheLimitsAreRead() {
    String longest = "y".repeat(ReadOptions.DEFAULT_MAX_STRING_LENGTH);
    Attempt<Delivery> a =
        Attempt.json(
            Delivery.type(),
            ReadOptions.strict(),
            Payloads.utf8(withValue("subject", Payloads.str(longest))));
    assertNull(a.failure, String.valueOf(a.failure));
    assertEquals(longest, a.rows.get(0).subject());
    assertEquals(2, a.rows.size());
    String deep = withExtraKey("debug", nested(60, "[", "]", "1"));
    assertEquals(
        List.of(EXPECTED0),
        Attempt.json(Delivery.type(), ReadOptions.strict(), Payloads.utf8(deep)).rows);
    // A 100-digit number (the default limit) is a valid token; as an integer it overflows:
    // a bad row, skipped in lenient mode, with its position.
    String big = withValue("size", digits(100));
    Attempt<Delivery> lenient =
        Attempt.json(Delivery.type(), ReadOptions.lenient(), Payloads.utf8(big));
    assertNull(lenient.failure, String.valueOf(lenient.failure));
    assertEquals(List.of(EXPECTED0), lenient.rows);
    RowError e = lenient.errors.get(0);
    assertEquals(List.of(0L, "size", 3L), List.of(e.row(), e.column(), e.line()));
    assertTrue(e.lineColumn() > 1, e.toString());
  }

  /** A numeric string of 1000 digits where a number belongs: the number limit applies too. */
  @Test
  void aThousandDigitNumericStringIsABadValue() {
    String json = withValue("size", Payloads.str(digits(1000)));
    Attempt<Delivery> strict =
        Attempt.json(Delivery.type(), ReadOptions.strict(), Payloads.utf8(json));
    ReportParseException e = strict.parseFailure("1000-digit string in an INTEGER column");
    assertEquals(List.of(0L, "size", 3L), List.of(e.row(), e.column(), e.line()), e.getMessage());
    assertTrue(e.value().length() < 200, "value must be cut: " + e.value().length());
    Attempt<Delivery> lenient =
        Attempt.json(Delivery.type(), ReadOptions.lenient(), Payloads.utf8(json));
    assertEquals(List.of(EXPECTED0), lenient.rows);
    assertEquals(1, lenient.errors.size());
  }

  /** Rows before the header are buffered up to a limit; one more ends the read. */
  @Test
  void tooManyRowsBeforeTheHeader() {
    List<Payloads.WireRow> rows = Payloads.rows(11);
    byte[] json = Payloads.utf8(Payloads.headerAfterRowsLayout(rows));
    ReadOptions ten = ReadOptions.strict().withMaxBufferedRowsBeforeHeader(10);
    ReportParseException e =
        Attempt.json(Delivery.type(), ten, json).parseFailure("11 rows, 10 allowed");
    assertTrue(e.problem().contains("maxBufferedRowsBeforeHeader"), e.getMessage());
    assertEquals(
        Payloads.expected(rows),
        Attempt.json(Delivery.type(), ten.withMaxBufferedRowsBeforeHeader(11), json).rows);
  }

  /** gzip that inflates to megabytes of whitespace ends (in bounded time) in "empty input". */
  @Test
  void aGzipOfWhitespaceIsEmpty() throws Exception {
    byte[] bomb = JsonTruncationTest.gzip(new byte[8 << 20]);
    java.util.Arrays.fill(bomb, 0, 0, (byte) 0);
    byte[] spaces = JsonTruncationTest.gzip(" ".repeat(8 << 20).getBytes());
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          ReportParseException e =
              Attempt.json(Delivery.type(), ReadOptions.strict(), spaces)
                  .parseFailure("8 MiB of spaces");
          assertTrue(e.problem().contains("empty"), e.getMessage());
          Attempt.json(Delivery.type(), ReadOptions.strict(), bomb)
              .parseFailure("8 MiB of NUL bytes");
        });
  }

  static <T> Function<T, T> id() {
    return t -> t;
  }
}
