package com.example.golden;

import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.WireEnum;
import dev.reportgen.runtime.spi.EnumLookup;
import dev.reportgen.runtime.spi.ReportgenGenerated;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Delivery status of a message to one recipient.
 *
 * <p>Text wire values, matched exactly. Odd text is escaped in Javadoc: *&#47; &#64;see &lt;b&gt;
 * &amp; &#123;&#64;code&#125;.
 *
 * <p>Wire values are text, matched exactly. Values the schema does not list decode to
 * {@link #UNKNOWN}.
 */
@Generated("dev.reportgen.processor.ReportgenProcessor")
@ReportgenGenerated
@NullMarked
public enum DeliveryStatus implements WireEnum {
  /**
   * Wire value {@code Delivered}: Delivered successfully.
   */
  DELIVERED("Delivered"),

  /**
   * Wire value {@code Post-Delivery Hard Fail}: Accepted, then bounced back with a permanent
   * failure.
   */
  POST_DELIVERY_HARD_FAIL("Post-Delivery Hard Fail"),

  /**
   * Wire value {@code 1}: A text wire value that looks like a number.
   */
  ONE("1"),

  /**
   * A value the schema does not list; the raw text is kept in {@link RowExtras#rawValues()}.
   */
  UNKNOWN(null);

  /**
   * Wire value to constant for the runtime; a {@code switch}, never a scan.
   */
  public static final EnumLookup<DeliveryStatus> LOOKUP = new EnumLookup<DeliveryStatus>() {
    @Override
    public DeliveryStatus fromText(@Nullable String text) {
      return DeliveryStatus.fromWire(text);
    }

    @Override
    public DeliveryStatus fromCode(long code) {
      return DeliveryStatus.fromCode(code);
    }

    @Override
    public DeliveryStatus unknown() {
      return UNKNOWN;
    }

    @Override
    public boolean integerCodes() {
      return false;
    }
  };

  private final @Nullable String wireValue;

  DeliveryStatus(@Nullable String wireValue) {
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
   * The constant whose wire value is exactly {@code text}, else {@link #UNKNOWN} (also for
   * {@code null}).
   */
  public static DeliveryStatus fromWire(@Nullable String text) {
    if (text == null) {
      return UNKNOWN;
    }
    return switch (text) {
      case "Delivered" -> DELIVERED;
      case "Post-Delivery Hard Fail" -> POST_DELIVERY_HARD_FAIL;
      case "1" -> ONE;
      default -> UNKNOWN;
    };
  }

  /**
   * The constant whose wire value is the decimal text of {@code code}, else {@link #UNKNOWN}.
   */
  public static DeliveryStatus fromCode(long code) {
    return fromWire(Long.toString(code));
  }
}
