package dev.reportgen.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a row carried beyond its schema, so nothing on the wire is dropped: columns the schema does
 * not name (LuxSci custom fields, columns added by a newer API) and the raw text of enum values the
 * schema does not list.
 */
public final class RowExtras {
  private static final RowExtras EMPTY = new RowExtras(Map.of(), Map.of());

  private final Map<String, @Nullable String> columns;
  private final Map<String, String> rawValues;

  private RowExtras(Map<String, @Nullable String> columns, Map<String, String> rawValues) {
    this.columns = columns;
    this.rawValues = rawValues;
  }

  /** The shared instance for rows that carried nothing extra. */
  public static RowExtras empty() {
    return EMPTY;
  }

  /**
   * Extras from the given maps, copied in their iteration order. Returns {@link #empty()} when both
   * are empty. A value may be null (the column was present with a JSON null).
   */
  public static RowExtras of(Map<String, @Nullable String> columns, Map<String, String> rawValues) {
    if (columns.isEmpty() && rawValues.isEmpty()) {
      return EMPTY;
    }
    return new RowExtras(copy(columns), copy(rawValues));
  }

  private static <V> Map<String, V> copy(Map<String, V> map) {
    return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** Columns not in the schema, keyword to text as sent, in wire order. */
  public Map<String, @Nullable String> columns() {
    return columns;
  }

  /** Keyword to raw wire text, for enum columns whose value decoded to {@code UNKNOWN}. */
  public Map<String, String> rawValues() {
    return rawValues;
  }

  /** The raw wire text of an unknown enum value in column {@code keyword}. */
  public Optional<String> rawValue(String keyword) {
    return Optional.ofNullable(rawValues.get(keyword));
  }

  /** Whether the row carried nothing beyond its schema. */
  public boolean isEmpty() {
    return columns.isEmpty() && rawValues.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowExtras that
        && columns.equals(that.columns)
        && rawValues.equals(that.rawValues);
  }

  @Override
  public int hashCode() {
    return 31 * columns.hashCode() + rawValues.hashCode();
  }

  @Override
  public String toString() {
    return "RowExtras{columns=" + columns + ", rawValues=" + rawValues + "}";
  }
}
