package dev.reportgen.runtime.csv;

import dev.reportgen.runtime.internal.InputSources;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Follows the line breaks of the CSV bytes as the UTF-8 decoder consumes them, eight bytes at a
 * time where there are none (CR and LF never occur inside a multi-byte UTF-8 sequence). Two jobs:
 *
 * <ul>
 *   <li>Lines are counted as FastCSV counts them (CR, LF and CRLF each end one), so an error found
 *       below FastCSV, such as malformed UTF-8, can name its line.
 *   <li>It refuses the input FastCSV 4.1.0 misreads: a quoted field holding a CR not followed by
 *       LF, closed right before a record-ending LF ({@code "a\rb"\n}). FastCSV takes that LF for
 *       the second half of a CRLF and silently drops the field and merges two records.
 * </ul>
 *
 * <p>The second check reads only bytes, without quote state, so it has to assume the worst: after a
 * lone CR, if the first quote, CR or LF is a quote directly followed by LF, the input is refused.
 * FastCSV goes wrong exactly when that CR is inside the quoted field; a second quote, a separator,
 * CR or other text after the closing quote all clear its flag. The same bytes with the CR outside
 * quotes (a file whose records end with a bare CR, followed by a field that opens with a quote and
 * a line break) are refused too; docs/runtime.md lists this.
 */
final class LineBreaks {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long BELOW_14 = 0x0E0E0E0E0E0E0E0EL;

  /** No CR pending: only CR and LF matter, skipped to eight bytes at a time. */
  private static final int PLAIN = 0;

  /** The last byte was a CR: an LF next makes it a CRLF. */
  private static final int AFTER_CR = 1;

  /** After a lone CR, before any quote, CR or LF. */
  private static final int LONE_CR = 2;

  /** The last byte was the first quote after a lone CR. */
  private static final int QUOTE_AFTER_LONE_CR = 3;

  private int state = PLAIN;
  private long breaks;

  /** The line of the next byte: 1 plus the line breaks scanned. */
  long line() {
    return breaks + 1;
  }

  /** Scans {@code b[from, to)}, the bytes that come next in the input. */
  void scan(byte[] b, int from, int to) throws InputSources.BadInputException {
    int i = from;
    while (i < to) {
      if (state == PLAIN) {
        i = skipToControlByte(b, i, to);
        int end = Math.min(i + Long.BYTES, to);
        while (i < end) {
          step(b[i++]);
        }
      } else {
        step(b[i++]);
      }
    }
  }

  /**
   * The start of the first eight-byte word in {@code b[i, to)} that holds a byte below 14 (CR and
   * LF among them, and rarely anything else in text), or of the last partial word. Four words per
   * step while none does: one branch per 32 bytes.
   */
  private static int skipToControlByte(byte[] b, int i, int to) {
    int lastBlock = to - 4 * Long.BYTES;
    while (i <= lastBlock) {
      long w0 = (long) LONGS.get(b, i);
      long w1 = (long) LONGS.get(b, i + 8);
      long w2 = (long) LONGS.get(b, i + 16);
      long w3 = (long) LONGS.get(b, i + 24);
      if (((below14(w0) | below14(w1) | below14(w2) | below14(w3)) & HIGH_BITS) != 0) {
        break;
      }
      i += 4 * Long.BYTES;
    }
    int lastWord = to - Long.BYTES;
    while (i <= lastWord && (below14((long) LONGS.get(b, i)) & HIGH_BITS) == 0) {
      i += Long.BYTES;
    }
    return i;
  }

  private void step(byte c) throws InputSources.BadInputException {
    switch (state) {
      case PLAIN:
        if (c == '\n') {
          breaks++;
        } else if (c == '\r') {
          breaks++;
          state = AFTER_CR;
        }
        break;
      case AFTER_CR:
        if (c == '\n') {
          state = PLAIN; // CRLF: one line break, counted at the CR
        } else if (c == '\r') {
          breaks++; // the first CR was lone, and this one starts over
        } else {
          state = c == '"' ? QUOTE_AFTER_LONE_CR : LONE_CR;
        }
        break;
      case LONE_CR:
        if (c == '\n') {
          breaks++;
          state = PLAIN;
        } else if (c == '\r') {
          breaks++;
          state = AFTER_CR;
        } else if (c == '"') {
          state = QUOTE_AFTER_LONE_CR;
        }
        break;
      default: // QUOTE_AFTER_LONE_CR
        if (c == '\n') {
          throw new InputSources.BadInputException(
              "unsupported CSV: a quoted field holding a CR without LF ends its record with LF"
                  + " (FastCSV would drop the field and merge two records)",
              line());
        }
        if (c == '\r') {
          breaks++;
          state = AFTER_CR;
        } else {
          state = PLAIN;
        }
        break;
    }
  }

  /**
   * High bit set in some byte when a byte of {@code word} is below 14 (the exact "has a byte less
   * than n" test; bytes of 128 and above never count).
   */
  private static long below14(long word) {
    return (word - BELOW_14) & ~word;
  }
}
