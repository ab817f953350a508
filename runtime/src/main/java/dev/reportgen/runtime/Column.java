package dev.reportgen.runtime;

import java.util.Objects;

/**
 * One column of a report as its schema declares it.
 *
 * @param keyword the column name exactly as the API sends it
 * @param javaName the record component that holds it
 * @param type the value type
 * @param nullable whether the value may be absent ({@code null}, {@code ""}, missing key, zero date)
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

  /** Whether every response must carry this column in its header. */
  public boolean required() {
    return !optional;
  }
}
