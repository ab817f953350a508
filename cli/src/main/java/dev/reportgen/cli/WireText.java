package dev.reportgen.cli;

import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.WireEnum;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Typed values back to the text the LuxSci API uses for them. */
final class WireText {
  /** DATETIME on the wire: {@code YYYY-MM-DD HH:MM:SS}, GMT. */
  static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private WireText() {}

  /**
   * The wire text of {@code value}, the decoded value of {@code column}; null for an absent
   * value. An enum value the schema does not list is given as its raw text from {@code extras}.
   */
  static String of(Column column, Object value, RowExtras extras) {
    if (value == null) {
      return null;
    }
    if (value instanceof WireEnum e) {
      return e.isUnknown() ? extras.rawValue(column.keyword()).orElse(null) : e.wireValue();
    }
    return of(value);
  }

  /** The wire text of a decoded value that is not an enum. */
  static String of(Object value) {
    if (value instanceof Instant instant) {
      return DATETIME.format(instant);
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof Double d) {
      return decimal(d);
    }
    if (value instanceof Float f) {
      return decimal(f.doubleValue());
    }
    if (value instanceof WireEnum e) {
      return e.isUnknown() ? "UNKNOWN" : e.wireValue();
    }
    return String.valueOf(value);
  }

  /** Plain decimal without exponent or trailing zeros: 0.25, 12, 0.0000001. */
  static String decimal(double d) {
    if (!Double.isFinite(d)) {
      return Double.toString(d);
    }
    if (d == 0) {
      return "0";
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
