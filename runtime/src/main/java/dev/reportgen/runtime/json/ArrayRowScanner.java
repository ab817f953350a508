package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.internal.HeaderBinding;
import dev.reportgen.runtime.internal.RowState;
import dev.reportgen.runtime.internal.ValueKind;
import dev.reportgen.runtime.spi.RowDecoder;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The fast path for the rows of a row list: reads {@code [v, v, ...]} rows straight from the bytes
 * of a document in memory or of jackson's buffer over a stream (checked UTF-8), where jackson
 * stands just after the list's opening bracket, and hands each value to the decoder through a
 * {@link ByteCell}. Over a stream a row that runs past the buffer's end is given up like any other
 * (below). After a give-up jackson reads a few rows and the scanner takes over again ({@link
 * #resume}), in memory as over a stream.
 *
 * <p>It never reports an error. Whatever it does not decode with certainty (a nested value, a
 * control char, a token jackson would refuse or might read otherwise, a value over a limit, a row
 * of the wrong width, a value the decoder refuses) makes it give up at the start of the current
 * row: jackson is put where it would stand after the rows read so far ({@link
 * ScannableParser#resumeInArray}) and the general path reads on from there, so every error, its
 * message and its position are jackson's and the general path's by construction. At the list's
 * closing bracket jackson is put after it ({@link ScannableParser#resumeAfterArray}) and reads the
 * rest of the document, so what follows the rows (keys, trailing content, truncation) is found as
 * before. Whitespace counts lines as jackson does: {@code \n}, {@code \r\n} and a lone {@code \r}
 * each end one; columns count bytes from the line's start.
 */
final class ArrayRowScanner<T> {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private final ScannableParser parser;
  private final byte[] b;
  private int end;
  private final RowState<T> row;
  private final RowDecoder<T> decoder;
  private final int[] positions;
  private final String[] names;
  private final boolean everyColumnBound;
  private final ByteCell cell;
  private final int maxStringLength;
  private final int maxNumberLength;

  private int pos;
  private int line;
  private int lineStart;

  /** Rows read by the scanner: elements of the list jackson has not seen. */
  private int rows;

  private boolean ended;

  /** Nesting depth of the list's array context in jackson. */
  private final int listDepth;

  /** Taken over again after a row jackson read: the next thing is a comma or the list's end. */
  private boolean resumed;

  /** The most rows jackson reads after a give-up before the scanner tries again. */
  static final int MAX_WAIT = 64;

  /**
   * Rows jackson reads after a give-up before the scanner tries again: 1, doubled after each retry
   * that gave up at its first row, up to {@link #MAX_WAIT}; back to 1 once the scanner read a row.
   */
  private int wait = 1;

  /** Elements of the list jackson had counted when this scanner last gave up. */
  private int elementsAtGiveUp;

  private ArrayRowScanner(
      ScannableParser parser, RowState<T> row, HeaderBinding binding, ReadOptions options) {
    this.parser = parser;
    this.b = parser.bytes();
    this.end = parser.end();
    this.row = row;
    this.decoder = row.decoder();
    this.positions = binding.positions();
    this.names = binding.names().toArray(new String[0]);
    this.everyColumnBound = binding.everyColumnBound();
    this.cell = new ByteCell(b, row, options.maxNumberLength());
    this.maxStringLength = options.maxStringLength();
    this.maxNumberLength = options.maxNumberLength();
    this.pos = parser.pointer();
    this.line = parser.lineNumber();
    this.lineStart = parser.lineStart();
    this.listDepth = parser.depth();
  }

  /**
   * A scanner for the list whose opening bracket jackson just read, or null when the fast path does
   * not apply: not a checked in-memory document, or rows nested deeper than jackson allows.
   */
  static <T> ArrayRowScanner<T> over(
      JsonParser parser, RowState<T> row, HeaderBinding binding, ReadOptions options) {
    if (parser instanceof ScannableParser scannable
        && scannable.atArrayStart()
        && scannable.depth() + 1 <= options.maxNestingDepth()) {
      return new ArrayRowScanner<>(scannable, row, binding, options);
    }
    return null;
  }

  /** Whether the list's closing bracket was read: jackson stands after it. */
  boolean ended() {
    return ended;
  }

  /** Rows read by the scanner. */
  int rows() {
    return rows;
  }

  /**
   * Row {@code index}, or null: the list ended ({@link #ended()}) or the scanner gave up before
   * this row, jackson standing at its start. Either way the scanner is done.
   */
  T next(long index) {
    int rowStart = pos;
    int rowLine = line;
    int rowLineStart = lineStart;
    try {
      int c = skipWhitespace();
      if (c == ']') {
        // The list's end: after its last row, or at its start when it is empty (a comma before
        // it makes the next check give up, and jackson refuses the trailing comma).
        ended = true;
        parser.resumeAfterArray(pos + 1, line, lineStart);
        return null;
      }
      if (rows > 0 || resumed) {
        if (c != ',') {
          throw ScanGiveUp.INSTANCE;
        }
        pos++;
        c = skipWhitespace();
      }
      if (c != '[') {
        throw ScanGiveUp.INSTANCE;
      }
      pos++;
      T built = row(index);
      rows++;
      return built;
    } catch (RuntimeException e) {
      // Given up, or the decoder refused a value: jackson reads this row, and reports it if bad.
      if (rows > 0) {
        parser.resumeInArray(rowStart, rowLine, rowLineStart, rows);
      }
      wait = rows == 0 && resumed ? Math.min(wait * 2, MAX_WAIT) : 1;
      elementsAtGiveUp = parser.elementsRead();
      return null;
    }
  }

  /** Whether this scanner was taken over again after a row jackson read ({@link #resume()}). */
  boolean resumed() {
    return resumed;
  }

  /**
   * Takes over again from jackson, which has read the row this scanner gave up and the rows after
   * it, and stands after a row's closing bracket, in the list, holding nothing read ahead: true
   * when it does. jackson reads {@link #wait} rows first (the given-up one among them), so a
   * document whose rows all hold something only jackson reads costs one failed attempt per {@link
   * #MAX_WAIT} rows, while one unusual row costs just itself. Over a stream the row that ran past
   * the buffer's end was read by jackson refilling: the scanner goes on in the new bytes (a row is
   * scanned only wholly inside them, so where the refill fell does not matter to exactness).
   */
  boolean resume() {
    if (ended
        || parser.bytes() != b
        || !parser.atArrayEnd(listDepth)
        || parser.elementsRead() - elementsAtGiveUp < wait) {
      return false;
    }
    pos = parser.pointer();
    end = parser.end();
    line = parser.lineNumber();
    lineStart = parser.lineStart();
    rows = 0;
    resumed = true;
    return true;
  }

  /** A row's values, after its opening bracket, to its closing bracket. */
  private T row(long index) {
    row.beginArrayRow(index, everyColumnBound);
    int[] columns = positions;
    int width = columns.length;
    int c = skipWhitespace();
    int i = 0;
    if (c != ']') {
      while (true) {
        if (i >= width) {
          throw ScanGiveUp.INSTANCE;
        }
        int column = columns[i];
        ByteCell value = value(column, c);
        if (column >= 0) {
          decoder.set(column, value);
        } else {
          row.extra(names[i], value.extraText());
        }
        i++;
        c = skipWhitespace();
        if (c == ',') {
          pos++;
          c = skipWhitespace();
        } else if (c == ']') {
          break;
        } else {
          throw ScanGiveUp.INSTANCE;
        }
      }
    }
    pos++;
    if (i < width) {
      throw ScanGiveUp.INSTANCE;
    }
    return row.build();
  }

  /** The byte at the first non-whitespace position from here (not consumed), or -1 at the end. */
  private int skipWhitespace() {
    byte[] bytes = b;
    int p = pos;
    while (p < end) {
      int c = bytes[p];
      if (c > ' ') {
        pos = p;
        return c;
      }
      if (c == ' ' || c == '\t') {
        p++;
      } else if (c == '\n') {
        p++;
        line++;
        lineStart = p;
      } else if (c == '\r') {
        p++;
        if (p < end && bytes[p] == '\n') {
          p++;
        }
        line++;
        lineStart = p;
      } else {
        pos = p;
        return c; // a control char or a byte beyond ASCII: no value starts with it
      }
    }
    pos = p;
    return -1;
  }

  /** The value starting with {@code c} at the current position, read past. */
  private ByteCell value(int column, int c) {
    if (c == '"') {
      return string(column);
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number(column);
    }
    if (c == 't') {
      return literal(column, ValueKind.TRUE, 'r', 'u', 'e', 0, 4);
    }
    if (c == 'f') {
      return literal(column, ValueKind.FALSE, 'a', 'l', 's', 'e', 5);
    }
    if (c == 'n') {
      return literal(column, ValueKind.NULL, 'u', 'l', 'l', 0, 4);
    }
    throw ScanGiveUp.INSTANCE; // a nested value, or a token only jackson decides about
  }

  private ByteCell string(int column) {
    byte[] bytes = b;
    int quote = pos;
    int p = quote + 1;
    int form = ByteCell.PLAIN;
    while (true) {
      // Eight bytes at a time while none of them ends the plain run.
      while (p + 8 <= end) {
        long special = specialBytes((long) LONGS.get(bytes, p));
        if (special != 0) {
          p += Long.numberOfTrailingZeros(special) >>> 3;
          break;
        }
        p += 8;
      }
      if (p >= end) {
        throw ScanGiveUp.INSTANCE;
      }
      int c = bytes[p];
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        form |= ByteCell.ESCAPED;
        p = escape(p);
      } else if (c < ' ') {
        if (c >= 0) {
          throw ScanGiveUp.INSTANCE; // a raw control char
        }
        form |= ByteCell.NON_ASCII;
        p = utf8Sequence(p, c & 0xff);
      } else {
        p++;
      }
    }
    int length = p - quote - 1;
    if (length > maxStringLength) {
      throw ScanGiveUp.INSTANCE; // bytes: the chars may still fit, jackson decides
    }
    pos = p + 1;
    return cell.string(column, quote, length, form);
  }

  /**
   * A high bit in each byte of the little-endian {@code word} that is a quote, a backslash, a
   * control char or beyond ASCII (SWAR: the lowest flagged byte is exact, a borrow can only flag
   * bytes above a true hit).
   */
  private static long specialBytes(long word) {
    long quotes = word ^ 0x2222222222222222L;
    long backslashes = word ^ 0x5C5C5C5C5C5C5C5CL;
    return ((quotes - ONES) & ~quotes
            | (backslashes - ONES) & ~backslashes
            | (word - 0x2020202020202020L)
            | word)
        & HIGH_BITS;
  }

  /**
   * Past the UTF-8 sequence whose lead byte {@code lead} is at {@code p}, which must be valid by
   * RFC 3629 (no overlong form, no surrogate, nothing beyond U+10FFFF): jackson rejects some
   * invalid sequences with its own message, the runtime's pre-check the others, so the scanner
   * decodes only valid ones.
   */
  private int utf8Sequence(int p, int lead) {
    int more;
    int low = 0x80;
    int high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      more = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      more = 2;
      if (lead == 0xE0) {
        low = 0xA0;
      } else if (lead == 0xED) {
        high = 0x9F;
      }
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      more = 3;
      if (lead == 0xF0) {
        low = 0x90;
      } else if (lead == 0xF4) {
        high = 0x8F;
      }
    } else {
      throw ScanGiveUp.INSTANCE;
    }
    if (p + more >= end) {
      throw ScanGiveUp.INSTANCE;
    }
    int second = b[p + 1] & 0xff;
    if (second < low || second > high) {
      throw ScanGiveUp.INSTANCE;
    }
    for (int i = p + 2; i <= p + more; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        throw ScanGiveUp.INSTANCE;
      }
    }
    return p + more + 1;
  }

  /** Past the escape whose backslash is at {@code p}: one of JSON's letters or four hex digits. */
  private int escape(int p) {
    if (p + 1 >= end) {
      throw ScanGiveUp.INSTANCE;
    }
    byte e = b[p + 1];
    if (e == 'u') {
      if (p + 5 >= end) {
        throw ScanGiveUp.INSTANCE;
      }
      for (int i = p + 2; i < p + 6; i++) {
        if (StringDecoding.hex(b[i]) < 0) {
          throw ScanGiveUp.INSTANCE;
        }
      }
      return p + 6;
    }
    if (!StringDecoding.isEscapeLetter(e)) {
      throw ScanGiveUp.INSTANCE;
    }
    return p + 2;
  }

  /**
   * JSON's number grammar; what follows must be a delimiter, which the row loop checks. The integer
   * case is the hot one: its digits are added up as they are passed.
   */
  private ByteCell number(int column) {
    byte[] bytes = b;
    int limit = end;
    int start = pos;
    int first = bytes[start] == '-' ? start + 1 : start;
    int p = first;
    long value = 0;
    while (p < limit) {
      int d = bytes[p] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      value = value * 10 + d;
      p++;
    }
    int digits = p - first;
    if (digits == 0 || (digits > 1 && bytes[first] == '0')) {
      throw ScanGiveUp.INSTANCE; // no digits, or a leading zero jackson refuses
    }
    if (p < limit && (bytes[p] == '.' || (bytes[p] | 0x20) == 'e')) {
      return fraction(column, start, p);
    }
    int length = p - start;
    if (length > maxNumberLength) {
      throw ScanGiveUp.INSTANCE;
    }
    pos = p;
    boolean negative = first != start;
    return cell.integer(
        column, start, length, negative ? -value : value, fitsLong(digits, value, negative));
  }

  /**
   * Whether {@code sum}, the digits added up in a long, is the integer itself. Up to 18 digits it
   * always is. Nineteen digits stay below 2^64, so a sum that wrapped past {@code Long.MAX_VALUE}
   * is negative; the one negative integer whose digits wrap, {@code -9223372036854775808}, sums to
   * {@code Long.MIN_VALUE}, which is its value. Longer integers are left to jackson.
   */
  static boolean fitsLong(int digits, long sum, boolean negative) {
    if (digits <= 18) {
      return true;
    }
    return digits == 19 && (sum >= 0 || (negative && sum == Long.MIN_VALUE));
  }

  /** A number with a fraction or an exponent, whose integer part ends at {@code p}. */
  private ByteCell fraction(int column, int start, int p) {
    if (b[p] == '.') {
      p = digits(p + 1);
    }
    if (p < end && (b[p] | 0x20) == 'e') {
      p++;
      if (p < end && (b[p] == '-' || b[p] == '+')) {
        p++;
      }
      p = digits(p);
    }
    int length = p - start;
    if (length > maxNumberLength) {
      throw ScanGiveUp.INSTANCE;
    }
    pos = p;
    return cell.fraction(column, start, length);
  }

  /** Past one or more digits from {@code p}. */
  private int digits(int p) {
    int q = p;
    while (q < end && b[q] >= '0' && b[q] <= '9') {
      q++;
    }
    if (q == p) {
      throw ScanGiveUp.INSTANCE;
    }
    return q;
  }

  /**
   * {@code true}, {@code false} or {@code null} of {@code length} letters: the first matched,
   * {@code c1} to {@code c3} are the next three and {@code c4} the fifth ({@code false} only).
   */
  private ByteCell literal(int column, int kind, int c1, int c2, int c3, int c4, int length) {
    int p = pos;
    if (p + length > end
        || b[p + 1] != c1
        || b[p + 2] != c2
        || b[p + 3] != c3
        || (length == 5 && b[p + 4] != c4)) {
      throw ScanGiveUp.INSTANCE;
    }
    pos = p + length;
    return cell.literal(column, kind, p, length);
  }
}
