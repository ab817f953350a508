package dev.reportgen.runtime.internal;

import dev.reportgen.runtime.WireEnum;
import dev.reportgen.runtime.spi.EnumLookup;

/**
 * A cell over text already in memory: a CSV field (kind {@link ValueKind#STRING}, empty meaning
 * absent) or a JSON value buffered before the header arrived (its original kind kept).
 *
 * <p>The methods a CSV record calls per field are overridden for kind STRING with the very rules of
 * {@link BaseCell}, written straight over the held range: a few small methods the JIT inlines into
 * the generated decoder, instead of BaseCell's switch over every kind. Short plain integers ({@code
 * -?digits}, at most {@value #FAST_DIGITS} digits) are decoded here without the general number
 * grammar: they are most of a report's numbers and enum codes, and cannot overflow. Anything else,
 * and every unknown enum code, takes {@link BaseCell}'s path, so values, errors and raw values are
 * exactly those of the general rules.
 */
public final class TextCell extends BaseCell {
  /** 18 decimal digits always fit a long. */
  private static final int FAST_DIGITS = 18;

  /** What {@link #plainInteger()} returns for text that is not a short plain integer. */
  private static final long NOT_PLAIN = Long.MIN_VALUE;

  private final int maxNumberLength;
  private long line;
  private long lineColumn;

  // The current value's text, as held by BaseCell too (which keeps its copy private).
  private char[] text;
  private int offset;
  private int length;

  public TextCell(RowState<?> row, int maxNumberLength) {
    super(row, maxNumberLength);
    this.maxNumberLength = maxNumberLength;
  }

  /** Points the cell at a value of {@code column}. */
  public TextCell at(
      int column, int kind, char[] text, int offset, int length, long line, long lineColumn) {
    point(column, kind);
    holdText(text, offset, length);
    this.text = text;
    this.offset = offset;
    this.length = length;
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
    this.text = text;
    this.offset = 0;
    this.length = 0;
    this.line = line;
    this.lineColumn = -1;
    return this;
  }

  /** Points the cell at one field of the current {@link #record}, the value of {@code column}. */
  public TextCell field(int column, int offset, int length) {
    moveWithinText(column, offset, length);
    this.offset = offset;
    this.length = length;
    return this;
  }

  @Override
  public long int64() {
    long value = plainInteger();
    return value != NOT_PLAIN ? value : super.int64();
  }

  @Override
  public Long int64OrNull() {
    long value = plainInteger();
    return value != NOT_PLAIN ? Long.valueOf(value) : super.int64OrNull();
  }

  @Override
  public String string() {
    return kind() == ValueKind.STRING ? new String(text, offset, length) : super.string();
  }

  @Override
  public String stringOrNull() {
    if (kind() == ValueKind.STRING) {
      return length == 0 ? null : new String(text, offset, length); // empty reads as absent
    }
    return super.stringOrNull();
  }

  @Override
  public <E extends Enum<E> & WireEnum> E enumValueOrNull(EnumLookup<E> lookup) {
    if (lookup.integerCodes()) {
      long code = plainInteger();
      if (code != NOT_PLAIN) {
        E value = lookup.fromCode(code);
        if (value != null && !value.isUnknown()) {
          return value;
        }
      }
    }
    return super.enumValueOrNull(lookup); // text codes, unknown codes (raw value kept), the rest
  }

  /**
   * The value of a STRING of {@code -?digits} with 1 to {@value #FAST_DIGITS} digits, or {@link
   * #NOT_PLAIN}. Leading zeros are read as {@link NumberText} reads them; text longer than
   * maxNumberLength is left to the general path, which reports it.
   */
  private long plainInteger() {
    if (kind() != ValueKind.STRING || length > maxNumberLength) {
      return NOT_PLAIN;
    }
    char[] c = text;
    int i = offset;
    int end = i + length;
    boolean negative = i < end && c[i] == '-';
    if (negative) {
      i++;
    }
    if (i == end || end - i > FAST_DIGITS) {
      return NOT_PLAIN;
    }
    long value = 0;
    for (; i < end; i++) {
      int d = c[i] - '0';
      if (d < 0 || d > 9) {
        return NOT_PLAIN;
      }
      value = value * 10 + d;
    }
    return negative ? -value : value;
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
