package dev.reportgen.runtime;

import org.jspecify.annotations.Nullable;

/**
 * A bad row that lenient mode skipped.
 *
 * @param row 0-based index of the data row (good and bad rows both count)
 * @param column the column keyword, or null when the problem is the row's shape
 * @param value the offending value cut to {@link ReportParseException#MAX_VALUE_LENGTH} chars, or
 *     null
 * @param line 1-based input line of the value (of the record, for CSV), or -1 when unknown
 * @param lineColumn 1-based column within {@code line}, or -1 when unknown (always for CSV)
 * @param message what is wrong
 */
public record RowError(
    long row,
    @Nullable String column,
    @Nullable String value,
    long line,
    long lineColumn,
    String message) {

  /** The error a {@link ReportParseException} describes. */
  public static RowError of(ReportParseException e) {
    return new RowError(e.row(), e.column(), e.value(), e.line(), e.lineColumn(), e.problem());
  }

  /** The same error as an exception, as strict mode would have thrown it. */
  public ReportParseException toException() {
    return new ReportParseException(message, row, column, value, line, lineColumn, null);
  }
}
