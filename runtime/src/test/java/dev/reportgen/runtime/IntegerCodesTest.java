package dev.reportgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reportgen.runtime.spi.IntegerCodes;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IntegerCodesTest {
  private static final LongFunction<String> ECHO = code -> "code " + code;

  @ParameterizedTest
  @CsvSource({"0, code 0", "-2, code -2", "+4, code 4", "17, code 17", "007, code 7"})
  void decimalTextIsLookedUpByItsValue(String text, String expected) {
    assertEquals(expected, IntegerCodes.fromText(text, ECHO, "unknown"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"-", "+", "1.0", " 1", "1 ", "0x1", "abc", "1234567890123456789"})
  void anythingElseIsUnknownWithoutThrowing(String text) {
    assertEquals("unknown", IntegerCodes.fromText(text, ECHO, "unknown"));
  }

  @Test
  void eighteenDigitsStillParse() {
    assertEquals(
        "code -999999999999999999", IntegerCodes.fromText("-999999999999999999", ECHO, "unknown"));
  }
}
