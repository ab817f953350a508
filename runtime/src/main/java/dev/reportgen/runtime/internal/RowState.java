package dev.reportgen.runtime.internal;

import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.spi.RowDecoder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The row being decoded: drives the generated {@link RowDecoder}, tracks which columns were set
 * (object rows may omit keys), and gathers extras. The extras maps are allocated once and reused,
 * and {@link RowExtras#empty()} is used when a row has nothing extra, so the common row costs no
 * allocation here.
 */
public final class RowState<T> {
  /**
   * The one wording of a non-nullable column left without a value, whatever the absent value was
   * (null, empty, a zero date, a missing key); the error's value says which.
   */
  private static final String NO_VALUE =
      "row lacks a value for a column the schema declares non-nullable";

  /** The value an error names when the input sent nothing at all for the column. */
  public static final String MISSING = "(missing)";

  private final RowDecoder<T> decoder;
  private final String[] keywords;
  private final long[] nonNullable;
  private final long[] seen;
  private final LinkedHashMap<String, String> extras = new LinkedHashMap<>();
  private final LinkedHashMap<String, String> rawValues = new LinkedHashMap<>();
  private long rowIndex = -1;

  public RowState(ReportType<T> type) {
    List<Column> columns = type.columns();
    this.decoder = type.newDecoder();
    this.keywords = new String[columns.size()];
    int words = (columns.size() + 63) >>> 6;
    this.nonNullable = new long[words];
    this.seen = new long[words];
    for (int i = 0; i < keywords.length; i++) {
      keywords[i] = columns.get(i).keyword();
      if (!columns.get(i).nullable()) {
        nonNullable[i >>> 6] |= 1L << i;
      }
    }
  }

  public RowDecoder<T> decoder() {
    return decoder;
  }

  /** Starts row {@code index}. */
  public void begin(long index) {
    rowIndex = index;
    decoder.reset();
    Arrays.fill(seen, 0L);
    if (!extras.isEmpty()) {
      extras.clear();
    }
    if (!rawValues.isEmpty()) {
      rawValues.clear();
    }
  }

  /**
   * Starts row {@code index} of an array row bound to a header: array rows never use the seen set,
   * and when {@code everyColumnBound} (the header names every schema column) every decoder field is
   * overwritten before {@link #build()} (a shorter row is an error), so neither is reset.
   */
  public void beginArrayRow(long index, boolean everyColumnBound) {
    rowIndex = index;
    if (!everyColumnBound) {
      decoder.reset();
    }
    if (!extras.isEmpty()) {
      extras.clear();
    }
    if (!rawValues.isEmpty()) {
      rawValues.clear();
    }
  }

  public long rowIndex() {
    return rowIndex;
  }

  public String keyword(int column) {
    return keywords[column];
  }

  public int columnCount() {
    return keywords.length;
  }

  /** Records that {@code column} got a value; false when it already had one in this row. */
  public boolean markSeen(int column) {
    long bit = 1L << column;
    int word = column >>> 6;
    if ((seen[word] & bit) != 0) {
      return false;
    }
    seen[word] |= bit;
    return true;
  }

  /** The first non-nullable column not marked seen, or -1. For object rows only. */
  public int firstMissingNonNullable() {
    for (int w = 0; w < seen.length; w++) {
      long missing = nonNullable[w] & ~seen[w];
      if (missing != 0) {
        return (w << 6) + Long.numberOfTrailingZeros(missing);
      }
    }
    return -1;
  }

  /** Keeps a column the schema does not know; false when the row already had that name. */
  public boolean extra(String name, String value) {
    if (extras.containsKey(name)) {
      return false;
    }
    extras.put(name, value);
    return true;
  }

  /** Keeps the raw text of an unknown enum value. */
  public void rawValue(int column, String text) {
    rawValues.put(keywords[column], text);
  }

  public T build() {
    RowExtras rowExtras =
        extras.isEmpty() && rawValues.isEmpty()
            ? RowExtras.empty()
            : RowExtras.of(extras, rawValues);
    return decoder.build(rowExtras);
  }

  /**
   * A non-nullable {@code column} has no value in the current row: {@code sent} is the value as
   * sent ({@code null}, {@code ""}, a zero date, or {@link #MISSING}).
   */
  public ReportParseException noValue(int column, String sent, long line, long lineColumn) {
    return error(NO_VALUE, keywords[column], sent, line, lineColumn);
  }

  /** An error about the current row as a whole or about one of its columns. */
  public ReportParseException error(
      String problem, String column, String value, long line, long lineColumn) {
    return new ReportParseException(problem, rowIndex, column, value, line, lineColumn, null);
  }
}
