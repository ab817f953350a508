package dev.reportgen.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the text a generated integer-coded enum turns into a code: one or more ASCII digits
 * after an optional sign, at most 18 of them (so the value always fits a {@code long}).
 */
class IntegerCodesRangeTest {
  private static final LongFunction<String> ECHO = code -> Long.toString(code);

  private static String code(String text) {
    return IntegerCodes.fromText(text, ECHO, "unknown");
  }

  @Test
  void eighteenDigitsWithEitherSignAndNotNineteen() {
    assertEquals("999999999999999999", code("999999999999999999"));
    assertEquals("999999999999999999", code("+999999999999999999"));
    assertEquals("-999999999999999999", code("-999999999999999999"));
    assertEquals("100000000000000000", code("100000000000000000"));
    assertEquals("unknown", code("1000000000000000000"));
    assertEquals("unknown", code("+1000000000000000000"));
    assertEquals("unknown", code("-1000000000000000000"));
    assertEquals("unknown", code("9223372036854775807"));
  }

  @Test
  void everyDigitCountsAtItsPlace() {
    assertEquals("1234567890", code("1234567890"));
    assertEquals("-9876543210", code("-9876543210"));
    assertEquals("0", code("-0"));
    assertEquals("0", code("+0"));
    assertEquals("9", code("9"));
    assertEquals("-1", code("-1"));
    assertEquals("1", code("01"));
  }

  /** The characters either side of '0' and '9', signs out of place, and digits of other scripts. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/", ":", "1/", "1:", "/1", ":1", "-/", "-:", "+-1", "-+1", "--1", "1-", "1+", "\u0661",
        "\uff11", "1 2", "1e2", "-"
      })
  void anythingButSignedAsciiDigitsIsUnknown(String text) {
    assertEquals("unknown", code(text));
  }

  @Test
  void theLookupDecidesForAValidCode() {
    assertEquals(
        "unknown", IntegerCodes.fromText("5", c -> c == 4 ? "four" : "unknown", "unknown"));
    assertEquals("four", IntegerCodes.fromText("4", c -> c == 4 ? "four" : "unknown", "unknown"));
  }
}
