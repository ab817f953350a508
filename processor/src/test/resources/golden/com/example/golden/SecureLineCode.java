package com.example.golden;

import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.WireEnum;
import dev.reportgen.runtime.spi.EnumLookup;
import dev.reportgen.runtime.spi.IntegerCodes;
import dev.reportgen.runtime.spi.ReportgenGenerated;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * How SecureLine encrypted the message to this recipient.
 *
 * <p>Wire values are integer codes. Values the schema does not list decode to {@link #UNKNOWN}.
 */
@Generated("dev.reportgen.processor.ReportgenProcessor")
@ReportgenGenerated
@NullMarked
public enum SecureLineCode implements WireEnum {
  /**
   * Wire value {@code -2}: Not used because the sender chose opt-out.
   */
  OPTED_OUT("-2"),

  /**
   * Wire value {@code 0}: Not used.
   */
  NOT_USED("0"),

  /**
   * Wire value {@code 1}: Delivered over TLS.
   */
  TLS("1"),

  /**
   * A value the schema does not list; the raw text is kept in {@link RowExtras#rawValues()}.
   */
  UNKNOWN(null);

  /**
   * Wire value to constant for the runtime; a {@code switch}, never a scan.
   */
  public static final EnumLookup<SecureLineCode> LOOKUP = new EnumLookup<SecureLineCode>() {
    @Override
    public SecureLineCode fromText(@Nullable String text) {
      return SecureLineCode.fromWire(text);
    }

    @Override
    public SecureLineCode fromCode(long code) {
      return SecureLineCode.fromCode(code);
    }

    @Override
    public SecureLineCode unknown() {
      return UNKNOWN;
    }

    @Override
    public boolean integerCodes() {
      return true;
    }
  };

  private final @Nullable String wireValue;

  SecureLineCode(@Nullable String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The value exactly as the API sends it, or {@code null} for {@link #UNKNOWN}.
   */
  @Override
  public @Nullable String wireValue() {
    return wireValue;
  }

  /**
   * The constant whose code is the decimal integer {@code text} (optional sign), else
   * {@link #UNKNOWN} (also for {@code null} and non-numeric text).
   */
  public static SecureLineCode fromWire(@Nullable String text) {
    return IntegerCodes.fromText(text, SecureLineCode::fromCode, UNKNOWN);
  }

  /**
   * The constant whose code is {@code code}, else {@link #UNKNOWN}.
   */
  public static SecureLineCode fromCode(long code) {
    if (code < Integer.MIN_VALUE || code > Integer.MAX_VALUE) {
      return UNKNOWN;
    }
    return switch ((int) code) {
      case -2 -> OPTED_OUT;
      case 0 -> NOT_USED;
      case 1 -> TLS;
      default -> UNKNOWN;
    };
  }
}
