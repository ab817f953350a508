package dev.reportgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a user relies on in {@link RowExtras}: a snapshot of the maps in wire order that cannot be
 * changed afterwards, null values kept, value equality, and one shared empty instance.
 */
class RowExtrasContractTest {
  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void nothingExtraIsTheSharedEmptyInstance() {
    RowExtras none = RowExtras.of(Map.of(), new HashMap<>());
    assertSame(RowExtras.empty(), none);
    assertTrue(none.isEmpty());
    assertTrue(none.columns().isEmpty());
    assertTrue(none.rawValues().isEmpty());
    assertEquals(Optional.empty(), none.rawValue("status"));
  }

  @Test
  void eitherMapAloneMakesItNonEmpty() {
    RowExtras columns = RowExtras.of(ordered("custom_1", "x"), Map.of());
    assertFalse(columns.isEmpty());
    assertEquals(Map.of("custom_1", "x"), columns.columns());
    assertTrue(columns.rawValues().isEmpty());
    RowExtras raw = RowExtras.of(Map.of(), ordered("status", "Bounced-ish"));
    assertFalse(raw.isEmpty());
    assertTrue(raw.columns().isEmpty());
    assertEquals(Optional.of("Bounced-ish"), raw.rawValue("status"));
    assertEquals(Optional.empty(), raw.rawValue("other"));
  }

  @Test
  void theMapsAreCopiedInWireOrderAndCannotBeChanged() {
    Map<String, String> columns = ordered("z", "1", "a", "2", "m", null);
    Map<String, String> raw = ordered("status", "7");
    RowExtras extras = RowExtras.of(columns, raw);
    columns.put("late", "3");
    raw.clear();
    assertEquals(List.of("z", "a", "m"), List.copyOf(extras.columns().keySet()));
    assertTrue(extras.columns().containsKey("m"));
    assertEquals(null, extras.columns().get("m"));
    assertEquals(Optional.of("7"), extras.rawValue("status"));
    assertThrows(UnsupportedOperationException.class, () -> extras.columns().put("b", "4"));
    assertThrows(UnsupportedOperationException.class, () -> extras.rawValues().remove("status"));
  }

  @Test
  void equalByContentWithAMatchingHashCode() {
    RowExtras one = RowExtras.of(ordered("a", "1"), ordered("s", "x"));
    RowExtras same = RowExtras.of(ordered("a", "1"), ordered("s", "x"));
    assertEquals(one, same);
    assertEquals(one.hashCode(), same.hashCode());
    assertNotEquals(one, RowExtras.of(ordered("a", "2"), ordered("s", "x")));
    assertNotEquals(one, RowExtras.of(ordered("a", "1"), ordered("s", "y")));
    // The same entries in the other map are different extras.
    assertNotEquals(
        RowExtras.of(ordered("a", "1"), Map.of()), RowExtras.of(Map.of(), ordered("a", "1")));
    assertNotEquals(
        RowExtras.of(ordered("a", "1"), Map.of()).hashCode(),
        RowExtras.of(Map.of(), ordered("a", "1")).hashCode());
    assertNotEquals(one, "RowExtras");
    assertNotEquals(one, null);
    assertEquals(RowExtras.empty(), RowExtras.of(new HashMap<>(), new HashMap<>()));
  }

  @Test
  void toStringShowsBothMaps() {
    assertEquals(
        "RowExtras{columns={a=1, b=null}, rawValues={s=x}}",
        RowExtras.of(ordered("a", "1", "b", null), ordered("s", "x")).toString());
  }
}
