package dev.reportgen.runtime.internal;

/**
 * A cell over text already in memory: a CSV field (kind {@link #STRING}, empty meaning absent) or
 * a JSON value buffered before the header arrived (its original kind kept).
 */
public final class TextCell extends BaseCell {
  private long line;
  private long lineColumn;

  public TextCell(RowState<?> row, int maxNumberLength) {
    super(row, maxNumberLength);
  }

  /** Points the cell at a value. */
  public TextCell at(
      int column, int kind, char[] text, int offset, int length, long line, long lineColumn) {
    this.column = column;
    this.kind = kind;
    this.buf = text;
    this.off = offset;
    this.len = length;
    this.line = line;
    this.lineColumn = lineColumn;
    return this;
  }

  /**
   * Points the cell at a record of text fields (a CSV record: kind {@link #STRING}, no column
   * within the line): per field only {@link #field} is then needed.
   */
  public TextCell record(char[] text, long line) {
    this.kind = STRING;
    this.buf = text;
    this.line = line;
    this.lineColumn = -1;
    return this;
  }

  /** Points the cell at one field of the current {@link #record}. */
  public TextCell field(int column, int offset, int length) {
    this.column = column;
    this.off = offset;
    this.len = length;
    return this;
  }

  @Override
  protected void loadText() {
    // Text is set by at().
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
