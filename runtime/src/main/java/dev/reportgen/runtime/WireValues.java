package dev.reportgen.runtime;

import dev.reportgen.runtime.write.WireText;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Typed values back to the text the API sends for them, exactly as {@link ReportWriter} writes
 * them: DATETIME {@code YYYY-MM-DD HH:MM:SS} in GMT, DATE {@code YYYY-MM-DD}, integers in decimal,
 * floats as the shortest decimal that reads back to the same {@code double} (plain from 1e-7 to
 * below 1e21, always with a fraction), enums as their wire value. For tools that lay values out
 * themselves, such as the command-line tool's {@code convert} and {@code inspect}.
 */
public final class WireValues {
  private WireValues() {}

  /**
   * The wire text of {@code value}, the decoded value of {@code column} in a row with {@code
   * extras}; null for an absent value. An {@code UNKNOWN} enum gives the raw text the row kept in
   * its extras (null if it kept none).
   */
  public static @Nullable String of(Column column, @Nullable Object value, RowExtras extras) {
    if (value instanceof WireEnum e && e.isUnknown()) {
      return extras.rawValue(column.keyword()).orElse(null);
    }
    return value == null ? null : of(value);
  }

  /**
   * The wire text of a decoded value: an {@link Instant}, {@link LocalDate}, {@link Long}, {@link
   * Double}, {@link String} or {@link WireEnum} ({@code UNKNOWN} for the constant that stands for
   * unlisted values, whose raw text only a row's extras hold).
   *
   * @throws IllegalArgumentException for a value with no wire form (a float that is not finite, an
   *     instant outside years 0001 to 9999 or with a fraction of a second)
   */
  public static String of(Object value) {
    if (value instanceof Instant instant) {
      return WireText.dateTime(instant);
    }
    if (value instanceof LocalDate date) {
      return WireText.date(date);
    }
    if (value instanceof Double d) {
      return WireText.floating(d);
    }
    if (value instanceof WireEnum e) {
      String wire = e.wireValue();
      return wire == null ? "UNKNOWN" : wire;
    }
    return value.toString();
  }

  /** A float's wire text (see the class comment); refuses NaN and the infinities. */
  public static String floating(double value) {
    return WireText.floating(value);
  }
}
