package dev.reportgen.runtime.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WireTextTest {
  @Provide
  Arbitrary<Double> finiteDoubles() {
    Arbitrary<Double> anyBits =
        Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
    return Arbitraries.oneOf(anyBits, Arbitraries.doubles(), Arbitraries.doubles().ofScale(3));
  }

  @Property(tries = 20_000, seed = "20261202")
  void everyFiniteDoubleParsesBackToItsExactBits(@ForAll("finiteDoubles") double value) {
    String text = WireText.floating(value);
    assertEquals(
        Double.doubleToRawLongBits(value),
        Double.doubleToRawLongBits(Double.parseDouble(text)),
        text);
    double magnitude = Math.abs(value);
    boolean plain = magnitude == 0 || (magnitude >= 1e-7 && magnitude < 1e21);
    assertEquals(plain, text.indexOf('e') < 0 && text.indexOf('E') < 0, text);
    assertTrue(text.length() <= 26, text);
    // Always a float token: a fraction or an exponent.
    assertTrue(text.indexOf('.') >= 0 || text.indexOf('e') >= 0, text);
  }

  @Test
  void floatsWithoutExponentNoise() {
    assertEquals("5.0", WireText.floating(5));
    assertEquals("0.1", WireText.floating(0.1));
    assertEquals("12345678.9", WireText.floating(12345678.9));
    assertEquals("0.0000001", WireText.floating(1e-7));
    assertEquals("0.00012", WireText.floating(1.2e-4));
    assertEquals("100000000000000000000.0", WireText.floating(1e20));
    assertEquals("1e21", WireText.floating(1e21));
    assertEquals("-1.5e-8", WireText.floating(-1.5e-8));
    assertEquals("4.9e-324", WireText.floating(Double.MIN_VALUE));
    assertEquals("-0.0", WireText.floating(-0.0));
    assertEquals("0.0", WireText.floating(0.0));
    assertThrows(IllegalArgumentException.class, () -> WireText.floating(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> WireText.floating(Double.NEGATIVE_INFINITY));
  }

  @Test
  void dateTimesAndDatesInWireForm() {
    assertEquals("2024-03-05 14:07:09", WireText.dateTime(Instant.parse("2024-03-05T14:07:09Z")));
    assertEquals("0001-01-01 00:00:00", WireText.dateTime(Instant.parse("0001-01-01T00:00:00Z")));
    assertEquals("9999-12-31 23:59:59", WireText.dateTime(Instant.parse("9999-12-31T23:59:59Z")));
    assertEquals("1969-12-31 23:59:59", WireText.dateTime(Instant.ofEpochSecond(-1)));
    assertEquals("2024-02-29", WireText.date(LocalDate.of(2024, 2, 29)));
    assertEquals("0001-01-01", WireText.date(LocalDate.of(1, 1, 1)));
  }

  @Test
  void valuesWithoutAWireFormAreRefusedWithTheReason() {
    IllegalArgumentException fraction =
        assertThrows(
            IllegalArgumentException.class,
            () -> WireText.dateTime(Instant.parse("2024-03-05T14:07:09.5Z")));
    assertTrue(fraction.getMessage().contains("fraction of a second"), fraction.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> WireText.dateTime(Instant.parse("0000-12-31T23:59:59Z")));
    assertThrows(
        IllegalArgumentException.class,
        () -> WireText.dateTime(Instant.parse("+10000-01-01T00:00:00Z")));
    assertThrows(IllegalArgumentException.class, () -> WireText.date(LocalDate.of(0, 1, 1)));
    IllegalArgumentException surrogate =
        assertThrows(IllegalArgumentException.class, () -> WireText.checkEncodable("ab\ud800c"));
    assertTrue(surrogate.getMessage().contains("U+D800 at index 2"), surrogate.getMessage());
    assertThrows(IllegalArgumentException.class, () -> WireText.checkEncodable("\udc00"));
    WireText.checkEncodable("emoji \ud83d\ude00");
  }

  @Test
  void onlyCanonicalIntegersBecomeJsonNumbers() {
    assertTrue(WireText.isCanonicalInteger("-2"));
    assertTrue(WireText.isCanonicalInteger("0"));
    assertTrue(WireText.isCanonicalInteger("10"));
    assertFalse(WireText.isCanonicalInteger("-0"));
    assertFalse(WireText.isCanonicalInteger("007"));
    assertFalse(WireText.isCanonicalInteger("+1"));
    assertFalse(WireText.isCanonicalInteger("1.0"));
    assertFalse(WireText.isCanonicalInteger(""));
    assertFalse(WireText.isCanonicalInteger("-"));
    assertFalse(WireText.isCanonicalInteger("1234567890123456789"));
  }
}
