package dev.reportgen.runtime;

/** What a reader does with a row whose values cannot be decoded. */
public enum ParseMode {
  /** Stop at the first bad row by throwing {@link ReportParseException}. The default. */
  STRICT,
  /**
   * Skip bad rows, deliver every good one, and list each bad row in {@link RowCursor#errors()}.
   * Malformed or truncated input still ends the read with {@link ReportParseException}.
   */
  LENIENT
}
