package dev.reportgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The byte check in front of jackson against RFC 3629's table of well-formed sequences: it must
 * refuse exactly the sequences jackson lets through (overlong forms, encoded surrogates D800-DFFF,
 * code points beyond U+10FFFF) and leave every other byte to jackson, at any position of a chunk
 * and across chunk boundaries of a stream.
 */
class Utf8CheckTest {
  /**
   * RFC 3629 section 4: the range of the byte after each lead byte, or null for bytes that never
   * start a sequence.
   */
  private static int[] wellFormedSecondByte(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return new int[] {0x80, 0xBF};
    }
    if (lead == 0xE0) {
      return new int[] {0xA0, 0xBF};
    }
    if (lead >= 0xE1 && lead <= 0xEC || lead == 0xEE || lead == 0xEF) {
      return new int[] {0x80, 0xBF};
    }
    if (lead == 0xED) {
      return new int[] {0x80, 0x9F};
    }
    if (lead == 0xF0) {
      return new int[] {0x90, 0xBF};
    }
    if (lead >= 0xF1 && lead <= 0xF3) {
      return new int[] {0x80, 0xBF};
    }
    if (lead == 0xF4) {
      return new int[] {0x80, 0x8F};
    }
    return null;
  }

  /**
   * Whether the check refuses {@code lead} followed by {@code second}: a lead byte that only ever
   * starts an overlong form or a code point beyond U+10FFFF, or a continuation byte outside the
   * RFC's range. Everything else (stray continuation bytes, F8-FF, a lead byte followed by a
   * non-continuation byte) is jackson's to report.
   */
  private static boolean refused(int lead, int second) {
    if (lead == 0xC0 || lead == 0xC1 || lead >= 0xF5 && lead <= 0xF7) {
      return true;
    }
    int[] range = wellFormedSecondByte(lead);
    boolean continuation = second >= 0x80 && second <= 0xBF;
    return range != null && continuation && (second < range[0] || second > range[1]);
  }

  private static byte[] ascii(int length) {
    byte[] b = new byte[length];
    Arrays.fill(b, (byte) 'a');
    return b;
  }

  @Test
  void everyLeadAndSecondByteAsRfc3629Says() {
    for (int lead = 0x80; lead <= 0xFF; lead++) {
      for (int second = 0; second <= 0xFF; second++) {
        byte[] b = {'a', (byte) lead, (byte) second, (byte) 0xBF, (byte) 0xBF};
        // When the first pair passes, the second byte is judged as a lead byte in its turn.
        int expected = refused(lead, second) ? 1 : second >= 0x80 && refused(second, 0xBF) ? 2 : -1;
        assertEquals(
            expected,
            Utf8Check.firstInvalid(b, 0, b.length),
            String.format("%02x %02x", lead, second));
        boolean narrowing = lead == 0xE0 || lead == 0xED || lead == 0xF0 || lead == 0xF4;
        assertEquals(
            !(narrowing && refused(lead, second)),
            Utf8Check.secondByteOk(lead, second),
            String.format("secondByteOk %02x %02x", lead, second));
      }
    }
  }

  @Test
  void theEdgesOfEachNarrowedRange() {
    // U+0800 is the first three-byte code point; U+07FF, the last two-byte one, is overlong as
    // E0 9F BF.
    assertEquals(-1, Utf8Check.firstInvalid("\u0800".getBytes(StandardCharsets.UTF_8), 0, 3));
    assertEquals(0, Utf8Check.firstInvalid(bytes(0xE0, 0x9F, 0xBF), 0, 3));
    // U+D7FF is allowed, U+D800 and U+DFFF are surrogates, U+E000 is allowed.
    assertEquals(-1, Utf8Check.firstInvalid(bytes(0xED, 0x9F, 0xBF), 0, 3));
    assertEquals(0, Utf8Check.firstInvalid(bytes(0xED, 0xA0, 0x80), 0, 3));
    assertEquals(0, Utf8Check.firstInvalid(bytes(0xED, 0xBF, 0xBF), 0, 3));
    assertEquals(-1, Utf8Check.firstInvalid(bytes(0xEE, 0x80, 0x80), 0, 3));
    // U+FFFF overlong as F0 8F BF BF; U+10000 is F0 90 80 80.
    assertEquals(0, Utf8Check.firstInvalid(bytes(0xF0, 0x8F, 0xBF, 0xBF), 0, 4));
    assertEquals(-1, Utf8Check.firstInvalid(bytes(0xF0, 0x90, 0x80, 0x80), 0, 4));
    // U+10FFFF is F4 8F BF BF; U+110000 would be F4 90 80 80.
    assertEquals(-1, Utf8Check.firstInvalid(bytes(0xF4, 0x8F, 0xBF, 0xBF), 0, 4));
    assertEquals(0, Utf8Check.firstInvalid(bytes(0xF4, 0x90, 0x80, 0x80), 0, 4));
    // C0 80 and C1 BF are overlong whatever follows; C2 80 is U+0080.
    assertEquals(0, Utf8Check.firstInvalid(bytes(0xC0, 0x80), 0, 2));
    assertEquals(0, Utf8Check.firstInvalid(bytes(0xC1, 0xBF), 0, 2));
    assertEquals(-1, Utf8Check.firstInvalid(bytes(0xC2, 0x80), 0, 2));
  }

  @Test
  void validTextOfEveryLengthPasses() {
    String text =
        "plain ascii, caf\u00e9, \u20ac, \ud83d\ude00, \u00ff\uffff\ud7ff\ue000\udbff\udfff";
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    for (int from = 0; from < b.length; from++) {
      for (int to = from; to <= b.length; to++) {
        assertEquals(-1, Utf8Check.firstInvalid(b, from, to), from + ".." + to);
      }
    }
  }

  /** The refused byte at every offset of long ASCII runs: the word-at-a-time skip misses none. */
  @Test
  void aRefusedSequenceIsFoundAtAnyOffset() {
    for (int length = 1; length <= 80; length++) {
      for (int at = 0; at < length; at++) {
        byte[] b = ascii(length + 1);
        b[at] = (byte) 0xC0;
        b[at + 1] = (byte) 0x80;
        assertEquals(at, Utf8Check.firstInvalid(b, 0, length + 1), length + "@" + at);
        byte[] accented = ascii(length + 1);
        accented[at] = (byte) 0xC3;
        accented[at + 1] = (byte) 0xA9;
        assertEquals(-1, Utf8Check.firstInvalid(accented, 0, length + 1), length + "@" + at);
      }
    }
  }

  @Test
  void onlyTheGivenRangeIsJudged() {
    byte[] b = ascii(70);
    b[3] = (byte) 0xC0;
    b[60] = (byte) 0xF5;
    assertEquals(3, Utf8Check.firstInvalid(b, 0, 70));
    assertEquals(60, Utf8Check.firstInvalid(b, 4, 70));
    assertEquals(-1, Utf8Check.firstInvalid(b, 4, 60));
    assertEquals(60, Utf8Check.firstInvalid(b, 60, 61));
    assertEquals(-1, Utf8Check.firstInvalid(b, 61, 70));
    assertEquals(-1, Utf8Check.firstInvalid(b, 5, 5));
    for (int to = 4; to <= 60; to++) {
      assertEquals(-1, Utf8Check.firstInvalid(b, 4, to), "to " + to);
    }
    // A lead byte whose second byte lies past the range is not judged: it is pending.
    byte[] cut = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
    assertEquals(-1, Utf8Check.firstInvalid(cut, 0, 2));
    assertEquals(0xED, Utf8Check.pendingLead(cut, 0, 2));
    assertEquals(1, Utf8Check.firstInvalid(cut, 0, 3));
  }

  @Test
  void pendingLeadIsTheLastByteWhenItNarrowsTheNext() {
    for (int last = 0; last <= 0xFF; last++) {
      byte[] b = {'a', (byte) last};
      boolean narrowing = last == 0xE0 || last == 0xED || last == 0xF0 || last == 0xF4;
      assertEquals(narrowing ? last : 0, Utf8Check.pendingLead(b, 0, 2), Integer.toHexString(last));
      assertEquals(narrowing ? last : 0, Utf8Check.pendingLead(b, 1, 2));
      assertEquals(0, Utf8Check.pendingLead(b, 0, 1));
    }
    byte[] b = {(byte) 0xE0};
    assertEquals(0, Utf8Check.pendingLead(b, 1, 1));
    assertEquals(0, Utf8Check.pendingLead(b, 0, 0));
  }

  @Test
  void theMessageNamesTheKindAndTheBytes() {
    assertEquals("Invalid UTF-8: overlong encoding 0xc0 0x80", message(0xC0, 0x80));
    assertEquals("Invalid UTF-8: overlong encoding 0xc1 0xbf", message(0xC1, 0xBF));
    assertEquals("Invalid UTF-8: overlong encoding 0xe0 0x9f", message(0xE0, 0x9F));
    assertEquals("Invalid UTF-8: overlong encoding 0xf0 0x8f", message(0xF0, 0x8F));
    assertEquals("Invalid UTF-8: encoded UTF-16 surrogate 0xed 0xa0", message(0xED, 0xA0));
    assertEquals("Invalid UTF-8: code point beyond U+10FFFF 0xf4 0x90", message(0xF4, 0x90));
    assertEquals("Invalid UTF-8: code point beyond U+10FFFF 0xf5 0x80", message(0xF5, 0x80));
    assertEquals("Invalid UTF-8: code point beyond U+10FFFF 0xf7 0xbf", message(0xF7, 0xBF));
    assertEquals("Invalid UTF-8: overlong encoding 0xc0 0x00", message(0xC0, 0x00));
    // The lead byte alone when it is the last byte.
    Utf8Check.MalformedUtf8Exception last = Utf8Check.failure(bytes('a', 0xF5), 1, 2, 100);
    assertEquals("Invalid UTF-8: code point beyond U+10FFFF 0xf5", last.getMessage());
    assertEquals(101, last.offset());
  }

  private static String message(int lead, int second) {
    byte[] b = bytes('x', 'y', lead, second);
    Utf8Check.MalformedUtf8Exception e = Utf8Check.failure(b, 2, 4, 1000);
    assertEquals(1002, e.offset());
    return e.getMessage();
  }

  @Test
  void theStreamHandsOutTheValidPrefixThenFailsAtTheSequence() throws IOException {
    byte[] input = concat(ascii(50), bytes(0xC3, 0xA9, 0xED, 0xA0, 0x80), ascii(10));
    InputStream in = Utf8Check.checking(new ByteArrayInputStream(input));
    byte[] buf = new byte[100];
    assertEquals(52, in.read(buf, 0, 100));
    assertArrayEquals(Arrays.copyOf(input, 52), Arrays.copyOf(buf, 52));
    Utf8Check.MalformedUtf8Exception e =
        assertThrows(Utf8Check.MalformedUtf8Exception.class, () -> in.read(buf, 0, 100));
    assertEquals(52, e.offset());
    assertEquals("Invalid UTF-8: encoded UTF-16 surrogate 0xed 0xa0", e.getMessage());
    // It stays failed.
    assertSame(e, assertThrows(Utf8Check.MalformedUtf8Exception.class, in::read));
  }

  @Test
  void aFailureOnTheFirstByteOfAReadThrowsAtOnce() throws IOException {
    InputStream in = Utf8Check.checking(new ByteArrayInputStream(bytes('a', 'b', 0xC1, 0x81)));
    byte[] buf = new byte[2];
    assertEquals(2, in.read(buf, 0, 2));
    Utf8Check.MalformedUtf8Exception e =
        assertThrows(Utf8Check.MalformedUtf8Exception.class, () -> in.read(buf, 0, 2));
    assertEquals(2, e.offset());
  }

  /**
   * Valid and invalid input read in chunks of every size, also one byte at a time through {@code
   * read()}: the same bytes come out before the failure, at the same offset, however a lead byte
   * and its second byte are split between reads.
   */
  @Test
  void chunkBoundariesChangeNothing() throws IOException {
    byte[] valid =
        concat(
            ascii(9),
            "\u0800\ud7ff\ue000\ud800\udc00\udbff\udfff\u00e9".getBytes(StandardCharsets.UTF_8),
            ascii(3));
    byte[][] invalid = {
      bytes(0xE0, 0x80, 0x80),
      bytes(0xED, 0xBF, 0xBF),
      bytes(0xF0, 0x80, 0x80, 0x80),
      bytes(0xF4, 0x90, 0x80, 0x80),
      bytes(0xC0, 0xAF),
      bytes(0xF6, 0x80)
    };
    for (int chunk = 1; chunk <= 12; chunk++) {
      assertArrayEquals(valid, readAll(valid, chunk), "chunk " + chunk);
      for (byte[] bad : invalid) {
        for (int prefix = 0; prefix <= 9; prefix++) {
          byte[] input = concat(ascii(prefix), bad, ascii(5));
          String what = "chunk " + chunk + " prefix " + prefix + " " + Arrays.toString(bad);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          InputStream in = Utf8Check.checking(new Trickle(input, chunk));
          Utf8Check.MalformedUtf8Exception e =
              assertThrows(Utf8Check.MalformedUtf8Exception.class, () -> copy(in, out), what);
          assertEquals(prefix, e.offset(), what);
          int delivered = out.size();
          // At most the lead byte itself is out before the failure (when split from its second).
          assertTrue(delivered == prefix || delivered == prefix + 1, what + " " + delivered);
          assertArrayEquals(Arrays.copyOf(input, delivered), out.toByteArray(), what);
        }
      }
    }
    InputStream single = Utf8Check.checking(new ByteArrayInputStream(bytes('a', 0xE0, 0x80)));
    assertEquals('a', single.read());
    assertEquals(0xE0, single.read());
    Utf8Check.MalformedUtf8Exception e =
        assertThrows(Utf8Check.MalformedUtf8Exception.class, single::read);
    assertEquals(1, e.offset());
    assertEquals("Invalid UTF-8: overlong encoding 0xe0 0x80", e.getMessage());
  }

  @Test
  void endOfInputEmptyReadsAndSkipping() throws IOException {
    InputStream in = Utf8Check.checking(new ByteArrayInputStream(bytes('a', 'b', 'c', 0xC0, 0x80)));
    assertEquals(0, in.read(new byte[4], 0, 0));
    assertEquals(2, in.skip(2));
    assertEquals('c', in.read());
    assertThrows(Utf8Check.MalformedUtf8Exception.class, () -> in.skip(5));
    InputStream empty = Utf8Check.checking(new ByteArrayInputStream(new byte[0]));
    assertEquals(-1, empty.read());
    assertEquals(-1, empty.read(new byte[4], 0, 4));
    assertEquals(0, empty.skip(10));
    InputStream end = Utf8Check.checking(new ByteArrayInputStream(bytes('a', 0xE0)));
    assertEquals(2, end.read(new byte[8], 0, 8));
    assertEquals(-1, end.read(new byte[8], 0, 8));
  }

  /** A source that returns 0 bytes between a lead byte and its second byte loses no check. */
  @Test
  void aReadOfZeroBytesKeepsThePendingLeadByte() throws IOException {
    byte[] input = bytes('a', 0xED, 0xA0, 0x80);
    InputStream stuttering =
        new InputStream() {
          private int next;
          private boolean give;

          @Override
          public int read() {
            return next < input.length ? input[next++] & 0xFF : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            give = !give;
            return give ? super.read(b, off, Math.min(len, 2)) : 0;
          }
        };
    InputStream in = Utf8Check.checking(stuttering);
    byte[] buf = new byte[8];
    assertEquals(2, in.read(buf, 0, 8));
    assertEquals(0, in.read(buf, 0, 8));
    Utf8Check.MalformedUtf8Exception e =
        assertThrows(Utf8Check.MalformedUtf8Exception.class, () -> in.read(buf, 0, 8));
    assertEquals(1, e.offset());
  }

  @Test
  void markAndResetAreNotSupported() throws IOException {
    InputStream in = Utf8Check.checking(new ByteArrayInputStream(bytes('a', 'b')));
    assertFalse(in.markSupported());
    in.mark(10);
    assertEquals('a', in.read());
    assertThrows(IOException.class, in::reset);
    assertEquals('b', in.read());
  }

  private static byte[] readAll(byte[] input, int chunk) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    copy(Utf8Check.checking(new Trickle(input, chunk)), out);
    return out.toByteArray();
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) throws IOException {
    byte[] buf = new byte[64];
    int n;
    while ((n = in.read(buf, 1, 63)) >= 0) {
      out.write(buf, 1, n);
    }
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** Hands out at most {@code chunk} bytes per read. */
  private static final class Trickle extends ByteArrayInputStream {
    private final int chunk;

    Trickle(byte[] b, int chunk) {
      super(b);
      this.chunk = chunk;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, chunk));
    }
  }
}
