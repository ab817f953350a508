package dev.reportgen.runtime.internal;

import dev.reportgen.runtime.spi.Cell;
import dev.reportgen.runtime.spi.EnumLookup;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.WireEnum;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The value rules of {@link Cell}, written once over a char range and a value kind; {@link
 * dev.reportgen.runtime.json.JsonCell} reads the range from the current jackson token, {@link
 * TextCell} from buffered text or a CSV field. Subclasses may override the typed methods with
 * faster paths for their input.
 */
public abstract class BaseCell implements Cell {
  /** JSON null. */
  public static final int NULL = 0;
  /** A string (every CSV field). */
  public static final int STRING = 1;
  /** A JSON integer number. */
  public static final int INT = 2;
  /** A JSON number with a fraction or exponent. */
  public static final int FLOAT = 3;
  /** JSON true. */
  public static final int TRUE = 4;
  /** JSON false. */
  public static final int FALSE = 5;
  /** A JSON array or object, which no schema column accepts. */
  public static final int NESTED = 6;

  protected final RowState<?> row;
  protected final NumberText numbers;
  protected final DateTimeText dates = new DateTimeText();
  /** Schema column index of the current value. */
  protected int column;
  /** One of the kind constants. */
  protected int kind;
  /** The text of the current value, valid after {@link #loadText()}. */
  protected char[] buf;
  protected int off;
  protected int len;

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

  /** Makes {@link #buf}, {@link #off}, {@link #len} hold the current value's text. */
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
   * An enum from a JSON integer token: its code when it fits 64 bits, else its text. The text
   * path by default; {@link dev.reportgen.runtime.json.JsonCell} uses jackson's number.
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
  protected double checkedDouble(double value) {
    if (Double.isInfinite(value) || Double.isNaN(value)) {
      throw invalid("number out of the double range");
    }
    return value;
  }

  /** The current value is present but cannot be decoded. */
  protected ReportParseException invalid(String problem) {
    return row.error(problem, row.keyword(column), safeText(), line(), lineColumn());
  }

  private ReportParseException missing() {
    return row.error(
        "missing value for non-nullable column",
        row.keyword(column),
        kind == NULL ? "null" : "",
        line(),
        lineColumn());
  }

  private ReportParseException wrongKind(String expected) {
    return row.error(
        "expected " + expected + ", got " + kindName(), row.keyword(column), safeText(),
        line(), lineColumn());
  }

  private String safeText() {
    return kind == NESTED ? null : text();
  }

  private String kindName() {
    switch (kind) {
      case NULL:
        return "null";
      case STRING:
        return "a string";
      case INT:
      case FLOAT:
        return "a number";
      case TRUE:
      case FALSE:
        return "a boolean";
      default:
        return "an array or object";
    }
  }
}
