package dev.reportgen.runtime.internal;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Rejects the UTF-8 that jackson's UTF-8 decoder lets through: overlong two-byte forms ({@code C0},
 * {@code C1}), overlong three- and four-byte forms ({@code E0 80..9F}, {@code F0 80..8F}), encoded
 * surrogates ({@code ED A0..BF}) and code points beyond U+10FFFF ({@code F4 90..BF}, {@code
 * F5..F7}). Every other malformation (bad continuation bytes, stray continuation bytes, {@code
 * F8..FF}, a sequence cut by the end of input) is left to jackson, which reports it itself with its
 * own message and position.
 *
 * <p>Cost: ASCII is skipped eight bytes at a time (one masked {@code long} compare); only non-ASCII
 * bytes are looked at one by one, and for most of them that is one range check.
 *
 * <p>The stream form hands out the bytes before an offending sequence and fails on the next read,
 * so jackson has consumed exactly the valid prefix and its current location is the offending byte:
 * the error gets the line and column jackson would give.
 */
public final class Utf8Check {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /** No lead byte waiting for its second byte. */
  private static final int NONE = 0;

  private Utf8Check() {}

  /** The failure: a malformed UTF-8 sequence at a byte offset of the (decompressed) input. */
  public static final class MalformedUtf8Exception extends CharConversionException {
    private static final long serialVersionUID = 1L;

    private final long offset;

    MalformedUtf8Exception(String message, long offset) {
      super(message);
      this.offset = offset;
    }

    /** 0-based byte offset of the sequence's first byte. */
    public long offset() {
      return offset;
    }
  }

  /**
   * Index of the first byte of the first sequence in {@code b[from, to)} that is rejected, or -1. A
   * lead byte whose second byte lies beyond {@code to} is not judged (the caller passes the next
   * chunk's first byte to {@link #secondByteOk}); use {@link #pendingLead} to find it.
   */
  public static int firstInvalid(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      // 32 ASCII bytes per step (four longs OR-ed, one test), then 8 at a time.
      while (i + 32 <= to
          && (((long) LONGS.get(b, i)
                      | (long) LONGS.get(b, i + 8)
                      | (long) LONGS.get(b, i + 16)
                      | (long) LONGS.get(b, i + 24))
                  & HIGH_BITS)
              == 0) {
        i += 32;
      }
      while (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
        i += 8;
      }
      int end = Math.min(i + 8, to);
      while (i < end && b[i] >= 0) {
        i++;
      }
      if (i >= end) {
        continue;
      }
      int c = b[i] & 0xFF;
      if (c == 0xC0 || c == 0xC1 || c >= 0xF5 && c <= 0xF7) {
        return i;
      }
      if ((c == 0xE0 || c == 0xED || c == 0xF0 || c == 0xF4)
          && i + 1 < to
          && !secondByteOk(c, b[i + 1] & 0xFF)) {
        return i;
      }
      i++;
    }
    return -1;
  }

  /**
   * The lead byte at the very end of {@code b[from, to)} whose second byte decides validity ({@code
   * E0}, {@code ED}, {@code F0}, {@code F4}), or 0.
   */
  static int pendingLead(byte[] b, int from, int to) {
    if (to <= from) {
      return NONE;
    }
    int c = b[to - 1] & 0xFF;
    return c == 0xE0 || c == 0xED || c == 0xF0 || c == 0xF4 ? c : NONE;
  }

  /**
   * Whether {@code d} may follow {@code lead}: only {@code E0}, {@code ED}, {@code F0} and {@code
   * F4} narrow the range of their second byte. A byte that is no continuation byte at all is
   * accepted here: jackson reports it (and the CSV decoder checks it itself).
   */
  public static boolean secondByteOk(int lead, int d) {
    if (d < 0x80 || d > 0xBF) {
      return true;
    }
    switch (lead) {
      case 0xE0:
        return d >= 0xA0; // below: overlong 3-byte form
      case 0xED:
        return d <= 0x9F; // above: UTF-16 surrogate
      case 0xF0:
        return d >= 0x90; // below: overlong 4-byte form
      case 0xF4:
        return d <= 0x8F; // above: beyond U+10FFFF
      default:
        return true;
    }
  }

  /** What is wrong with the sequence starting with {@code lead}. */
  static String describe(int lead, int second) {
    String bytes =
        String.format("0x%02x", lead) + (second >= 0 ? String.format(" 0x%02x", second) : "");
    if (lead == 0xC0 || lead == 0xC1 || lead == 0xE0 || lead == 0xF0) {
      return "Invalid UTF-8: overlong encoding " + bytes;
    }
    if (lead == 0xED) {
      return "Invalid UTF-8: encoded UTF-16 surrogate " + bytes;
    }
    return "Invalid UTF-8: code point beyond U+10FFFF " + bytes;
  }

  /** The exception for the sequence at {@code b[i]}, which {@link #firstInvalid} returned. */
  public static MalformedUtf8Exception failure(byte[] b, int i, int to, long offsetOfB0) {
    int lead = b[i] & 0xFF;
    int second = i + 1 < to ? b[i + 1] & 0xFF : -1;
    return new MalformedUtf8Exception(describe(lead, second), offsetOfB0 + i);
  }

  /** Checks the bytes read through it; see the class comment. */
  public static InputStream checking(InputStream in) {
    return new CheckingStream(in);
  }

  private static final class CheckingStream extends FilterInputStream {
    private long offset; // bytes handed out so far
    private int pending = NONE; // a lead byte handed out whose second byte was not seen yet
    private MalformedUtf8Exception failure;

    CheckingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (failure != null) {
        throw failure;
      }
      if (len == 0) {
        return 0;
      }
      int n = in.read(b, off, len);
      if (n <= 0) {
        return n;
      }
      int to = off + n;
      int from = off;
      if (pending != NONE) {
        int lead = pending;
        pending = NONE;
        if (!secondByteOk(lead, b[off] & 0xFF)) {
          // The lead byte is already out: fail now, at the second byte.
          failure = new MalformedUtf8Exception(describe(lead, b[off] & 0xFF), offset - 1);
          throw failure;
        }
      }
      int bad = firstInvalid(b, from, to);
      if (bad < 0) {
        pending = pendingLead(b, from, to);
        offset += n;
        return n;
      }
      failure = failure(b, bad, to, offset - off);
      int good = bad - off;
      if (good == 0) {
        throw failure;
      }
      return good; // the next read throws, so the offset is not needed any more
    }

    @Override
    public long skip(long n) throws IOException {
      // Never used by jackson; read through the check rather than around it.
      byte[] sink = new byte[(int) Math.min(n, 8192)];
      int r = read(sink, 0, sink.length);
      return Math.max(r, 0);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public synchronized void mark(int readlimit) {}

    @Override
    public synchronized void reset() throws IOException {
      throw new IOException("mark/reset not supported");
    }
  }
}
