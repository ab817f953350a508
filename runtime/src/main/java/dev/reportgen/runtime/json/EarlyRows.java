package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayDeque;

/**
 * Array rows that arrived before the header (Perl hashes have no key order), held as text until the
 * header names their columns, at most {@code maxBufferedRowsBeforeHeader} of them.
 */
final class EarlyRows {
  private final JsonTokens tokens;
  private final int maxRows;
  private final int maxColumns;
  private final ArrayDeque<BufferedValues> rows = new ArrayDeque<>();

  EarlyRows(JsonTokens tokens, int maxRows, int maxColumns) {
    this.tokens = tokens;
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The oldest row held, removed. */
  BufferedValues poll() {
    return rows.poll();
  }

  /** Before a row {@code index} is started: the limit on rows held ends the read. */
  void checkRoom(long index) {
    if (rows.size() >= maxRows) {
      throw JsonFailures.structure(
          tokens.parser(),
          "more than " + maxRows + " rows before the header (maxBufferedRowsBeforeHeader)",
          index,
          null);
    }
  }

  /**
   * Holds row {@code index}, read from {@code first} (its first token after the opening bracket, or
   * the first value of a flat row) to its closing bracket.
   */
  void add(long index, JsonToken first) {
    BufferedValues values = new BufferedValues(index);
    JsonToken t = first;
    while (t != JsonToken.END_ARRAY) {
      if (values.size >= maxColumns) {
        throw JsonFailures.structure(
            tokens.parser(),
            "row has more than " + maxColumns + " values (maxColumns)",
            index,
            null);
      }
      int line = tokens.line();
      int column = tokens.column();
      values.add(null, JsonCell.kindOf(t), tokens.text(t), line, column);
      t = tokens.next();
    }
    rows.add(values);
  }

  /**
   * At the end of a document that never had a header: rows held are an error. It has no position of
   * its own (it is known only at the end), so the text says where the first row was.
   */
  void failIfAny() {
    BufferedValues first = rows.peek();
    if (first == null) {
      return;
    }
    String where =
        first.size > 0 && first.lines[0] > 0
            ? " (the first array row's first value is at line "
                + first.lines[0]
                + ", column "
                + first.columns[0]
                + ")"
            : "";
    throw JsonTokens.unplaced(
        "rows came as arrays but the response has no header to name their columns" + where,
        first.rowIndex);
  }
}
