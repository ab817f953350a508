package dev.reportgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The number grammar and ranges of docs/runtime.md, value by value: INTEGER takes {@code
 * [+-]?digits} and integral decimals inside the signed 64-bit range; FLOAT takes {@code
 * [+-]?(digits[.digits]|.digits)([eE][+-]?digits)?} and gives exactly the double {@link
 * Double#parseDouble} gives for the same text.
 */
class NumberTextTest {
  private static final int MAX_LENGTH = 100;

  private final NumberText numbers = new NumberText(MAX_LENGTH);

  /**
   * Parses {@code text} from the middle of a larger array whose neighbouring chars would change the
   * value if they were read, so the range is honoured.
   */
  private long parseLong(String text) {
    char[] padded = ("-9" + text + "5").toCharArray();
    return numbers.parseLong(padded, 2, text.length());
  }

  private double parseDouble(String text) {
    char[] padded = ("-9" + text + "5").toCharArray();
    return numbers.parseDouble(padded, 2, text.length());
  }

  /** Whether {@code text} is a number, the same whatever chars surround it. */
  private static boolean isNumber(String text) {
    NumberText grammar = new NumberText(MAX_LENGTH);
    boolean alone = grammar.isNumber(text.toCharArray(), 0, text.length());
    for (String around : new String[] {"1", ".", "e", "E", "+", "-", "x"}) {
      char[] padded = (around + text + around).toCharArray();
      assertEquals(alone, grammar.isNumber(padded, 1, text.length()), around + text + around);
    }
    return alone;
  }

  private void assertLong(long expected, String text) {
    assertEquals(expected, parseLong(text), text);
    assertNull(numbers.problem(), text);
  }

  private void assertLongProblem(String problem, String text) {
    assertEquals(0, parseLong(text), text);
    assertEquals(problem, numbers.problem(), text);
  }

  @Test
  void theWholeSigned64BitRangeAndNotOnePast() {
    assertLong(Long.MAX_VALUE, "9223372036854775807");
    assertLong(Long.MAX_VALUE, "+9223372036854775807");
    assertLong(Long.MIN_VALUE, "-9223372036854775808");
    assertLong(-Long.MAX_VALUE, "-9223372036854775807");
    assertLong(Long.MAX_VALUE - 1, "9223372036854775806");
    assertLong(Long.MAX_VALUE, "0000000000000000000000009223372036854775807");
    String outOfRange = "integer out of the 64-bit range";
    assertLongProblem(outOfRange, "9223372036854775808");
    assertLongProblem(outOfRange, "+9223372036854775808");
    assertLongProblem(outOfRange, "-9223372036854775809");
    assertLongProblem(outOfRange, "9223372036854775810");
    assertLongProblem(outOfRange, "92233720368547758070");
    assertLongProblem(outOfRange, "-92233720368547758080");
    assertLongProblem(outOfRange, "99999999999999999999999999");
  }

  @Test
  void plainDigitsWithOrWithoutASign() {
    assertLong(0, "0");
    assertLong(0, "-0");
    assertLong(0, "+0");
    assertLong(7, "007");
    assertLong(9, "9");
    assertLong(-1, "-1");
    assertLong(1234567890, "+1234567890");
    assertLong(-1234567890123456789L, "-1234567890123456789");
  }

  @Test
  void integralDecimalsAreWholeNumbers() {
    assertLong(5, "5.0");
    assertLong(5, "5.00");
    assertLong(5, "5.");
    assertLong(-5, "-5.000");
    assertLong(500, "5e2");
    assertLong(500, "5E+2");
    assertLong(15, "1.5e1");
    assertLong(15, "150e-1");
    assertLong(5, ".5e1");
    assertLong(0, "0.0");
    assertLong(0, "-0.000e7");
    assertLong(0, "0e-5");
    assertLong(1_000_000_000_000_000_000L, "1e18");
    assertLong(Long.MAX_VALUE, "9223372036854775807.000");
    assertLong(Long.MAX_VALUE, "9.223372036854775807e18");
    assertLong(Long.MIN_VALUE, "-9.223372036854775808e18");
    assertLong(Long.MIN_VALUE, "-9223372036854775808.0");
    // More digits than a long holds, yet an integral value inside the range.
    assertLong(Long.MAX_VALUE, "92233720368547758070e-1");
    assertLong(Long.MIN_VALUE, "-922337203685477580800000e-5");
  }

  @Test
  void integralDecimalsOutOfRangeAreOutOfRange() {
    String outOfRange = "integer out of the 64-bit range";
    assertLongProblem(outOfRange, "1e19");
    assertLongProblem(outOfRange, "-1e19");
    assertLongProblem(outOfRange, "9223372036854775808.0");
    assertLongProblem(outOfRange, "9.223372036854775808e18");
    assertLongProblem(outOfRange, "-9.223372036854775809e18");
    // An exponent that BigDecimal itself cannot hold, and one it can but no long could: both are
    // refused without building the number (10^999999999 would take minutes).
    assertLongProblem(outOfRange, "1e99999999999");
    assertLongProblem(outOfRange, "1e999999999");
  }

  @ParameterizedTest
  @ValueSource(strings = {"5.5", "1e-1", "-0.5", "0.001", "1.25e1", "9223372036854775807.5"})
  void nonIntegralDecimalsAreNotWholeNumbers(String text) {
    assertLongProblem("not a whole number", text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        "+",
        ".",
        "e5",
        " 1",
        "1 ",
        "0x10",
        "1_000",
        "1d",
        "1L",
        "NaN",
        "Infinity",
        "--5",
        "+-5",
        "5-",
        "1/",
        "1:",
        "/1",
        ":1",
        "1e",
        "1e+",
        "1.2.3",
        "true",
        "99999999999999999999x",
        "9223372036854775808x",
        "\u0661"
      })
  void anythingElseIsNotANumber(String text) {
    assertLongProblem("not a number", text);
  }

  @Test
  void theLengthLimitCountsTheWholeText() {
    NumberText short5 = new NumberText(5);
    assertEquals(12345, short5.parseLong("12345".toCharArray(), 0, 5));
    assertNull(short5.problem());
    assertEquals(0, short5.parseLong("123456".toCharArray(), 0, 6));
    assertEquals("number longer than 5 chars", short5.problem());
    assertEquals(1.5, short5.parseDouble("001.5".toCharArray(), 0, 5));
    assertNull(short5.problem());
    assertEquals(0, short5.parseDouble("0001.5".toCharArray(), 0, 6));
    assertEquals("number longer than 5 chars", short5.problem());
  }

  @Test
  void aSuccessClearsTheLastProblem() {
    assertLongProblem("not a number", "x");
    assertLong(1, "1");
    assertLongProblem("not a number", "x");
    assertEquals(1.0, parseDouble("1"));
    assertNull(numbers.problem());
  }

  /** Exactly what the JDK's correctly rounded parser gives, on the fast and the slow path. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "1",
        "-1",
        "+1",
        "1.5",
        "-1.5",
        "+.5",
        ".5",
        "5.",
        "0.1",
        "0.3",
        "-0.0",
        "3.14159",
        "123456789012345678",
        "1234567890.12345678",
        "0.000000000000000000001",
        "0.0000000000000000000001",
        "0.00000000000000000000001",
        "0.0000000000000000000000001",
        "1e10",
        "1E-10",
        "1.5e+300",
        "4.9e-324",
        "1e-400",
        "-1e-400",
        "1.7976931348623157e308",
        "9007199254740992",
        "9007199254740993",
        "9007199254740993.5",
        "2.6001075975500861",
        "9999999999999999999",
        "99999999999999999999.5",
        "0000000000000000000000.1",
        "18014398509481985.0",
        "1000000000000000000000",
        "120000000000000000000000000.0",
        "10000000000000000000",
        "100000000000000000000.5"
      })
  void floatsAreTheCorrectlyRoundedDouble(String text) {
    double parsed = parseDouble(text);
    assertNull(numbers.problem(), text);
    assertEquals(
        Double.doubleToRawLongBits(Double.parseDouble(text)),
        Double.doubleToRawLongBits(parsed),
        text + " -> " + parsed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e400", "-1e400", "1.7976931348623159e308", "1e2147483648"})
  void floatsBeyondTheDoubleRangeAreRefused(String text) {
    assertEquals(0, parseDouble(text));
    assertEquals("number out of the double range", numbers.problem(), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        ".",
        "NaN",
        "Infinity",
        "-Infinity",
        "1d",
        "1f",
        "0x1p3",
        " 1",
        "1 ",
        "1e",
        "e1",
        "1..2",
        "1/",
        ":"
      })
  void floatsOutsideTheGrammarAreRefused(String text) {
    assertEquals(0, parseDouble(text));
    assertEquals("not a number", numbers.problem(), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "9",
        "+1",
        "-1",
        "1.",
        ".1",
        "1.1",
        "00.00",
        "1e1",
        "1E1",
        "1e+1",
        "1e-1",
        "+.1e-1",
        "-1.e0",
        "123456789e000"
      })
  void grammarAccepts(String text) {
    assertTrue(isNumber(text), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "+", "-", ".", "+.", "e1", ".e1", "1e", "1e+", "1e-", "1.1.1", "1e1e1", "1e1.1", "++1",
        "1+", "/", ":", "1/", "1:", "1./", "1.:", "1e/", "1e:", "0x1", "1_0", "1d", "NaN", "\u0661"
      })
  void grammarRefuses(String text) {
    assertFalse(isNumber(text), text);
  }
}
