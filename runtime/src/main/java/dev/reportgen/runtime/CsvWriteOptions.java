package dev.reportgen.runtime;

import java.util.List;

/**
 * How {@link ReportWriter#csv} writes a job results file: RFC 4180 (separator {@code ,}, quote
 * {@code "}, CRLF record ends), UTF-8, a header row of column names. Immutable; each {@code
 * with...} method returns a changed copy.
 */
public final class CsvWriteOptions {
  private static final CsvWriteOptions DEFAULTS = new CsvWriteOptions(List.of(), false, false);

  private final List<String> extraColumns;
  private final boolean gzip;
  private final boolean byteOrderMark;

  private CsvWriteOptions(List<String> extraColumns, boolean gzip, boolean byteOrderMark) {
    this.extraColumns = extraColumns;
    this.gzip = gzip;
    this.byteOrderMark = byteOrderMark;
  }

  /** No extra columns, no gzip, no byte order mark. */
  public static CsvWriteOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Columns beyond the schema (LuxSci custom fields), after the schema's columns, each row's value
   * from {@link RowExtras#columns()}; a row lacking one gets an empty field (which reads back as
   * {@code ""}: CSV has no null). A row carrying an extra column not declared here is refused.
   */
  public CsvWriteOptions withExtraColumns(List<String> names) {
    return new CsvWriteOptions(List.copyOf(names), gzip, byteOrderMark);
  }

  /** Gzip-compresses the file (default false); the reader detects gzip by its magic bytes. */
  public CsvWriteOptions withGzip(boolean value) {
    return new CsvWriteOptions(extraColumns, value, byteOrderMark);
  }

  /** Starts the file with a UTF-8 byte order mark (default false), as some exporters do. */
  public CsvWriteOptions withByteOrderMark(boolean value) {
    return new CsvWriteOptions(extraColumns, gzip, value);
  }

  public List<String> extraColumns() {
    return extraColumns;
  }

  public boolean gzip() {
    return gzip;
  }

  public boolean byteOrderMark() {
    return byteOrderMark;
  }

  @Override
  public String toString() {
    return "CsvWriteOptions{extraColumns="
        + extraColumns
        + ", gzip="
        + gzip
        + ", byteOrderMark="
        + byteOrderMark
        + "}";
  }
}
