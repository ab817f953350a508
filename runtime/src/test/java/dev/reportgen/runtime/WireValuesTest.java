package dev.reportgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reportgen.runtime.fixture.DeliveryStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wire text tools get from {@link WireValues} is the text {@link ReportWriter} writes. */
class WireValuesTest {
  private static final Column STATUS = Column.nullable("status", "status", ColumnType.ENUM);

  @Test
  void valuesInWireFormat() {
    assertEquals("2025-03-03 15:06:10", WireValues.of(Instant.parse("2025-03-03T15:06:10Z")));
    assertEquals("2025-09-01", WireValues.of(LocalDate.of(2025, 9, 1)));
    assertEquals("1207.0", WireValues.of(1207.0));
    assertEquals("0.0000001", WireValues.of(1e-7));
    assertEquals("-42", WireValues.of(-42L));
    assertEquals("Delivered", WireValues.of(DeliveryStatus.DELIVERED));
    assertEquals("UNKNOWN", WireValues.of(DeliveryStatus.UNKNOWN));
  }

  @Test
  void anUnknownEnumInARowGivesTheRawTextTheRowKept() {
    RowExtras extras = RowExtras.of(Map.of(), Map.of("status", "Quarantined"));
    assertEquals("Quarantined", WireValues.of(STATUS, DeliveryStatus.UNKNOWN, extras));
    assertNull(WireValues.of(STATUS, DeliveryStatus.UNKNOWN, RowExtras.empty()));
    assertNull(WireValues.of(STATUS, null, extras));
    assertEquals("Delivered", WireValues.of(STATUS, DeliveryStatus.DELIVERED, extras));
  }

  @Test
  void aValueWithNoWireFormIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> WireValues.floating(Double.NaN));
    assertThrows(
        IllegalArgumentException.class,
        () -> WireValues.of(Instant.parse("2025-03-03T15:06:10.5Z")));
  }
}
