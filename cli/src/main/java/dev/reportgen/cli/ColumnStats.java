package dev.reportgen.cli;

import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ColumnType;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.WireEnum;
import dev.reportgen.runtime.WireValues;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What {@code inspect} tells about one column: nulls and value range, in bounded memory whatever
 * the number of rows (enum counts are capped at {@link #MAX_DISTINCT} distinct values).
 */
final class ColumnStats {
  static final int MAX_DISTINCT = 16;

  /**
   * One distinct value of an enum column: its wire text (for a value the schema does not list, the
   * raw text from the row's extras), the Java constant, or null when {@code unknown}.
   */
  record EnumValue(String wire, String constant, boolean unknown) {
    /** The label in the text table: {@code Delivered}, {@code TLS(4)}, {@code unknown "x"}. */
    String label() {
      if (unknown) {
        return "unknown \"" + wire + "\"";
      }
      // Integer codes say little on their own: SECURELINE_TLS(4).
      return isCode(wire) ? constant + "(" + wire + ")" : wire;
    }
  }

  private final Column column;
  private long values;
  private long nulls;
  private Comparable<Object> min;
  private Comparable<Object> max;
  private long minLength = Long.MAX_VALUE;
  private long maxLength = -1;
  private final Map<EnumValue, Long> counts = new LinkedHashMap<>();
  private long otherCount;

  ColumnStats(Column column) {
    this.column = column;
  }

  Column column() {
    return column;
  }

  /** Good rows without a value. */
  long nulls() {
    return nulls;
  }

  /** Good rows with a value. */
  long values() {
    return values;
  }

  /** The smallest value of a number, DATE or DATETIME column; null when none was seen. */
  Object min() {
    return min;
  }

  /** The largest value of a number, DATE or DATETIME column; null when none was seen. */
  Object max() {
    return max;
  }

  /** The shortest string of a STRING column; -1 when none was seen. */
  long minLength() {
    return maxLength < 0 ? -1 : minLength;
  }

  /** The longest string of a STRING column; -1 when none was seen. */
  long maxLength() {
    return maxLength;
  }

  /** The first {@link #MAX_DISTINCT} distinct values of an enum column with their counts. */
  Map<EnumValue, Long> enumCounts() {
    return Collections.unmodifiableMap(counts);
  }

  /** Values of an enum column beyond the first {@link #MAX_DISTINCT} distinct ones. */
  long otherCount() {
    return otherCount;
  }

  @SuppressWarnings("unchecked")
  void add(Object value, RowExtras extras) {
    if (value == null) {
      nulls++;
      return;
    }
    values++;
    if (value instanceof WireEnum e) {
      EnumValue key =
          e.isUnknown()
              ? new EnumValue(extras.rawValue(column.keyword()).orElse("?"), null, true)
              : new EnumValue(e.wireValue(), ((Enum<?>) e).name(), false);
      Long count = counts.get(key);
      if (count != null) {
        counts.put(key, count + 1);
      } else if (counts.size() < MAX_DISTINCT) {
        counts.put(key, 1L);
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

  /** The range column of the text table: "min .. max", "length a..b" or enum counts. */
  String range() {
    if (values == 0) {
      return "-";
    }
    if (column.type() == ColumnType.ENUM) {
      StringJoiner joiner = new StringJoiner(", ");
      counts.forEach((value, count) -> joiner.add(value.label() + " x" + count));
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
    String low = WireValues.of(min);
    String high = WireValues.of(max);
    return low.equals(high) ? low : low + " .. " + high;
  }
}
