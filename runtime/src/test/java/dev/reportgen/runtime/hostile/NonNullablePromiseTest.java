package dev.reportgen.runtime.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.reportgen.runtime.ParseMode;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowError;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.fixture.DeliveryStatus;
import dev.reportgen.runtime.fixture.Promised;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's promise for non-nullable columns (issue 12): no absent value becomes a silently
 * wrong one (no epoch, no 0 in a primitive, no null). For every column type, every way of sending
 * no value (JSON {@code null}, {@code ""}, the zero dates, a key left out, a positional row cut
 * before the column), every way a row arrives (JSON array rows, object rows, array rows before the
 * header, a summary's plain envelope keys, CSV) and both modes: the row is a bad row whose error
 * names the row, the column keyword, the value as sent and its input position, and says the schema
 * declares the column non-nullable; the good rows around it arrive intact.
 *
 * <p>Two outcomes differ, both documented in docs/runtime.md: a non-nullable STRING keeps {@code
 * ""} as sent (it is text, not an invented value), and a positional row cut short is a row-shape
 * error without a column (once a value is missing, the values after it are shifted, so no column
 * can be blamed).
 */
class NonNullablePromiseTest {
  /** Header order; the nullable {@code note} comes first so that no cut row is empty. */
  static final List<String> KEYWORDS =
      List.of("note", "at", "day", "count", "score", "name", "status");

  static final List<String> JSON_VALUES =
      List.of(
          "\"x\"",
          "\"2024-03-05 14:07:09\"",
          "\"2024-03-05\"",
          "7",
          "0.5",
          "\"n\"",
          "\"Delivered\"");
  static final List<String> CSV_VALUES =
      List.of("x", "2024-03-05 14:07:09", "2024-03-05", "7", "0.5", "n", "Delivered");

  static final Promised GOOD =
      new Promised(
          "x",
          Instant.parse("2024-03-05T14:07:09Z"),
          LocalDate.of(2024, 3, 5),
          7,
          0.5,
          "n",
          DeliveryStatus.DELIVERED,
          RowExtras.empty());

  static final String NO_VALUE = "row lacks a value for a column the schema declares non-nullable";

  /** A way of sending no value: as JSON and as a CSV field (null: left out), and as reported. */
  enum Absent {
    JSON_NULL("null", null, "null"),
    EMPTY("\"\"", "", ""),
    ZERO_DATETIME("\"0000-00-00 00:00:00\"", "0000-00-00 00:00:00", "0000-00-00 00:00:00"),
    ZERO_DATE("\"0000-00-00\"", "0000-00-00", "0000-00-00"),
    MISSING(null, null, "(missing)");

    final String json;
    final String csv;
    final String sent;

    Absent(String json, String csv, String sent) {
      this.json = json;
      this.csv = csv;
      this.sent = sent;
    }
  }

  enum Layout {
    ARRAY_ROWS,
    OBJECT_ROWS,
    ROWS_BEFORE_HEADER,
    SUMMARY_KEYS,
    CSV;

    boolean positional() {
      return this == ARRAY_ROWS || this == ROWS_BEFORE_HEADER || this == CSV;
    }
  }

  /** A line of a document, and where in it the value under test (or the row's end) is. */
  record Line(String text, int at) {}

  record Case(Layout layout, String column, Absent absent, ParseMode mode) {
    int index() {
      return KEYWORDS.indexOf(column);
    }

    boolean applies() {
      boolean dateColumn = column.equals("at") || column.equals("day");
      boolean zero = absent == Absent.ZERO_DATE || absent == Absent.ZERO_DATETIME;
      return !(zero && !dateColumn) && !(layout == Layout.CSV && absent == Absent.JSON_NULL);
    }

    ReportType<Promised> type() {
      return layout == Layout.SUMMARY_KEYS ? Promised.summary() : Promised.rows();
    }

    /** The one outcome the documented exception gives: {@code ""} kept in a STRING column. */
    boolean keepsText() {
      return column.equals("name") && absent == Absent.EMPTY;
    }

    Line badRow() {
      return row(layout, index(), layout == Layout.CSV ? absent.csv : absent.json);
    }

    String goodRow() {
      return row(layout, -1, null).text();
    }

    byte[] document() {
      String header = "[\"" + String.join("\",\"", KEYWORDS) + "\"]";
      String text =
          switch (layout) {
            case ARRAY_ROWS ->
                "{\"success\":1,\"header\":"
                    + header
                    + ",\"rows\":[\n"
                    + goodRow()
                    + ",\n"
                    + badRow().text()
                    + ",\n"
                    + goodRow()
                    + "\n]}";
            case OBJECT_ROWS ->
                "{\"success\":1,\"rows\":[\n"
                    + goodRow()
                    + ",\n"
                    + badRow().text()
                    + ",\n"
                    + goodRow()
                    + "\n]}";
            case ROWS_BEFORE_HEADER ->
                "{\"rows\":[\n"
                    + goodRow()
                    + ",\n"
                    + badRow().text()
                    + ",\n"
                    + goodRow()
                    + "\n],\"header\":"
                    + header
                    + ",\"success\":1}";
            case SUMMARY_KEYS ->
                "{\"success\":1,\"data\":{\n" + String.join(",\n", keyLines()) + "\n}}";
            case CSV ->
                String.join(",", KEYWORDS)
                    + "\n"
                    + goodRow()
                    + "\n"
                    + badRow().text()
                    + "\n"
                    + goodRow()
                    + "\n";
          };
      return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A summary's row as plain keys, one per line (the key under test left out when missing). */
    List<String> keyLines() {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < KEYWORDS.size(); i++) {
        String value = i == index() ? absent.json : JSON_VALUES.get(i);
        if (value != null) {
          lines.add("\"" + KEYWORDS.get(i) + "\":" + value);
        }
      }
      return lines;
    }

    /** The bad row's error, or null when the row is good after all. */
    RowError expectedError() {
      if (keepsText()) {
        return null;
      }
      if (layout == Layout.SUMMARY_KEYS) {
        List<String> lines = keyLines();
        int line = lines.size() + 2; // after the opening line; the closing "}}" when missing
        int lineColumn = 1;
        if (absent != Absent.MISSING) {
          line = 2 + index();
          lineColumn = lines.get(index()).indexOf(':') + 2;
        }
        return new RowError(0, column, absent.sent, line, lineColumn, NO_VALUE);
      }
      Line bad = badRow();
      long lineColumn = layout == Layout.CSV ? -1 : bad.at() + 1;
      if (absent == Absent.MISSING && layout.positional()) {
        String shape =
            layout == Layout.CSV
                ? "record has " + index() + " fields"
                : "row has " + index() + " values";
        if (layout == Layout.ROWS_BEFORE_HEADER) {
          lineColumn = 2; // a buffered row is placed at its first value
        }
        return new RowError(
            1,
            null,
            null,
            3,
            lineColumn,
            shape + " but the header has " + KEYWORDS.size() + " columns");
      }
      return new RowError(1, column, absent.sent, 3, lineColumn, NO_VALUE);
    }

    List<Promised> goodRows() {
      if (layout == Layout.SUMMARY_KEYS) {
        return keepsText() ? List.of(withEmptyName()) : List.of();
      }
      return keepsText() ? List.of(GOOD, withEmptyName(), GOOD) : List.of(GOOD, GOOD);
    }

    @Override
    public String toString() {
      return layout + " " + column + " " + absent + " " + mode;
    }
  }

  /**
   * A row in {@code layout} with good values, except at {@code target}: {@code value} there, and
   * when it is null the key left out (keyed layouts) or the row cut before it (positional ones).
   * {@code at} is where the value at {@code target} starts, or the row's closing bracket or brace
   * when there is none.
   */
  static Line row(Layout layout, int target, String value) {
    boolean csv = layout == Layout.CSV;
    List<String> values = csv ? CSV_VALUES : JSON_VALUES;
    StringBuilder s = new StringBuilder(csv ? "" : layout.positional() ? "[" : "{");
    int at = -1;
    boolean first = true;
    for (int i = 0; i < KEYWORDS.size(); i++) {
      if (i == target && value == null) {
        if (layout.positional()) {
          break;
        }
        continue;
      }
      if (!first) {
        s.append(',');
      }
      first = false;
      if (!layout.positional()) {
        s.append('"').append(KEYWORDS.get(i)).append("\":");
      }
      if (i == target) {
        at = s.length();
      }
      s.append(i == target ? value : values.get(i));
    }
    if (at < 0) {
      at = s.length();
    }
    s.append(csv ? "" : layout.positional() ? "]" : "}");
    return new Line(s.toString(), at);
  }

  static Promised withEmptyName() {
    return new Promised(
        GOOD.note(),
        GOOD.at(),
        GOOD.day(),
        GOOD.count(),
        GOOD.score(),
        "",
        GOOD.status(),
        RowExtras.empty());
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (Layout layout : Layout.values()) {
      for (String column : KEYWORDS.subList(1, KEYWORDS.size())) {
        for (Absent absent : Absent.values()) {
          for (ParseMode mode : ParseMode.values()) {
            Case c = new Case(layout, column, absent, mode);
            if (c.applies()) {
              cases.add(c);
            }
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void noAbsentValueBecomesAValue(Case c) {
    ReadOptions options =
        c.mode() == ParseMode.STRICT ? ReadOptions.strict() : ReadOptions.lenient();
    byte[] input = c.document();
    List<Attempt.Format> formats =
        c.layout() == Layout.CSV
            ? List.of(Attempt.Format.CSV)
            : List.of(Attempt.Format.JSON_BYTES, Attempt.Format.JSON_STREAM);
    RowError expected = c.expectedError();
    for (Attempt.Format format : formats) {
      Attempt<Promised> a = Attempt.run(c.type(), options, format, input);
      String what = c + " " + format + " in " + Attempt.describe(input);
      if (expected == null) {
        assertNull(a.failure, what);
        assertEquals(c.goodRows(), a.rows, what);
        assertEquals(List.of(), a.errors, what);
      } else if (c.mode() == ParseMode.STRICT) {
        ReportParseException e = a.parseFailure(what);
        assertEquals(expected, RowError.of(e), what + ": " + e.getMessage());
        assertEquals(c.goodRows().subList(0, (int) expected.row()), a.rows, what);
      } else {
        assertNull(a.failure, what);
        assertEquals(c.goodRows(), a.rows, what + ": exactly the good rows, intact");
        assertEquals(List.of(expected), a.errors, what);
      }
    }
  }
}
