package dev.reportgen.runtime.internal;

/**
 * A cell over text already in memory: a CSV field (kind {@link ValueKind#STRING}, empty meaning
 * absent) or a JSON value buffered before the header arrived (its original kind kept).
 */
public final class TextCell extends BaseCell {
  private long line;
  private long lineColumn;

  public TextCell(RowState<?> row, int maxNumberLength) {
    super(row, maxNumberLength);
  }

  /** Points the cell at a value of {@code column}. */
  public TextCell at(
      int column, int kind, char[] text, int offset, int length, long line, long lineColumn) {
    point(column, kind);
    holdText(text, offset, length);
    this.line = line;
    this.lineColumn = lineColumn;
    return this;
  }

  /**
   * Points the cell at a record of text fields (a CSV record: kind {@link ValueKind#STRING}, no
   * column within the line): per field only {@link #field} is then needed.
   */
  public TextCell record(char[] text, long line) {
    point(-1, ValueKind.STRING); // the column comes with each field
    holdText(text, 0, 0);
    this.line = line;
    this.lineColumn = -1;
    return this;
  }

  /** Points the cell at one field of the current {@link #record}, the value of {@code column}. */
  public TextCell field(int column, int offset, int length) {
    moveWithinText(column, offset, length);
    return this;
  }

  @Override
  protected void loadText() {
    // The text is held from at() or record() on.
  }

  @Override
  protected long line() {
    return line;
  }

  @Override
  protected long lineColumn() {
    return lineColumn;
  }
}
