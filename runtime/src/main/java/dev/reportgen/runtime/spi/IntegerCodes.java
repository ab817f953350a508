package dev.reportgen.runtime.spi;

import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Text to constant for generated integer-coded enums ({@code "-2"} to {@code OPTED_OUT}). Lives in
 * the runtime so each generated enum's {@code fromWire} is one call instead of its own copy of a
 * number parser.
 */
public final class IntegerCodes {
  /** More digits than this cannot be an {@code int} code, and cannot overflow a {@code long}. */
  private static final int MAX_DIGITS = 18;

  private IntegerCodes() {}

  /**
   * The constant for the decimal integer {@code text} (optional sign, digits only), looked up with
   * {@code byCode}; {@code unknown} for {@code null}, empty, non-numeric or over-long text. Never
   * throws.
   */
  public static <E> E fromText(@Nullable String text, LongFunction<E> byCode, E unknown) {
    if (text == null || text.isEmpty()) {
      return unknown;
    }
    char first = text.charAt(0);
    int start = first == '-' || first == '+' ? 1 : 0;
    int digits = text.length() - start;
    if (digits == 0 || digits > MAX_DIGITS) {
      return unknown;
    }
    long value = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return unknown;
      }
      value = value * 10 + (c - '0');
    }
    return byCode.apply(first == '-' ? -value : value);
  }
}
