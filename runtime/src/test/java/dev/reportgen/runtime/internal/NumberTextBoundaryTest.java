package dev.reportgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the number rules of docs/runtime.md: the last values inside the signed 64-bit range
 * and the first outside it, in every spelling a report may use (signs, leading zeros, a point or an
 * exponent), the length limit, and the doubles at the edges of the exact fast path. Every text is
 * parsed both alone in an array of its own length (nothing past the range may be read) and inside a
 * larger array whose neighbouring chars would change the value if they were read.
 */
class NumberTextBoundaryTest {
  private static final String OUT_OF_RANGE = "integer out of the 64-bit range";
  private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private final NumberText numbers = new NumberText(100);

  /** The value of {@code text} as a long, or the problem: the same alone and embedded. */
  private String parseLong(String text) {
    String alone = longResult(text.toCharArray(), 0, text.length());
    for (String around : new String[] {"9", "-", "0", ".", "e"}) {
      char[] padded = (around + text + around).toCharArray();
      assertEquals(alone, longResult(padded, 1, text.length()), around + text + around);
    }
    return alone;
  }

  private String longResult(char[] c, int off, int len) {
    long value = numbers.parseLong(c, off, len);
    if (numbers.problem() != null) {
      assertEquals(0, value, "the value of a failed parse");
      return numbers.problem();
    }
    return Long.toString(value);
  }

  /** The raw bits of {@code text} as a double, or the problem: the same alone and embedded. */
  private String parseDouble(String text) {
    String alone = doubleResult(text.toCharArray(), 0, text.length());
    for (String around : new String[] {"9", "-", "0", ".", "e"}) {
      char[] padded = (around + text + around).toCharArray();
      assertEquals(alone, doubleResult(padded, 1, text.length()), around + text + around);
    }
    return alone;
  }

  private String doubleResult(char[] c, int off, int len) {
    double value = numbers.parseDouble(c, off, len);
    if (numbers.problem() != null) {
      assertEquals(0, Double.doubleToRawLongBits(value), "the value of a failed parse");
      return numbers.problem();
    }
    return Double.toString(value) + " bits " + Double.doubleToRawLongBits(value);
  }

  private static String jdkDouble(String text) {
    double value = Double.parseDouble(text);
    return Double.toString(value) + " bits " + Double.doubleToRawLongBits(value);
  }

  /** Plain digits from -2^63 - 10 to -2^63 + 10 and from 2^63 - 11 to 2^63 + 9, one by one. */
  @Test
  void everyValueNearBothEndsOfTheRange() {
    for (BigInteger end : new BigInteger[] {MIN, MAX}) {
      for (int delta = -10; delta <= 10; delta++) {
        BigInteger v = end.add(BigInteger.valueOf(delta));
        boolean inRange = v.compareTo(MIN) >= 0 && v.compareTo(MAX) <= 0;
        String expected = inRange ? v.toString() : OUT_OF_RANGE;
        assertEquals(expected, parseLong(v.toString()), v.toString());
        if (v.signum() > 0) {
          assertEquals(expected, parseLong("+" + v), "+" + v);
        }
        // Leading zeros change nothing, however many.
        String zeros = v.signum() < 0 ? "-000" + v.negate() : "000000000000000000000" + v;
        assertEquals(expected, parseLong(zeros), zeros);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1000000000000000000", // 19 digits
        "9999999999999999999",
        "-9999999999999999999",
        "10000000000000000000", // 20 digits
        "-10000000000000000000",
        "18446744073709551615", // 2^64 - 1, which wraps to -1 in 64 bits
        "18446744073709551616", // 2^64, which wraps to 0
        "-18446744073709551616",
        "92233720368547758070", // 2^63 - 1 with a digit more
        "-92233720368547758080",
        "99999999999999999999999999999999999999999999"
      })
  void nineteenAndTwentyDigitValues(String text) {
    BigInteger v = new BigInteger(text);
    boolean inRange = v.compareTo(MIN) >= 0 && v.compareTo(MAX) <= 0;
    assertEquals(inRange ? v.toString() : OUT_OF_RANGE, parseLong(text), text);
  }

  @Test
  void aSignNeedsDigitsAndComesOnlyFirst() {
    assertEquals("0", parseLong("-0"));
    assertEquals("0", parseLong("+0"));
    assertEquals("-7", parseLong("-7"));
    assertEquals("7", parseLong("+7"));
    for (String text : new String[] {"", "-", "+", "--1", "+-1", "-+1", "1-", "1+", "1+1", "- 1"}) {
      assertEquals("not a number", parseLong(text), text);
    }
  }

  @Test
  void onlyAPointOrAnExponentMayFollowTheDigits() {
    assertEquals("5", parseLong("5.0"));
    assertEquals("5", parseLong("5."));
    assertEquals("50", parseLong("5e1"));
    assertEquals("50", parseLong("5E1"));
    assertEquals("-5", parseLong("-.5e1"));
    assertEquals("5", parseLong("+.5E+1"));
    assertEquals("-5", parseLong("-50e-1"));
    for (String text : new String[] {"5x", "5 ", "5,0", "5/", "5:", "5d", "5_0", "0x5", "5..0"}) {
      assertEquals("not a number", parseLong(text), text);
    }
    assertEquals("not a whole number", parseLong("5.5"));
    assertEquals("not a whole number", parseLong("5e-1"));
  }

  @Test
  void decimalsAtBothEndsOfTheRange() {
    assertEquals(Long.toString(Long.MAX_VALUE), parseLong("9223372036854775807e0"));
    assertEquals(Long.toString(Long.MIN_VALUE), parseLong("-922337203685477580.8e1"));
    assertEquals(OUT_OF_RANGE, parseLong("9223372036854775808e0"));
    assertEquals(OUT_OF_RANGE, parseLong("-922337203685477580.9e1"));
    assertEquals(Long.toString(Long.MAX_VALUE), parseLong("0009223372036854775807.0000"));
    assertEquals(OUT_OF_RANGE, parseLong("0009223372036854775808.0000"));
  }

  @Test
  void theLengthLimitIsInclusiveAndCountsSignAndPoint() {
    NumberText four = new NumberText(4);
    assertEquals(-999, four.parseLong("-999".toCharArray(), 0, 4));
    assertNull(four.problem());
    assertEquals(0, four.parseLong("-9999".toCharArray(), 0, 5));
    assertEquals("number longer than 4 chars", four.problem());
    // The limit comes before the grammar: an overlong text is refused for its length.
    assertEquals(0, four.parseLong("xxxxx".toCharArray(), 0, 5));
    assertEquals("number longer than 4 chars", four.problem());
    assertEquals(-0.5, four.parseDouble("-0.5".toCharArray(), 0, 4));
    assertNull(four.problem());
    assertEquals(0, four.parseDouble("-0.50".toCharArray(), 0, 5));
    assertEquals("number longer than 4 chars", four.problem());
    assertEquals(0, four.parseDouble("xxxxx".toCharArray(), 0, 5));
    assertEquals("number longer than 4 chars", four.problem());
  }

  @Test
  void anEmptyRangeReadsNothing() {
    char[] none = new char[0];
    assertEquals(0, numbers.parseLong(none, 0, 0));
    assertEquals("not a number", numbers.problem());
    assertEquals(0, numbers.parseDouble(none, 0, 0));
    assertEquals("not a number", numbers.problem());
    assertFalse(numbers.isNumber(none, 0, 0));
  }

  /**
   * The edges of the exact fast path: a mantissa of 2^53 and one digit more, 22 and 23 digits after
   * the point, with and without an exponent. Each must be the JDK's correctly rounded double.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "9007199254740991",
        "9007199254740992",
        "9007199254740993",
        "-9007199254740993",
        "90071992547409920",
        "90071992547409921",
        "900719925474099.2",
        "900719925474099.25",
        "9007199254740992.5",
        "0.9007199254740992",
        "0.90071992547409921",
        "1.000000000000000000001",
        "1.0000000000000000000001",
        "0.1234567890123456789012",
        "0.0000000000000000000012",
        "0.00000000000000000000012",
        "4503599627370497.5",
        "1e0",
        "1E+0",
        "-1e-0",
        "5e-324",
        "2.2250738585072011e-308",
        "-0",
        "+0",
        "-0.0e5"
      })
  void doublesAtTheEdgesOfTheFastPath(String text) {
    assertEquals(jdkDouble(text), parseDouble(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e309", "-1e309", "1.8e308", "17976931348623159e292"})
  void doublesPastTheLargestAreOutOfRange(String text) {
    assertEquals("number out of the double range", parseDouble(text), text);
  }

  @Test
  void doublesNeedTheWholeGrammar() {
    for (String text :
        new String[] {"1e", "1e+", "1e-", "1.e", ".e1", "+.", "-e1", "1e1.5", "1ee1"}) {
      assertEquals("not a number", parseDouble(text), text);
    }
  }
}
