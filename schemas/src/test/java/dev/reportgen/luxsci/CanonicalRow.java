package dev.reportgen.luxsci;

import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowExtras;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of any report in the text form the expected files hold, built from the report's own
 * columns ({@link ReportType#columns()}, {@link ReportType#value}) so no code is written per
 * report.
 *
 * <p>Every value is text or {@code null}: an enum is its constant name (so {@code UNKNOWN} stays
 * distinguishable from a listed value), a DATETIME its ISO-8601 instant ({@code
 * 2024-05-02T08:00:03Z}), a DATE {@code 2024-05-02}, numbers their Java text ({@code 18432}, {@code
 * 0.87}), a String itself (an empty string stays {@code ""}, distinct from {@code null}).
 *
 * @param values column keyword to value, in schema order
 * @param extraColumns columns the schema does not name, as {@link RowExtras#columns()}
 * @param rawValues raw text of unknown enum values, as {@link RowExtras#rawValues()}
 */
record CanonicalRow(
    Map<String, String> values, Map<String, String> extraColumns, Map<String, String> rawValues) {

  CanonicalRow {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    extraColumns = Collections.unmodifiableMap(new LinkedHashMap<>(extraColumns));
    rawValues = Collections.unmodifiableMap(new LinkedHashMap<>(rawValues));
  }

  /** The canonical form of {@code row}, read through {@code type}. */
  static <T> CanonicalRow of(ReportType<T> type, T row) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int column = 0; column < type.columns().size(); column++) {
      values.put(type.columns().get(column).keyword(), text(type.value(row, column)));
    }
    RowExtras extras = type.extras(row);
    return new CanonicalRow(values, extras.columns(), extras.rawValues());
  }

  /** The canonical text of one component value. */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    // Long, Double, String, Instant (ISO-8601, UTC) and LocalDate all print canonically.
    return value.toString();
  }
}
