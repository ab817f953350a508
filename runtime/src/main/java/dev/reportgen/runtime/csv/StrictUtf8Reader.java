package dev.reportgen.runtime.csv;

import dev.reportgen.runtime.internal.Utf8Check;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.MalformedInputException;

/**
 * Strict UTF-8 decoding: malformed input is an error, never U+FFFD. It accepts exactly what the
 * JDK's UTF-8 decoder accepts with {@code CodingErrorAction.REPORT} ({@code StrictUtf8ReaderTest}
 * compares the two on generated input), and, like {@link java.io.InputStreamReader}, a read that
 * meets malformed bytes throws and the characters it decoded before them are not delivered.
 *
 * <p>Why not the JDK's decoder: it takes its fast ASCII path only at the start of each call and
 * goes byte by byte after the first non-ASCII byte, so report text with the odd accented name
 * decoded at a fraction of the speed. Here ASCII is copied eight bytes at a time wherever it
 * occurs. Every byte consumed also goes through {@link LineBreaks}, so {@link #line()} is the line
 * of the malformed bytes after such a failure.
 */
final class StrictUtf8Reader extends Reader {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private final InputStream in;
  private final byte[] bytes = new byte[16384];
  private final LineBreaks lines = new LineBreaks();

  /** Undecoded bytes are {@code bytes[pos, limit)}. */
  private int pos;

  private int limit;
  private boolean eof;
  private boolean ended;
  private IOException failure;

  /** The low surrogate of a pair that did not fit the caller's buffer, or 0. */
  private char pendingLow;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (failure != null) {
      throw failure;
    }
    if (len == 0) {
      return 0;
    }
    int dp = off;
    int end = off + len;
    if (pendingLow != 0) {
      buf[dp++] = pendingLow;
      pendingLow = 0;
    }
    while (true) {
      int from = pos;
      dp = decode(buf, dp, end);
      lines.scan(bytes, from, pos);
      if (failure != null) {
        throw failure;
      }
      if (dp == end || (dp > off && (eof || in.available() <= 0))) {
        return dp - off; // deliver what there is before blocking for more
      }
      if (eof) {
        ended = true; // every byte decoded (a cut sequence would have failed)
        return -1;
      }
      fill();
    }
  }

  /** Moves the undecoded bytes to the front and reads more behind them. */
  private void fill() throws IOException {
    int left = limit - pos;
    System.arraycopy(bytes, pos, bytes, 0, left);
    pos = 0;
    limit = left;
    int n = in.read(bytes, limit, bytes.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }

  /**
   * Decodes {@code bytes[pos, limit)} into {@code buf[dp, end)} until either runs out or a sequence
   * is malformed (then {@link #failure} is set and {@link #pos} is at its first byte). A sequence
   * cut by {@link #limit} is left for the next call. Returns the new {@code dp}.
   */
  private int decode(char[] buf, int dp, int end) {
    byte[] b = bytes;
    int sp = pos;
    int sl = limit;
    while (true) {
      while (sp + Long.BYTES <= sl
          && dp + Long.BYTES <= end
          && ((long) LONGS.get(b, sp) & HIGH_BITS) == 0) {
        for (int k = 0; k < Long.BYTES; k++) {
          buf[dp + k] = (char) b[sp + k];
        }
        sp += Long.BYTES;
        dp += Long.BYTES;
      }
      if (sp == sl || dp == end) {
        break; // every byte decoded, or the caller's buffer full
      }
      int b1 = b[sp];
      if (b1 >= 0) {
        buf[dp++] = (char) b1;
        sp++;
        continue;
      }
      int need = sequenceLength(b1);
      if (need < 0) {
        failure = new MalformedInputException(1);
        break;
      }
      if (sp + need > sl) {
        if (eof) {
          failure = new MalformedInputException(validPrefix(b, sp, sl));
        }
        break; // at the end of input malformed, else the rest comes with the next read
      }
      int bad = invalidContinuation(b, sp, need);
      if (bad > 0) {
        failure = new MalformedInputException(bad);
        break;
      }
      int cp = codePoint(b, sp, need);
      if (cp >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
        buf[dp++] = Character.highSurrogate(cp);
        if (dp == end) {
          pendingLow = Character.lowSurrogate(cp);
        } else {
          buf[dp++] = Character.lowSurrogate(cp);
        }
      } else {
        buf[dp++] = (char) cp;
      }
      sp += need;
    }
    pos = sp;
    return dp;
  }

  /** The length a lead byte announces, or -1 for bytes that cannot start a sequence. */
  private static int sequenceLength(int b1) {
    int u = b1 & 0xFF;
    if (u >= 0xC2 && u <= 0xDF) {
      return 2;
    }
    if (u >= 0xE0 && u <= 0xEF) {
      return 3;
    }
    if (u >= 0xF0 && u <= 0xF4) {
      return 4;
    }
    return -1; // continuation bytes, C0 and C1 (always overlong), F5..FF (beyond U+10FFFF)
  }

  /**
   * 0 when the {@code need - 1} bytes after the lead byte at {@code sp} continue it validly, else
   * the length of the malformed input as the JDK reports it (the lead byte plus the valid
   * continuation bytes before the bad one).
   */
  private static int invalidContinuation(byte[] b, int sp, int need) {
    int lead = b[sp] & 0xFF;
    for (int k = 1; k < need; k++) {
      int c = b[sp + k] & 0xFF;
      // The second byte also rules out overlong forms, surrogates and values beyond U+10FFFF.
      if (c < 0x80 || c > 0xBF || (k == 1 && !Utf8Check.secondByteOk(lead, c))) {
        return k;
      }
    }
    return 0;
  }

  /** How many bytes of the sequence cut by the end of input at {@code sp} were valid. */
  private static int validPrefix(byte[] b, int sp, int sl) {
    int need = sequenceLength(b[sp]);
    int bad = invalidContinuation(b, sp, Math.min(need, sl - sp));
    return bad > 0 ? bad : sl - sp;
  }

  private static int codePoint(byte[] b, int sp, int need) {
    int b1 = b[sp] & 0xFF;
    int b2 = b[sp + 1] & 0x3F;
    if (need == 2) {
      return ((b1 & 0x1F) << 6) | b2;
    }
    int b3 = b[sp + 2] & 0x3F;
    if (need == 3) {
      return ((b1 & 0x0F) << 12) | (b2 << 6) | b3;
    }
    return ((b1 & 0x07) << 18) | (b2 << 12) | (b3 << 6) | (b[sp + 3] & 0x3F);
  }

  /** The line of the next byte to decode; after a failure, the line of the malformed bytes. */
  long line() {
    return lines.line();
  }

  /** Whether a read has returned -1: the consumer has had every character. */
  boolean ended() {
    return ended;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
