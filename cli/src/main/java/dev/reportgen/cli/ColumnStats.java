package dev.reportgen.cli;

import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ColumnType;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.WireEnum;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What {@code inspect} tells about one column: nulls and value range, in bounded memory whatever
 * the number of rows (enum counts are capped at {@link #MAX_DISTINCT} distinct values).
 */
final class ColumnStats {
  static final int MAX_DISTINCT = 16;

  private final Column column;
  private long values;
  private long nulls;
  private Comparable<Object> min;
  private Comparable<Object> max;
  private long minLength = Long.MAX_VALUE;
  private long maxLength = -1;
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private long otherCount;

  ColumnStats(Column column) {
    this.column = column;
  }

  Column column() {
    return column;
  }

  long nulls() {
    return nulls;
  }

  @SuppressWarnings("unchecked")
  void add(Object value, RowExtras extras) {
    if (value == null) {
      nulls++;
      return;
    }
    values++;
    if (value instanceof WireEnum e) {
      String label;
      if (e.isUnknown()) {
        label = "unknown \"" + extras.rawValue(column.keyword()).orElse("?") + "\"";
      } else if (isCode(e.wireValue())) {
        // Integer codes say little on their own: SECURELINE_TLS(4).
        label = ((Enum<?>) e).name() + "(" + e.wireValue() + ")";
      } else {
        label = e.wireValue();
      }
      Long count = counts.get(label);
      if (count != null) {
        counts.put(label, count + 1);
      } else if (counts.size() < MAX_DISTINCT) {
        counts.put(label, 1L);
      } else {
        otherCount++;
      }
      return;
    }
    if (value instanceof String s) {
      minLength = Math.min(minLength, s.length());
      maxLength = Math.max(maxLength, s.length());
      return;
    }
    if (value instanceof Comparable<?> c) {
      Comparable<Object> comparable = (Comparable<Object>) c;
      if (min == null || comparable.compareTo(min) < 0) {
        min = comparable;
      }
      if (max == null || comparable.compareTo(max) > 0) {
        max = comparable;
      }
    }
  }

  private static boolean isCode(String wire) {
    return wire != null && wire.matches("-?[0-9]+");
  }

  /** The range column of the table: "min .. max", "length a..b" or enum counts. */
  String range() {
    if (values == 0) {
      return "-";
    }
    if (column.type() == ColumnType.ENUM) {
      StringJoiner joiner = new StringJoiner(", ");
      counts.forEach((label, count) -> joiner.add(label + " x" + count));
      if (otherCount > 0) {
        joiner.add("other x" + otherCount);
      }
      return joiner.toString();
    }
    if (column.type() == ColumnType.STRING) {
      return minLength == maxLength
          ? "length " + minLength
          : "length " + minLength + ".." + maxLength;
    }
    if (min == null) {
      return "-";
    }
    String low = WireText.of(min);
    String high = WireText.of(max);
    return low.equals(high) ? low : low + " .. " + high;
  }
}
