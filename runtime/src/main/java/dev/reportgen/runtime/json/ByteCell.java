package dev.reportgen.runtime.json;

import dev.reportgen.runtime.WireEnum;
import dev.reportgen.runtime.internal.BaseCell;
import dev.reportgen.runtime.internal.RowState;
import dev.reportgen.runtime.internal.ValueKind;
import dev.reportgen.runtime.spi.EnumLookup;
import java.nio.charset.StandardCharsets;

/**
 * A cell on a value the row scanner found in the document's bytes (checked UTF-8): text is decoded
 * from the bytes only when a typed method needs it, integers come from the digits the scanner added
 * up. Every answer is the one {@link JsonCell} gives for the same token; an integer beyond a long,
 * whose overflow only jackson's number parsing decides here, makes the scanner give up the row
 * ({@link ScanGiveUp}) and jackson read it; so does an error, which jackson reports with its own
 * position.
 */
final class ByteCell extends BaseCell {
  /** A string's bytes are ASCII with no escape: one byte per char. */
  static final int PLAIN = 0;

  /** A string holds UTF-8 beyond ASCII. */
  static final int NON_ASCII = 1;

  /** A string holds escapes (and maybe UTF-8 beyond ASCII). */
  static final int ESCAPED = 2;

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  private final byte[] bytes;

  /** A string's content (without quotes) or a token's text. */
  private int start;

  private int length;
  private int form;

  /** An integer's value, when {@link #exact}. */
  private long integer;

  private boolean exact;
  private boolean loaded;
  private char[] chars = new char[64];

  ByteCell(byte[] bytes, RowState<?> row, int maxNumberLength) {
    super(row, maxNumberLength);
    this.bytes = bytes;
  }

  /** A string whose quote is at {@code quote}, content {@code length} bytes, of {@code form}. */
  ByteCell string(int column, int quote, int length, int form) {
    point(column, ValueKind.STRING);
    this.start = quote + 1;
    this.length = length;
    this.form = form;
    this.loaded = false;
    return this;
  }

  /**
   * An integer token; {@code exact}: {@code value} holds it (up to 18 digits always, 19 when they
   * fit in a long).
   */
  ByteCell integer(int column, int start, int length, long value, boolean exact) {
    point(column, ValueKind.INT);
    this.start = start;
    this.length = length;
    this.integer = value;
    this.exact = exact;
    this.loaded = false;
    return this;
  }

  /** A number token with a fraction or an exponent. */
  ByteCell fraction(int column, int start, int length) {
    point(column, ValueKind.FLOAT);
    this.start = start;
    this.length = length;
    this.loaded = false;
    return this;
  }

  /** {@code true}, {@code false} or {@code null} ({@code kind}), its text at {@code start}. */
  ByteCell literal(int column, int kind, int start, int length) {
    point(column, kind);
    this.start = start;
    this.length = length;
    this.loaded = false;
    return this;
  }

  /** The value's text as extras keep it ({@code JsonValues.text}): null for null. */
  String extraText() {
    return kind() == ValueKind.NULL ? null : text();
  }

  @Override
  protected void loadText() {
    if (loaded) {
      return;
    }
    int n;
    if (kind() != ValueKind.STRING || form == PLAIN) {
      n = widen();
    } else {
      reserve(length); // UTF-8 and escapes never make more chars than bytes
      n = StringDecoding.decode(bytes, start, length, chars);
    }
    holdText(chars, 0, n);
    loaded = true;
  }

  /** One char per byte (ASCII text); the buffer grows to the longest value met. */
  private int widen() {
    int n = length;
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    char[] c = chars;
    byte[] b = bytes;
    int s = start;
    for (int i = 0; i < n; i++) {
      c[i] = (char) b[s + i];
    }
    return n;
  }

  /** Room for a string's chars: never more than its bytes. */
  private void reserve(int n) {
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
  }

  @Override
  protected String text() {
    if (kind() == ValueKind.STRING && form != PLAIN) {
      // Decoded into the scratch chars, then one String, as jackson does: the JDK's UTF-8 decoding
      // would allocate a second, trimmed array for text beyond ASCII.
      return super.text();
    }
    return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
  }

  @Override
  protected long integerToken() {
    if (!exact) {
      throw ScanGiveUp.INSTANCE;
    }
    return integer;
  }

  @Override
  protected <E extends Enum<E> & WireEnum> E codeFromIntegerToken(EnumLookup<E> lookup) {
    if (!exact) {
      throw ScanGiveUp.INSTANCE;
    }
    return lookup.fromCode(integer);
  }

  @Override
  public String stringOrNull() {
    switch (kind()) {
      case ValueKind.STRING:
        return length == 0 ? null : text();
      case ValueKind.NULL:
        return null;
      default:
        return super.stringOrNull();
    }
  }

  @Override
  public String string() {
    return kind() == ValueKind.STRING ? text() : super.string();
  }

  /**
   * As jackson's {@code getDoubleValue}: an integer converted from its long, a fraction correctly
   * rounded. Up to 15 significant digits and a power of ten up to 22, one IEEE division or
   * multiplication of two exact operands is the correctly rounded value (the classic fast path);
   * beyond that the JDK's parser, which jackson uses too.
   */
  @Override
  protected double numberToken() {
    if (kind() == ValueKind.INT) {
      if (!exact) {
        throw ScanGiveUp.INSTANCE;
      }
      return (double) integer;
    }
    double fast = fastDouble();
    if (!Double.isNaN(fast)) {
      return checkedDouble(fast);
    }
    return checkedDouble(Double.parseDouble(text()));
  }

  /** The fraction's value by the exact fast path, or NaN when it does not apply. */
  private double fastDouble() {
    byte[] b = bytes;
    int i = start;
    int end = start + length;
    boolean negative = b[i] == '-';
    if (negative) {
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int exponent = 0;
    boolean inFraction = false;
    for (; i < end; i++) {
      int c = b[i];
      if (c == '.') {
        inFraction = true;
      } else if (c >= '0' && c <= '9') {
        if (mantissa != 0 || c != '0') {
          if (++digits > 15) {
            return Double.NaN;
          }
        }
        mantissa = mantissa * 10 + (c - '0');
        if (inFraction) {
          exponent--;
        }
      } else {
        break; // 'e' or 'E'
      }
    }
    if (i < end) {
      i++;
      boolean negativeExponent = false;
      if (b[i] == '-' || b[i] == '+') {
        negativeExponent = b[i] == '-';
        i++;
      }
      int e = 0;
      for (; i < end; i++) {
        e = e * 10 + (b[i] - '0');
        if (e > 1000) {
          return Double.NaN;
        }
      }
      exponent += negativeExponent ? -e : e;
    }
    if (exponent < -22 || exponent > 22) {
      return Double.NaN;
    }
    double value =
        exponent < 0
            ? (double) mantissa / POWERS_OF_TEN[-exponent]
            : (double) mantissa * POWERS_OF_TEN[exponent];
    return negative ? -value : value;
  }

  /**
   * Asked only to build an error, which the scanner never reports: it gives up the row, and jackson
   * reads it again and reports the error with its own position.
   */
  @Override
  protected long line() {
    throw ScanGiveUp.INSTANCE;
  }

  /** As {@link #line()}. */
  @Override
  protected long lineColumn() {
    throw ScanGiveUp.INSTANCE;
  }
}
