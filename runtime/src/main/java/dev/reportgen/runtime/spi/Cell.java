package dev.reportgen.runtime.spi;

import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.WireEnum;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The value of the current row at one column, as the runtime hands it to a {@link RowDecoder}.
 *
 * <p>The runtime implements it once per input format (JSON token, CSV field) and decodes straight
 * from the input, so a generated decoder never sees tokens or strings it does not need. Every
 * method throws {@link ReportParseException} naming the row, the column keyword, the value and the
 * input position when the value cannot be decoded.
 *
 * <p>Absent means: JSON {@code null}, an empty string (also an empty CSV field), a missing key, or,
 * for DATE and DATETIME, the zero date ({@code 0000-00-00}, {@code 0000-00-00 00:00:00}). The
 * {@code ...OrNull} methods return {@code null} for absent values; the others are for non-nullable
 * columns and throw. A non-nullable STRING column returns {@code ""} for an empty string and throws
 * only on null.
 */
public interface Cell {
  /** INTEGER: a JSON integer, an integral numeric string, or {@code true}/{@code false} as 1/0. */
  long int64();

  @Nullable Long int64OrNull();

  /** FLOAT: a JSON number or a numeric string. */
  double float64();

  @Nullable Double float64OrNull();

  /** STRING: text as sent; JSON numbers and booleans are given as their JSON text. */
  String string();

  @Nullable String stringOrNull();

  /** DATETIME: {@code YYYY-MM-DD HH:MM:SS} in GMT. */
  Instant dateTime();

  @Nullable Instant dateTimeOrNull();

  /** DATE: {@code YYYY-MM-DD} in GMT. */
  LocalDate date();

  @Nullable LocalDate dateOrNull();

  /**
   * ENUM: looks the wire value up; a value the schema does not list gives {@code lookup.unknown()}
   * and its raw text is kept in the row's {@link RowExtras#rawValues()}.
   */
  <E extends Enum<E> & WireEnum> E enumValue(EnumLookup<E> lookup);

  <E extends Enum<E> & WireEnum> @Nullable E enumValueOrNull(EnumLookup<E> lookup);
}
