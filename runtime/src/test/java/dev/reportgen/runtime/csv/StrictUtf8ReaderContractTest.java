package dev.reportgen.runtime.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The {@link java.io.Reader} contract of the strict decoder, beyond what the comparison with the
 * JDK's decoder ({@code StrictUtf8ReaderTest}) shows: the code points at each UTF-8 length
 * boundary, writes only inside the caller's range, never a read of 0 chars, sequences split across
 * its own 16 KiB buffer, the length the JDK reports for a malformed sequence, and close.
 */
class StrictUtf8ReaderContractTest {
  /** The first and last code point of each UTF-8 length (RFC 3629 section 3), the surrogate gap. */
  private static final String EDGES =
      new StringBuilder()
          .appendCodePoint(0x00)
          .appendCodePoint(0x7F)
          .appendCodePoint(0x80)
          .appendCodePoint(0x7FF)
          .appendCodePoint(0x800)
          .appendCodePoint(0xD7FF)
          .appendCodePoint(0xE000)
          .appendCodePoint(0xFFFF)
          .appendCodePoint(0x10000)
          .appendCodePoint(0x10FFFF)
          .toString();

  private static String readAll(InputStream in, int bufferSize) throws IOException {
    StrictUtf8Reader reader = new StrictUtf8Reader(in);
    StringBuilder got = new StringBuilder();
    char[] buf = new char[bufferSize];
    for (int n; (n = reader.read(buf, 0, bufferSize)) >= 0; ) {
      assertTrue(n > 0, "a read of 0 chars");
      got.append(buf, 0, n);
    }
    assertTrue(reader.ended());
    return got.toString();
  }

  @Test
  void theCodePointsAtEachLengthBoundaryDecode() throws IOException {
    byte[] utf8 = EDGES.getBytes(StandardCharsets.UTF_8);
    for (int size = 1; size <= EDGES.length() + 1; size++) {
      assertEquals(EDGES, readAll(new ByteArrayInputStream(utf8), size), "buffer " + size);
      assertEquals(EDGES, readAll(new OneByteAtATime(utf8), size), "buffer " + size);
    }
  }

  /** Chars land only in {@code buf[off, off + len)}, with ASCII runs and multi-byte text. */
  @Test
  void onlyTheCallersRangeIsWritten() throws IOException {
    String text = "abcdefghijklmnop\u00e9qrstuvwxyz01234567\ud83d\ude00";
    for (int len = 1; len <= 20; len++) {
      StrictUtf8Reader reader =
          new StrictUtf8Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      StringBuilder got = new StringBuilder();
      char[] buf = new char[len + 6];
      for (int n; ; ) {
        Arrays.fill(buf, '#');
        n = reader.read(buf, 3, len);
        if (n < 0) {
          break;
        }
        got.append(buf, 3, n);
        char[] before = Arrays.copyOfRange(buf, 0, 3);
        char[] after = Arrays.copyOfRange(buf, 3 + n, buf.length);
        assertArrayEquals("###".toCharArray(), before, "len " + len);
        char[] untouched = new char[after.length];
        Arrays.fill(untouched, '#');
        assertArrayEquals(untouched, after, "len " + len);
      }
      assertEquals(text, got.toString(), "len " + len);
    }
    // A buffer exactly the size of the read: the eight-byte copy stays inside it.
    StrictUtf8Reader exact =
        new StrictUtf8Reader(
            new ByteArrayInputStream("abcdefghijklmnopq".getBytes(StandardCharsets.US_ASCII)));
    char[] eight = new char[8];
    assertEquals(8, exact.read(eight, 0, 8));
    assertEquals("abcdefgh", new String(eight));
    assertEquals(8, exact.read(eight, 0, 8));
    assertEquals("ijklmnop", new String(eight));
  }

  @Test
  void emptyInputEndsAtOnceAndEmptyReadsReadNothing() throws IOException {
    StrictUtf8Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(new byte[0]));
    assertEquals(0, reader.read(new char[4], 0, 0));
    assertFalse(reader.ended());
    assertEquals(-1, reader.read(new char[4], 0, 4));
    assertTrue(reader.ended());
    assertEquals(-1, reader.read(new char[4], 0, 4));
    assertEquals(1, reader.line());
    assertEquals("", readAll(new OneByteAtATime(new byte[0]), 4));
  }

  /** A sequence split by the reader's own buffer boundary (16 KiB) decodes, at every split. */
  @Test
  void sequencesAcrossTheInternalBufferDecode() throws IOException {
    for (int shift = 0; shift <= 4; shift++) {
      String text = "x".repeat(16384 - shift) + "\u00e9\u20ac\ud83d\ude00" + "y".repeat(20000);
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      assertEquals(text, readAll(new ByteArrayInputStream(utf8), 8192), "shift " + shift);
      assertEquals(text, readAll(new ByteArrayInputStream(utf8), 50_000), "shift " + shift);
    }
  }

  /** A source that returns 0 bytes now and then has not ended: nothing is lost. */
  @Test
  void aReadOfZeroBytesIsNotTheEnd() throws IOException {
    byte[] utf8 = "ab\u00e9c".getBytes(StandardCharsets.UTF_8);
    InputStream stuttering =
        new InputStream() {
          private int next;
          private boolean give;

          @Override
          public int read() {
            return next < utf8.length ? utf8[next++] & 0xFF : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            give = !give;
            if (!give) {
              return 0;
            }
            return super.read(b, off, Math.min(len, 1));
          }
        };
    assertEquals("ab\u00e9c", readAll(stuttering, 16));
  }

  /** The JDK's length for a malformed sequence: the lead byte and the valid bytes after it. */
  @Test
  void aMalformedSequenceHasTheJdksLength() throws IOException {
    assertEquals(1, malformedLength(0x80));
    assertEquals(1, malformedLength(0xC0, 0x80));
    assertEquals(1, malformedLength(0xF5, 0x80, 0x80, 0x80));
    assertEquals(1, malformedLength(0xC3, 0x41));
    assertEquals(1, malformedLength(0xE0, 0x80, 0x80));
    assertEquals(1, malformedLength(0xED, 0xA0, 0x80));
    assertEquals(2, malformedLength(0xE1, 0x80, 0x41));
    assertEquals(3, malformedLength(0xF1, 0x80, 0x80, 0x41));
    assertEquals(1, malformedLength(0xF4, 0x90, 0x80, 0x80));
    // Cut by the end of input.
    assertEquals(1, malformedLength(0xC3));
    assertEquals(2, malformedLength(0xE1, 0x80));
    assertEquals(3, malformedLength(0xF1, 0x80, 0x80));
    assertEquals(1, malformedLength(0xF0, 0x8F));
    assertEquals(1, malformedLength(0xE1, 0x41));
  }

  /**
   * The length of the failure for {@code values} after a first line, the same whether the bytes
   * come at once or one by one; the failure names line 2 and every later read throws it again.
   */
  private static int malformedLength(int... values) throws IOException {
    byte[] input = new byte[values.length + 2];
    input[0] = 'a';
    input[1] = '\n';
    for (int i = 0; i < values.length; i++) {
      input[i + 2] = (byte) values[i];
    }
    int[] lengths = new int[2];
    InputStream[] sources = {new ByteArrayInputStream(input), new OneByteAtATime(input)};
    for (int k = 0; k < 2; k++) {
      StrictUtf8Reader reader = new StrictUtf8Reader(sources[k]);
      char[] buf = new char[16];
      MalformedInputException e =
          assertThrows(
              MalformedInputException.class,
              () -> {
                while (reader.read(buf, 0, 16) >= 0) {
                  // until the failure
                }
              });
      assertEquals(2, reader.line());
      assertSame(e, assertThrows(MalformedInputException.class, () -> reader.read(buf, 0, 16)));
      assertFalse(reader.ended());
      lengths[k] = e.getInputLength();
    }
    assertEquals(lengths[0], lengths[1]);
    return lengths[0];
  }

  /** A read returns the chars decoded so far rather than read the source again, which may block. */
  @Test
  void whatIsDecodedIsDeliveredBeforeReadingMore() throws IOException {
    InputStream slow =
        new InputStream() {
          private boolean delivered;

          @Override
          public int read() {
            throw new AssertionError("single-byte read");
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (delivered) {
              throw new AssertionError("read the source again before handing out what it had");
            }
            delivered = true;
            b[off] = 'o';
            b[off + 1] = 'k';
            return 2;
          }
        };
    StrictUtf8Reader reader = new StrictUtf8Reader(slow);
    char[] buf = new char[16];
    assertEquals(2, reader.read(buf, 0, 16));
    assertEquals("ok", new String(buf, 0, 2));
  }

  @Test
  void closeClosesTheSource() throws IOException {
    boolean[] closed = {false};
    StrictUtf8Reader reader =
        new StrictUtf8Reader(
            new ByteArrayInputStream(new byte[1]) {
              @Override
              public void close() {
                closed[0] = true;
              }
            });
    reader.close();
    assertTrue(closed[0]);
  }

  /** One byte per read, nothing ever said to be available: the decoder must wait for more. */
  private static final class OneByteAtATime extends InputStream {
    private final byte[] bytes;
    private int next;

    OneByteAtATime(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return next < bytes.length ? bytes[next++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int c = read();
      if (c < 0) {
        return -1;
      }
      b[off] = (byte) c;
      return 1;
    }
  }
}
