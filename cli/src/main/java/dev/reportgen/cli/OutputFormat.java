package dev.reportgen.cli;

/** What {@code convert} writes. */
enum OutputFormat {
  /**
   * RFC 4180 CSV: a header row of wire keywords, then one record per row, values in wire format.
   */
  csv,
  /** JSON Lines: one JSON object per row, keyed by wire keyword. */
  jsonl
}
