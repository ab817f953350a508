package dev.reportgen.runtime;

import org.jspecify.annotations.Nullable;

/**
 * Bad report data: malformed or truncated input, a value of the wrong type, a missing required
 * column. Says where: the data row (0-based, or -1 outside rows), the column keyword, the offending
 * value (cut to {@link #MAX_VALUE_LENGTH} characters) and the input line and column (1-based, or -1
 * when unknown).
 */
public final class ReportParseException extends ReportException {
  private static final long serialVersionUID = 1L;

  /** Values quoted in messages are cut to this many characters. */
  public static final int MAX_VALUE_LENGTH = 80;

  private final String problem;
  private final long row;
  private final @Nullable String column;
  private final @Nullable String value;
  private final long line;
  private final long lineColumn;

  public ReportParseException(
      String problem,
      long row,
      @Nullable String column,
      @Nullable String value,
      long line,
      long lineColumn,
      @Nullable Throwable cause) {
    super(describe(problem, row, column, value, line, lineColumn), cause);
    this.problem = problem;
    this.row = row;
    this.column = column;
    this.value = value == null ? null : cut(value);
    this.line = line;
    this.lineColumn = lineColumn;
  }

  private static String cut(String value) {
    return value.length() <= MAX_VALUE_LENGTH
        ? value
        : value.substring(0, MAX_VALUE_LENGTH) + "...(" + value.length() + " chars)";
  }

  private static String describe(
      String problem, long row, String column, String value, long line, long lineColumn) {
    StringBuilder text = new StringBuilder(problem);
    if (row >= 0) {
      text.append(" [row ").append(row);
      if (column != null) {
        text.append(", column '").append(column).append('\'');
      }
      text.append(']');
    } else if (column != null) {
      text.append(" [column '").append(column).append("']");
    }
    if (value != null) {
      text.append(" value \"").append(cut(value)).append('"');
    }
    if (line >= 0) {
      text.append(" at line ").append(line);
      if (lineColumn >= 0) {
        text.append(", column ").append(lineColumn);
      }
    }
    return text.toString();
  }

  /** What is wrong, without the position. */
  public String problem() {
    return problem;
  }

  /** The 0-based data row, or -1 when the problem is outside the rows (envelope, header). */
  public long row() {
    return row;
  }

  /** The column keyword, or null when the problem is not about one column. */
  public @Nullable String column() {
    return column;
  }

  /** The offending value, cut to {@link #MAX_VALUE_LENGTH} characters, or null. */
  public @Nullable String value() {
    return value;
  }

  /** 1-based input line, or -1 when unknown. */
  public long line() {
    return line;
  }

  /** 1-based column within {@link #line()}, or -1 when unknown. */
  public long lineColumn() {
    return lineColumn;
  }
}
