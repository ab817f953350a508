package dev.reportgen.runtime;

/** Whether a report returns many rows or exactly one summary row. */
public enum ReportKind {
  /** Zero or more rows. */
  ROWS,
  /** Exactly one row of totals. */
  SUMMARY
}
