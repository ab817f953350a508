package dev.reportgen.runtime.spi;

import dev.reportgen.runtime.WireEnum;
import org.jspecify.annotations.Nullable;

/**
 * Wire value to constant, for one generated enum. Generated enums expose one as {@code LOOKUP}; the
 * implementation is a generated {@code switch}, never a loop over {@code values()}.
 *
 * @param <E> the generated enum
 */
public interface EnumLookup<E extends Enum<E> & WireEnum> {
  /** The constant whose wire value is {@code text}, or {@link #unknown()}. Never null. */
  E fromText(@Nullable String text);

  /**
   * The constant whose wire value is the integer {@code code}, or {@link #unknown()}. For enums
   * with text wire values this compares the decimal form of {@code code}. Never null.
   */
  E fromCode(long code);

  /** The {@code UNKNOWN} constant. */
  E unknown();

  /** Whether the wire values are integer codes ({@code -2}, {@code 1}) rather than text. */
  boolean integerCodes();
}
