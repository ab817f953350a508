package dev.reportgen.runtime.internal;

import static dev.reportgen.runtime.internal.ValueKind.FALSE;
import static dev.reportgen.runtime.internal.ValueKind.FLOAT;
import static dev.reportgen.runtime.internal.ValueKind.INT;
import static dev.reportgen.runtime.internal.ValueKind.NESTED;
import static dev.reportgen.runtime.internal.ValueKind.NULL;
import static dev.reportgen.runtime.internal.ValueKind.STRING;
import static dev.reportgen.runtime.internal.ValueKind.TRUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.WireEnum;
import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.DeliveryStatus;
import dev.reportgen.runtime.fixture.SecureLineCode;
import dev.reportgen.runtime.spi.Cell;
import dev.reportgen.runtime.spi.EnumLookup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link Cell} contract, method by method and value kind by value kind, on the cell over text
 * in memory ({@link TextCell}: every CSV field, and JSON values buffered before the header): what
 * each kind decodes to, absent (null, empty, the zero date) against present, and the exact problem,
 * column, value and position of every refusal.
 */
class BaseCellTest {
  private static final long ROW = 7;
  private static final long LINE = 12;
  private static final long LINE_COLUMN = 34;
  private static final String NO_VALUE =
      "row lacks a value for a column the schema declares non-nullable";

  /** Delivery's columns: the cell reads the value of one of them. */
  private static final int DATE_SENT = 0;

  private static final int STATUS = 2;
  private static final int SECURELINE = 3;
  private static final int SIZE = 4;

  private final RowState<Delivery> row = new RowState<>(Delivery.type());
  private final TextCell cell = new TextCell(row, 100);

  @BeforeEach
  void startRow() {
    row.begin(ROW);
  }

  /**
   * The cell at {@code column}, for a value of {@code kind} with {@code text}, held inside a larger
   * array whose neighbouring chars would change the value if they were read.
   */
  private Cell at(int column, int kind, String text) {
    char[] chars = ("9-" + text + "5").toCharArray();
    return cell.at(column, kind, chars, 2, text.length(), LINE, LINE_COLUMN);
  }

  private Cell at(int kind, String text) {
    return at(SIZE, kind, text);
  }

  /** The refusal of {@code read}, checked for its problem, column, value and position. */
  private static void assertRefused(
      String problem, String column, String value, Cell cell, Function<Cell, Object> read) {
    ReportParseException e = assertThrows(ReportParseException.class, () -> read.apply(cell));
    assertEquals(problem, e.problem());
    assertEquals(ROW, e.row());
    assertEquals(column, e.column());
    assertEquals(value, e.value());
    assertEquals(LINE, e.line());
    assertEquals(LINE_COLUMN, e.lineColumn());
  }

  private void assertRefused(int kind, String text, String problem, Function<Cell, Object> read) {
    assertRefused(problem, "size", kind == NESTED ? null : text, at(kind, text), read);
  }

  /** The raw texts the row keeps for unknown enum values, by column keyword. */
  private Map<String, String> rawValues() {
    return row.build().extras().rawValues();
  }

  @Test
  void int64() {
    assertEquals(42L, at(INT, "42").int64());
    assertEquals(Long.MIN_VALUE, at(INT, "-9223372036854775808").int64());
    assertEquals(42L, at(STRING, "42").int64());
    assertEquals(-5L, at(STRING, "-5.0").int64());
    assertEquals(500L, at(FLOAT, "5e2").int64());
    assertEquals(1L, at(TRUE, "true").int64());
    assertEquals(0L, at(FALSE, "false").int64());
    assertRefused(INT, "9223372036854775808", "integer out of the 64-bit range", Cell::int64);
    assertRefused(STRING, "4 2", "not a number", Cell::int64);
    assertRefused(FLOAT, "5.5", "not a whole number", Cell::int64);
    assertRefused(STRING, "", NO_VALUE, Cell::int64);
    assertRefused(NULL, "null", NO_VALUE, Cell::int64);
    assertRefused(NESTED, "[1]", "expected an integer, got an array or object", Cell::int64);
  }

  @Test
  void int64OrNull() {
    assertNull(at(NULL, "null").int64OrNull());
    assertNull(at(STRING, "").int64OrNull());
    assertEquals(7L, at(STRING, "7").int64OrNull());
    assertEquals(7L, at(INT, "7").int64OrNull());
    assertEquals(1L, at(TRUE, "true").int64OrNull());
    assertEquals(0L, at(FALSE, "false").int64OrNull());
    assertRefused(STRING, "x", "not a number", Cell::int64OrNull);
    assertRefused(NESTED, "{}", "expected an integer, got an array or object", Cell::int64OrNull);
  }

  @Test
  void float64() {
    assertEquals(3.0, at(INT, "3").float64());
    assertEquals(2.5, at(FLOAT, "2.5").float64());
    assertEquals(-0.25, at(STRING, "-.25").float64());
    assertEquals(1e300, at(STRING, "1e300").float64());
    assertRefused(FLOAT, "1e400", "number out of the double range", Cell::float64);
    assertRefused(STRING, "-1e400", "number out of the double range", Cell::float64);
    assertRefused(STRING, "NaN", "not a number", Cell::float64);
    assertRefused(STRING, "", NO_VALUE, Cell::float64);
    assertRefused(NULL, "null", NO_VALUE, Cell::float64);
    assertRefused(TRUE, "true", "expected a number, got a boolean", Cell::float64);
    assertRefused(FALSE, "false", "expected a number, got a boolean", Cell::float64);
    assertRefused(NESTED, "[]", "expected a number, got an array or object", Cell::float64);
  }

  @Test
  void float64OrNull() {
    assertNull(at(NULL, "null").float64OrNull());
    assertNull(at(STRING, "").float64OrNull());
    assertEquals(0.5, at(STRING, "0.5").float64OrNull());
    assertEquals(5.0, at(INT, "5").float64OrNull());
    assertRefused(TRUE, "true", "expected a number, got a boolean", Cell::float64OrNull);
  }

  @Test
  void string() {
    assertEquals("x y", at(STRING, "x y").string());
    assertEquals("", at(STRING, "").string()); // a non-nullable STRING column takes ""
    assertEquals("1.50", at(FLOAT, "1.50").string());
    assertEquals("12", at(INT, "12").string());
    assertEquals("true", at(TRUE, "true").string());
    assertEquals("false", at(FALSE, "false").string());
    assertRefused(NULL, "null", NO_VALUE, Cell::string);
    assertRefused(NESTED, "[1]", "expected text, got an array or object", Cell::string);
  }

  @Test
  void stringOrNull() {
    assertNull(at(NULL, "null").stringOrNull());
    assertNull(at(STRING, "").stringOrNull());
    assertEquals(" ", at(STRING, " ").stringOrNull());
    assertEquals("-0", at(INT, "-0").stringOrNull());
    assertEquals("true", at(TRUE, "true").stringOrNull());
    assertEquals("false", at(FALSE, "false").stringOrNull());
    assertRefused(NESTED, "{}", "expected text, got an array or object", Cell::stringOrNull);
  }

  @Test
  void dateTime() {
    Instant expected = Instant.parse("2024-03-05T14:07:09Z");
    assertEquals(expected, at(STRING, "2024-03-05 14:07:09").dateTime());
    assertEquals(expected, at(STRING, "2024-03-05T14:07:09").dateTimeOrNull());
    assertNull(at(NULL, "null").dateTimeOrNull());
    assertNull(at(STRING, "").dateTimeOrNull());
    assertNull(at(STRING, "0000-00-00 00:00:00").dateTimeOrNull());
    assertNull(at(STRING, "0000-00-00").dateTimeOrNull());
    assertRefused(NULL, "null", NO_VALUE, Cell::dateTime);
    assertRefused(STRING, "", NO_VALUE, Cell::dateTime);
    assertRefused(STRING, "0000-00-00 00:00:00", NO_VALUE, Cell::dateTime);
    assertRefused(STRING, "0000-00-00", NO_VALUE, Cell::dateTime);
    assertRefused(STRING, "2024-02-30 00:00:00", "date out of range", Cell::dateTimeOrNull);
    assertRefused(STRING, "2024-03-05 24:00:00", "time of day out of range", Cell::dateTime);
    assertRefused(
        STRING, "0000-00-00 00:00:01", "zero date with a time of day", Cell::dateTimeOrNull);
    assertRefused(
        STRING, "2024-03-05", "not a DATETIME (YYYY-MM-DD HH:MM:SS)", Cell::dateTimeOrNull);
    String expectedText = "expected a DATETIME text (YYYY-MM-DD HH:MM:SS), got ";
    assertRefused(INT, "1709647629", expectedText + "a number", Cell::dateTimeOrNull);
    assertRefused(TRUE, "true", expectedText + "a boolean", Cell::dateTime);
    assertRefused(NESTED, "[]", expectedText + "an array or object", Cell::dateTime);
  }

  @Test
  void date() {
    LocalDate expected = LocalDate.of(2024, 2, 29);
    assertEquals(expected, at(STRING, "2024-02-29").date());
    assertEquals(expected, at(STRING, "2024-02-29").dateOrNull());
    assertNull(at(NULL, "null").dateOrNull());
    assertNull(at(STRING, "").dateOrNull());
    assertNull(at(STRING, "0000-00-00").dateOrNull());
    assertNull(at(STRING, "0000-00-00 00:00:00").dateOrNull());
    assertRefused(NULL, "null", NO_VALUE, Cell::date);
    assertRefused(STRING, "", NO_VALUE, Cell::date);
    assertRefused(STRING, "0000-00-00", NO_VALUE, Cell::date);
    assertRefused(STRING, "2023-02-29", "date out of range", Cell::dateOrNull);
    assertRefused(STRING, "2024-03-05 00:00:00", "not a DATE (YYYY-MM-DD)", Cell::dateOrNull);
    assertRefused(STRING, "2024-3-05", "not a DATE (YYYY-MM-DD)", Cell::date);
    assertRefused(STRING, "2024/03/05", "not a date (YYYY-MM-DD)", Cell::date);
    String expectedText = "expected a DATE text (YYYY-MM-DD), got ";
    assertRefused(FLOAT, "2024.5", expectedText + "a number", Cell::dateOrNull);
    assertRefused(FALSE, "false", expectedText + "a boolean", Cell::date);
    assertRefused(NESTED, "{}", expectedText + "an array or object", Cell::dateOrNull);
  }

  @Test
  void textEnums() {
    assertEquals(
        DeliveryStatus.DELIVERED,
        at(STATUS, STRING, "Delivered").enumValueOrNull(DeliveryStatus.LOOKUP));
    assertEquals(Map.of(), rawValues());
    assertNull(at(STATUS, STRING, "").enumValueOrNull(DeliveryStatus.LOOKUP));
    assertNull(at(STATUS, NULL, "null").enumValueOrNull(DeliveryStatus.LOOKUP));
    assertEquals(Map.of(), rawValues());
    // Wire values are matched exactly: another case, or a blank more, is a value not listed.
    assertEquals(
        DeliveryStatus.UNKNOWN,
        at(STATUS, STRING, "delivered").enumValueOrNull(DeliveryStatus.LOOKUP));
    assertEquals(Map.of("status", "delivered"), rawValues());
    assertEquals(
        DeliveryStatus.UNKNOWN, at(STATUS, STRING, "Delivered ").enumValue(DeliveryStatus.LOOKUP));
    assertEquals(Map.of("status", "Delivered "), rawValues());
    // A JSON number or boolean in a text enum column is looked up by its text.
    assertEquals(
        DeliveryStatus.UNKNOWN, at(STATUS, INT, "5").enumValueOrNull(DeliveryStatus.LOOKUP));
    assertEquals(Map.of("status", "5"), rawValues());
    assertEquals(
        DeliveryStatus.UNKNOWN, at(STATUS, TRUE, "true").enumValueOrNull(DeliveryStatus.LOOKUP));
    assertEquals(Map.of("status", "true"), rawValues());
  }

  @Test
  void absentAndNestedEnums() {
    assertRefused(
        NO_VALUE, "status", "null", at(STATUS, NULL, "null"), c -> c.enumValue(Level.LOOKUP));
    assertRefused(NO_VALUE, "status", "", at(STATUS, STRING, ""), c -> c.enumValue(Level.LOOKUP));
    assertRefused(
        "expected an enum value, got an array or object",
        "status",
        null,
        at(STATUS, NESTED, "[]"),
        c -> c.enumValueOrNull(Level.LOOKUP));
  }

  /** A text enum whose wire value looks like a number is still matched as text. */
  @Test
  void aTextEnumWithANumericWireValue() {
    assertEquals(Level.SEVEN, at(STATUS, STRING, "7").enumValueOrNull(Level.LOOKUP));
    assertEquals(Level.SEVEN, at(STATUS, INT, "7").enumValueOrNull(Level.LOOKUP));
    for (String text : new String[] {"007", "+7", "7.0", "7e0", "-7"}) {
      row.begin(ROW);
      assertEquals(Level.UNKNOWN, at(STATUS, STRING, text).enumValueOrNull(Level.LOOKUP), text);
      assertEquals(Map.of("status", text), rawValues(), text);
    }
  }

  @Test
  void integerCodedEnums() {
    EnumLookup<SecureLineCode> codes = SecureLineCode.LOOKUP;
    assertEquals(SecureLineCode.ENCRYPTED, at(SECURELINE, STRING, "1").enumValueOrNull(codes));
    assertEquals(SecureLineCode.OPTED_OUT, at(SECURELINE, STRING, "-2").enumValueOrNull(codes));
    assertEquals(SecureLineCode.NOT_USED, at(SECURELINE, STRING, "0").enumValueOrNull(codes));
    // A sign and leading zeros are the same integer code, as IntegerCodes reads them.
    assertEquals(SecureLineCode.ENCRYPTED, at(SECURELINE, STRING, "+1").enumValueOrNull(codes));
    assertEquals(SecureLineCode.ENCRYPTED, at(SECURELINE, STRING, "001").enumValueOrNull(codes));
    assertEquals(SecureLineCode.ENCRYPTED, at(SECURELINE, INT, "1").enumValueOrNull(codes));
    assertEquals(Map.of(), rawValues());
    // Not an integer code: a decimal, a sign alone, text, a code beyond 64 bits.
    for (String text : new String[] {"1.0", "1e0", "-", "x", "1x", "99999999999999999999"}) {
      row.begin(ROW);
      assertEquals(
          SecureLineCode.UNKNOWN, at(SECURELINE, STRING, text).enumValueOrNull(codes), text);
      assertEquals(Map.of("secureline", text), rawValues(), text);
    }
    for (int kind : new int[] {INT, FLOAT}) {
      String text = kind == INT ? "-99999999999999999999" : "1.0";
      row.begin(ROW);
      assertEquals(SecureLineCode.UNKNOWN, at(SECURELINE, kind, text).enumValue(codes), text);
      assertEquals(Map.of("secureline", text), rawValues(), text);
    }
  }

  /** The same column read with two enum types gives each its own constant. */
  @Test
  void eachLookupGetsItsOwnConstant() {
    for (int round = 0; round < 2; round++) {
      assertEquals(
          DeliveryStatus.DELIVERED,
          at(STATUS, STRING, "Delivered").enumValueOrNull(DeliveryStatus.LOOKUP));
      assertEquals(Level.UNKNOWN, at(STATUS, STRING, "Delivered").enumValueOrNull(Level.LOOKUP));
      assertEquals(Level.SEVEN, at(STATUS, STRING, "7").enumValueOrNull(Level.LOOKUP));
      assertEquals(
          DeliveryStatus.UNKNOWN, at(STATUS, STRING, "7").enumValueOrNull(DeliveryStatus.LOOKUP));
    }
  }

  /** Repeated and alternating values of one column each decode to their own constant. */
  @Test
  void repeatedEnumValues() {
    String[] texts = {
      "Delivered", "Delivered", "Deliverer", "Delivered", "Post-Delivery Hard Fail"
    };
    DeliveryStatus[] expected = {
      DeliveryStatus.DELIVERED,
      DeliveryStatus.DELIVERED,
      DeliveryStatus.UNKNOWN,
      DeliveryStatus.DELIVERED,
      DeliveryStatus.POST_DELIVERY_HARD_FAIL
    };
    for (int i = 0; i < texts.length; i++) {
      row.begin(ROW + i);
      assertEquals(
          expected[i], at(STATUS, STRING, texts[i]).enumValueOrNull(DeliveryStatus.LOOKUP));
      assertEquals(
          expected[i] == DeliveryStatus.UNKNOWN ? Map.of("status", texts[i]) : Map.of(),
          rawValues());
    }
  }

  /** The errors of a CSV record's fields name their line and no column within it. */
  @Test
  void fieldsOfARecord() {
    char[] record = "2024-03-05 14:07:09x12".toCharArray();
    cell.record(record, 3);
    assertEquals(Instant.parse("2024-03-05T14:07:09Z"), cell.field(DATE_SENT, 0, 19).dateTime());
    assertEquals(12L, cell.field(SIZE, 20, 2).int64());
    ReportParseException e =
        assertThrows(ReportParseException.class, () -> cell.field(SIZE, 19, 3).int64());
    assertEquals("not a number", e.problem());
    assertEquals("size", e.column());
    assertEquals("x12", e.value());
    assertEquals(3, e.line());
    assertEquals(-1, e.lineColumn());
  }

  /** A text enum shaped like generated code, with a wire value that reads as a number. */
  enum Level implements WireEnum {
    SEVEN("7"),
    UNKNOWN(null);

    private final String wireValue;

    Level(String wireValue) {
      this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
      return wireValue;
    }

    static Level fromWire(String text) {
      return "7".equals(text) ? SEVEN : UNKNOWN;
    }

    static final EnumLookup<Level> LOOKUP =
        new EnumLookup<>() {
          @Override
          public Level fromText(String text) {
            return fromWire(text);
          }

          @Override
          public Level fromCode(long code) {
            return fromWire(Long.toString(code));
          }

          @Override
          public Level unknown() {
            return UNKNOWN;
          }

          @Override
          public boolean integerCodes() {
            return false;
          }
        };
  }
}
