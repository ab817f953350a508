package dev.reportgen.runtime;

import java.util.Objects;

/**
 * One column of a report as its schema declares it.
 *
 * @param keyword the column name exactly as the API sends it
 * @param javaName the record component that holds it
 * @param type the value type
 * @param nullable whether the value may be absent ({@code null}, {@code ""}, missing key, zero
 *     date)
 * @param optional whether the column itself may be missing from the response header
 */
public record Column(
    String keyword, String javaName, ColumnType type, boolean nullable, boolean optional) {
  public Column {
    Objects.requireNonNull(keyword, "keyword");
    Objects.requireNonNull(javaName, "javaName");
    Objects.requireNonNull(type, "type");
    if (optional && !nullable) {
      throw new IllegalArgumentException("optional column " + keyword + " must be nullable");
    }
  }

  /**
   * A column every response carries in its header, always with a value: neither nullable nor
   * optional.
   */
  public static Column required(String keyword, String javaName, ColumnType type) {
    return new Column(keyword, javaName, type, false, false);
  }

  /**
   * A column every response carries in its header, whose value may be absent: nullable, not
   * optional.
   */
  public static Column nullable(String keyword, String javaName, ColumnType type) {
    return new Column(keyword, javaName, type, true, false);
  }

  /**
   * A column that only some responses carry in their header (and so nullable): like {@code
   * header1}, present only when tracked headers were requested.
   */
  public static Column optional(String keyword, String javaName, ColumnType type) {
    return new Column(keyword, javaName, type, true, true);
  }

  /** Whether every response must carry this column in its header. */
  public boolean required() {
    return !optional;
  }
}
