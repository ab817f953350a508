package dev.reportgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.DeliveryStatus;
import dev.reportgen.runtime.fixture.SecureLineCode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Synthetic rows are deterministic, valid for the schema, and as hostile as promised. */
class SyntheticRowsTest {
  private static final SyntheticRows<Delivery> ROWS =
      SyntheticRows.of(Delivery.type(), 42).withExtraColumns(List.of("cf1", "cf2"));
  private static final List<Delivery> SAMPLE = ROWS.stream(2_000).toList();

  @Test
  void theSameSeedGivesTheSameRowsAndRowAccessMatchesIteration() {
    assertEquals(
        SAMPLE,
        SyntheticRows.of(Delivery.type(), 42).withExtraColumns(List.of("cf1", "cf2")).stream(2_000)
            .toList());
    assertEquals(SAMPLE.get(1234), ROWS.row(1234));
    List<Delivery> page = new java.util.ArrayList<>();
    ROWS.iterator(1500, 10).forEachRemaining(page::add);
    assertEquals(SAMPLE.subList(1500, 1510), page);
    assertNotEquals(
        SAMPLE,
        SyntheticRows.of(Delivery.type(), 43).withExtraColumns(List.of("cf1", "cf2")).stream(2_000)
            .toList());
  }

  @Test
  void nullsOnlyWhereNullableAndEveryNullableColumnIsSometimesNull() {
    ReportType<Delivery> type = Delivery.type();
    for (int c = 0; c < type.columns().size(); c++) {
      Column column = type.columns().get(c);
      int nulls = 0;
      for (Delivery row : SAMPLE) {
        Object value = type.value(row, c);
        if (value == null) {
          nulls++;
        } else if (column.nullable() && value instanceof String s) {
          assertTrue(!s.isEmpty(), column.keyword() + ": a nullable empty string reads back null");
        }
      }
      if (column.nullable()) {
        assertTrue(nulls > 0 && nulls < SAMPLE.size(), column.keyword() + " nulls: " + nulls);
      } else {
        assertEquals(0, nulls, column.keyword() + " is not nullable");
      }
    }
  }

  @Test
  void everyEnumConstantAppearsAndUnknownCarriesRawTextTheLookupDoesNotKnow() {
    Set<DeliveryStatus> statuses = EnumSet.noneOf(DeliveryStatus.class);
    Set<SecureLineCode> codes = EnumSet.noneOf(SecureLineCode.class);
    for (Delivery row : SAMPLE) {
      if (row.status() != null) {
        statuses.add(row.status());
        String raw = row.extras().rawValues().get("status");
        assertEquals(row.status() == DeliveryStatus.UNKNOWN, raw != null, row.toString());
        if (raw != null) {
          assertEquals(DeliveryStatus.UNKNOWN, DeliveryStatus.LOOKUP.fromText(raw), raw);
        }
      }
      if (row.secureline() != null) {
        codes.add(row.secureline());
        String raw = row.extras().rawValues().get("secureline");
        if (raw != null) {
          assertEquals(SecureLineCode.UNKNOWN, SecureLineCode.LOOKUP.fromText(raw), raw);
        }
      }
      assertEquals(Set.of("cf1", "cf2"), row.extras().columns().keySet());
      assertNotNull(row.extras().columns().get("cf1"));
    }
    assertEquals(EnumSet.allOf(DeliveryStatus.class), statuses);
    assertEquals(EnumSet.allOf(SecureLineCode.class), codes);
  }

  @Test
  void textNeedsEscapesAndQuotesAndHasNonAsciiAndSupplementaryCharacters() {
    StringBuilder all = new StringBuilder();
    for (Delivery row : SAMPLE) {
      all.append(row.sender()).append(row.subject());
    }
    String text = all.toString();
    for (String needed : List.of("\"", ",", "\r", "\n", "\\", "\u0000", "\u0001", "\u00e9")) {
      assertTrue(text.contains(needed), "no " + needed.codePointAt(0));
    }
    assertTrue(text.codePoints().anyMatch(Character::isSupplementaryCodePoint));
    assertTrue(
        SAMPLE.stream().anyMatch(r -> r.sender().isEmpty()), "non-nullable text may be empty");
  }

  @Test
  void ratesCanTurnNullsAndUnknownEnumsOff() {
    SyntheticRows<Delivery> tame =
        SyntheticRows.of(Delivery.type(), 1).withNullsOneIn(0).withUnknownEnumsOneIn(0);
    tame.stream(500)
        .forEach(
            row -> {
              assertNotNull(row.day());
              assertNotNull(row.status());
              assertTrue(!row.status().isUnknown() && !row.secureline().isUnknown());
              assertTrue(row.extras().isEmpty());
            });
  }
}
