package dev.reportgen.runtime;

import org.jspecify.annotations.Nullable;

/** Implemented by every generated enum: the constant's value on the wire. */
public interface WireEnum {
  /**
   * The value exactly as the API sends it ({@code "Post-Delivery Hard Fail"}, {@code "-2"}), or
   * {@code null} for the {@code UNKNOWN} constant, whose raw text lives in {@link RowExtras}.
   */
  @Nullable String wireValue();

  /** Whether this is the constant for values the schema does not list. */
  default boolean isUnknown() {
    return wireValue() == null;
  }
}
