package dev.reportgen.runtime.internal;

import static dev.reportgen.runtime.internal.ValueKind.FALSE;
import static dev.reportgen.runtime.internal.ValueKind.FLOAT;
import static dev.reportgen.runtime.internal.ValueKind.INT;
import static dev.reportgen.runtime.internal.ValueKind.NESTED;
import static dev.reportgen.runtime.internal.ValueKind.NULL;
import static dev.reportgen.runtime.internal.ValueKind.STRING;
import static dev.reportgen.runtime.internal.ValueKind.TRUE;

import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.WireEnum;
import dev.reportgen.runtime.spi.Cell;
import dev.reportgen.runtime.spi.EnumLookup;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The value rules of {@link Cell}, written once over a char range and a {@link ValueKind}; {@code
 * JsonCell} (package {@code json}) reads the range from the current jackson token, {@link TextCell}
 * from buffered text or a CSV field.
 *
 * <p>The protocol with a subclass, which is all of this class's state a subclass may change: per
 * value it calls {@link #point(int, int)} first (or {@link #moveWithinText} for the next field of
 * text already held); when a typed method needs the text it calls {@link #loadText()}, which the
 * subclass answers with {@link #holdText(char[], int, int)}, at once when the text is already in
 * memory or lazily. The typed methods may be overridden with faster paths for one input, and the
 * {@code ...Token} hooks give jackson's own number parsing a way in.
 *
 * <p>Not sealed: its two subclasses live in two packages, each beside the input it reads, and a
 * sealed class on the class path must have its subclasses in its own package.
 */
public abstract class BaseCell implements Cell {
  private final RowState<?> row;
  private final NumberText numbers;
  private final DateTimeText dates = new DateTimeText();

  /** Schema column index of the current value. */
  private int column;

  /** The {@link ValueKind} of the current value. */
  private int kind;

  /** The text of the current value, valid after {@link #loadText()}. */
  private char[] buf;

  private int off;
  private int len;

  // Last text decoded per enum column: status-like columns repeat a handful of values, so
  // comparing chars avoids a String per cell.
  private final Object[] enumLookups;
  private final String[] enumTexts;
  private final Object[] enumValues;

  protected BaseCell(RowState<?> row, int maxNumberLength) {
    this.row = row;
    this.numbers = new NumberText(maxNumberLength);
    int n = row.columnCount();
    this.enumLookups = new Object[n];
    this.enumTexts = new String[n];
    this.enumValues = new Object[n];
  }

  /**
   * Makes the cell stand for the value of schema column {@code column}, of {@code kind} (a {@link
   * ValueKind}); its text is not loaded until {@link #loadText()}.
   */
  protected final void point(int column, int kind) {
    this.column = column;
    this.kind = kind;
  }

  /** The current value's text: {@code length} chars of {@code chars} from {@code offset}. */
  protected final void holdText(char[] chars, int offset, int length) {
    this.buf = chars;
    this.off = offset;
    this.len = length;
  }

  /**
   * Makes the cell stand for the value of {@code column}, of the same kind as the current one,
   * whose text is another range of the chars already held (the fields of one CSV record).
   */
  protected final void moveWithinText(int column, int offset, int length) {
    this.column = column;
    this.off = offset;
    this.len = length;
  }

  /** The {@link ValueKind} of the current value. */
  protected final int kind() {
    return kind;
  }

  /** Makes the current value's text held ({@link #holdText}), if it is not already. */
  protected abstract void loadText();

  /** 1-based input line of the current value, or -1. */
  protected abstract long line();

  /** 1-based column of the current value within its line, or -1. */
  protected abstract long lineColumn();

  /** The current value's text as a String. */
  protected String text() {
    loadText();
    return new String(buf, off, len);
  }

  /** A JSON integer token as a long; the text path by default. */
  protected long integerToken() {
    loadText();
    return checkedLong(numbers.parseLong(buf, off, len));
  }

  /** A JSON number token as a double; the text path by default. */
  protected double numberToken() {
    loadText();
    return checkedTextDouble(numbers.parseDouble(buf, off, len));
  }

  private boolean isEmptyString() {
    if (kind != STRING) {
      return false;
    }
    loadText();
    return len == 0;
  }

  private boolean isAbsent() {
    return kind == NULL || isEmptyString();
  }

  // INTEGER

  @Override
  public long int64() {
    switch (kind) {
      case INT:
        return integerToken();
      case STRING:
      case FLOAT:
        loadText();
        if (len == 0) {
          throw missing();
        }
        return checkedLong(numbers.parseLong(buf, off, len));
      case TRUE:
        return 1;
      case FALSE:
        return 0;
      case NULL:
        throw missing();
      default:
        throw wrongKind("an integer");
    }
  }

  @Override
  public Long int64OrNull() {
    return isAbsent() ? null : int64();
  }

  // FLOAT

  @Override
  public double float64() {
    switch (kind) {
      case INT:
      case FLOAT:
        return numberToken();
      case STRING:
        loadText();
        if (len == 0) {
          throw missing();
        }
        return checkedTextDouble(numbers.parseDouble(buf, off, len));
      case NULL:
        throw missing();
      default:
        throw wrongKind("a number");
    }
  }

  @Override
  public Double float64OrNull() {
    return isAbsent() ? null : float64();
  }

  // STRING

  @Override
  public String string() {
    switch (kind) {
      case NULL:
        throw missing();
      case TRUE:
        return "true";
      case FALSE:
        return "false";
      case NESTED:
        throw wrongKind("text");
      default:
        return text();
    }
  }

  @Override
  public String stringOrNull() {
    return isAbsent() ? null : string();
  }

  // DATETIME and DATE

  @Override
  public Instant dateTime() {
    Instant value = dateTimeOrNull();
    if (value == null) {
      throw missing();
    }
    return value;
  }

  @Override
  public Instant dateTimeOrNull() {
    if (kind == NULL) {
      return null;
    }
    if (kind != STRING) {
      throw wrongKind("a DATETIME text (YYYY-MM-DD HH:MM:SS)");
    }
    loadText();
    if (len == 0) {
      return null;
    }
    long seconds = dates.parseDateTime(buf, off, len);
    if (dates.problem() != null) {
      throw invalid(dates.problem());
    }
    return dates.zero() ? null : Instant.ofEpochSecond(seconds);
  }

  @Override
  public LocalDate date() {
    LocalDate value = dateOrNull();
    if (value == null) {
      throw missing();
    }
    return value;
  }

  @Override
  public LocalDate dateOrNull() {
    if (kind == NULL) {
      return null;
    }
    if (kind != STRING) {
      throw wrongKind("a DATE text (YYYY-MM-DD)");
    }
    loadText();
    if (len == 0) {
      return null;
    }
    dates.parseDate(buf, off, len);
    if (dates.problem() != null) {
      throw invalid(dates.problem());
    }
    return dates.zero() ? null : LocalDate.of(dates.year(), dates.month(), dates.day());
  }

  // ENUM

  @Override
  public <E extends Enum<E> & WireEnum> E enumValue(EnumLookup<E> lookup) {
    E value = enumValueOrNull(lookup);
    if (value == null) {
      throw missing();
    }
    return value;
  }

  @Override
  public <E extends Enum<E> & WireEnum> E enumValueOrNull(EnumLookup<E> lookup) {
    E value;
    switch (kind) {
      case NULL:
        return null;
      case NESTED:
        throw wrongKind("an enum value");
      case INT:
        value = codeFromIntegerToken(lookup);
        break;
      case STRING:
        loadText();
        if (len == 0) {
          return null;
        }
        value = lookup.integerCodes() ? codeFromText(lookup) : cachedFromText(lookup);
        break;
      default:
        value = lookup.fromText(text());
        break;
    }
    if (value == null) {
      value = lookup.unknown();
    }
    if (value.isUnknown()) {
      row.rawValue(column, text());
    }
    return value;
  }

  /**
   * An enum from a JSON integer token: its code when it fits 64 bits, else its text. The text path
   * by default; {@code JsonCell} uses jackson's number.
   */
  protected <E extends Enum<E> & WireEnum> E codeFromIntegerToken(EnumLookup<E> lookup) {
    loadText();
    long code = numbers.parseLong(buf, off, len);
    return numbers.problem() == null ? lookup.fromCode(code) : lookup.fromText(text());
  }

  private <E extends Enum<E> & WireEnum> E codeFromText(EnumLookup<E> lookup) {
    if (isPlainInteger()) {
      long code = numbers.parseLong(buf, off, len);
      if (numbers.problem() == null) {
        return lookup.fromCode(code);
      }
    }
    return lookup.fromText(text());
  }

  /** Only {@code -?digits} counts as a code; {@code 1.0} or {@code +1} keep their raw text. */
  private boolean isPlainInteger() {
    int i = off;
    int end = off + len;
    if (buf[i] == '-') {
      i++;
    }
    if (i == end) {
      return false;
    }
    for (; i < end; i++) {
      if (buf[i] < '0' || buf[i] > '9') {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private <E extends Enum<E> & WireEnum> E cachedFromText(EnumLookup<E> lookup) {
    String last = enumTexts[column];
    if (enumLookups[column] == lookup && last != null && sameText(last)) {
      return (E) enumValues[column];
    }
    String text = new String(buf, off, len);
    E value = lookup.fromText(text);
    enumLookups[column] = lookup;
    enumTexts[column] = text;
    enumValues[column] = value;
    return value;
  }

  private boolean sameText(String s) {
    if (s.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (s.charAt(i) != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  // Errors

  private long checkedLong(long value) {
    if (numbers.problem() != null) {
      throw invalid(numbers.problem());
    }
    return value;
  }

  private double checkedTextDouble(double value) {
    if (numbers.problem() != null) {
      throw invalid(numbers.problem());
    }
    return checkedDouble(value);
  }

  /** A decoded double must be finite (JSON numbers like 1e400 overflow to infinity). */
  protected final double checkedDouble(double value) {
    if (Double.isInfinite(value) || Double.isNaN(value)) {
      throw invalid("number out of the double range");
    }
    return value;
  }

  /** The current value is present but cannot be decoded. */
  protected final ReportParseException invalid(String problem) {
    return row.error(problem, row.keyword(column), safeText(), line(), lineColumn());
  }

  /** The current value is absent (null, empty or a zero date) in a non-nullable column. */
  private ReportParseException missing() {
    return row.noValue(column, kind == NULL ? "null" : text(), line(), lineColumn());
  }

  private ReportParseException wrongKind(String expected) {
    return row.error(
        "expected " + expected + ", got " + ValueKind.describe(kind),
        row.keyword(column),
        safeText(),
        line(),
        lineColumn());
  }

  private String safeText() {
    return kind == NESTED ? null : text();
  }
}
