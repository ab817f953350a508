package dev.reportgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.ReportException;
import dev.reportgen.runtime.ReportIoException;
import dev.reportgen.runtime.ReportParseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

/**
 * The byte preparation of an input (gzip by its magic bytes, the UTF-8 BOM, the JSON UTF-8 check)
 * and the split of every {@link IOException} into bad data or a failing source.
 */
class InputSourcesTest {
  private static final byte[] TEXT = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void gzipIsRecognisedByItsTwoMagicBytesOnly() throws IOException {
    assertArrayEquals(
        TEXT, readAll(InputSources.gunzipIfNeeded(new ByteArrayInputStream(gzip(TEXT)))));
    assertArrayEquals(TEXT, readAll(InputSources.gunzipIfNeeded(new ByteArrayInputStream(TEXT))));
    for (byte[] notGzip :
        new byte[][] {
          bytes(0x1f),
          bytes(0x1f, 0x8c),
          bytes(0x1e, 0x8b),
          bytes(0x8b, 0x1f),
          bytes(),
          bytes(0x1f, 'a', 'b')
        }) {
      assertArrayEquals(
          notGzip, readAll(InputSources.gunzipIfNeeded(new ByteArrayInputStream(notGzip))));
    }
    // The magic bytes followed by no valid gzip stream are a corrupt gzip input, reported as such.
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                readAll(
                    InputSources.gunzipIfNeeded(
                        new ByteArrayInputStream(bytes(0x1f, 0x8b, 0, 0)))));
    assertInstanceOf(
        ReportParseException.class, InputSources.classify(e, "reading", 0, -1, -1, ""));
  }

  @Test
  void theBufferedStreamSupportsMarkAndReset() throws IOException {
    InputStream in = InputSources.gunzipIfNeeded(new ByteArrayInputStream(TEXT));
    assertTrue(in.markSupported());
    in.mark(4);
    assertEquals('{', in.read());
    in.reset();
    assertEquals('{', in.read());
  }

  @Test
  void aUtf8BomIsSkippedOnlyWhenWhole() throws IOException {
    assertArrayEquals(
        TEXT,
        readAll(
            InputSources.skipUtf8Bom(
                InputSources.gunzipIfNeeded(
                    new ByteArrayInputStream(concat(bytes(0xEF, 0xBB, 0xBF), TEXT))))));
    for (byte[] partial :
        new byte[][] {
          bytes(0xEF, 0xBB, 'a'),
          bytes(0xEF, 'a', 'b'),
          bytes(0xEE, 0xBB, 0xBF),
          bytes(0xEF, 0xBC, 0xBF),
          bytes(0xEF, 0xBB, 0xBE),
          bytes(0xEF),
          bytes()
        }) {
      assertArrayEquals(
          partial,
          readAll(
              InputSources.skipUtf8Bom(
                  InputSources.gunzipIfNeeded(new ByteArrayInputStream(partial)))));
    }
    // Only one BOM: a second one is text.
    byte[] twice = bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF);
    assertArrayEquals(
        bytes(0xEF, 0xBB, 0xBF),
        readAll(
            InputSources.skipUtf8Bom(
                InputSources.gunzipIfNeeded(new ByteArrayInputStream(twice)))));
  }

  @Test
  void jsonIsUtf8CheckedUnlessJacksonReadsItAsUtf16Or32() throws IOException {
    byte[] overlong = bytes('[', '"', 0xC0, 0xAF, '"', ']');
    IOException e =
        assertThrows(
            IOException.class,
            () -> readAll(InputSources.jsonBytes(new ByteArrayInputStream(overlong))));
    assertInstanceOf(Utf8Check.MalformedUtf8Exception.class, e);
    assertEquals(2, ((Utf8Check.MalformedUtf8Exception) e).offset());
    IOException gz =
        assertThrows(
            IOException.class,
            () -> readAll(InputSources.jsonBytes(new ByteArrayInputStream(gzip(overlong)))));
    assertInstanceOf(Utf8Check.MalformedUtf8Exception.class, gz);
    // Short documents are checked too.
    assertThrows(
        Utf8Check.MalformedUtf8Exception.class,
        () -> readAll(InputSources.jsonBytes(new ByteArrayInputStream(bytes(0xC0, 0x80)))));
    assertArrayEquals(TEXT, readAll(InputSources.jsonBytes(new ByteArrayInputStream(TEXT))));
    // UTF-16 with a BOM, or a zero byte among the first four: jackson decodes, bytes untouched.
    for (byte[] utf16 :
        new byte[][] {
          bytes(0xFE, 0xFF, 0xC0, 0x80),
          bytes(0xFF, 0xFE, 0xC0, 0x80),
          bytes(0, '[', 0xC0, 0x80),
          bytes('[', 0, 0xC0, 0x80),
          bytes('[', ' ', ' ', 0, 0xC0, 0x80)
        }) {
      assertArrayEquals(utf16, readAll(InputSources.jsonBytes(new ByteArrayInputStream(utf16))));
    }
  }

  @Test
  void readAsUtf8FollowsJacksonsDetection() {
    assertTrue(InputSources.readAsUtf8(bytes('[', ']', ' ', ' '), 4));
    assertTrue(InputSources.readAsUtf8(bytes(0xEF, 0xBB, 0xBF, '['), 4));
    assertTrue(InputSources.readAsUtf8(bytes(), 0));
    assertTrue(InputSources.readAsUtf8(bytes(0xFE), 1));
    assertTrue(InputSources.readAsUtf8(bytes(0xFE, 0xFE), 2));
    assertTrue(InputSources.readAsUtf8(bytes(0xFF, 0xFF), 2));
    assertTrue(InputSources.readAsUtf8(bytes(0xFE, 0x00), 1)); // the zero byte was not read
    // The fifth byte is not looked at.
    assertTrue(InputSources.readAsUtf8(bytes('[', ' ', ' ', ' ', 0), 5));
    assertFalse(InputSources.readAsUtf8(bytes(0xFE, 0xFF), 2));
    assertFalse(InputSources.readAsUtf8(bytes(0xFF, 0xFE, '[', 0), 4));
    for (int zeroAt = 0; zeroAt < 4; zeroAt++) {
      byte[] b = bytes('[', ' ', ' ', ']');
      b[zeroAt] = 0;
      assertFalse(InputSources.readAsUtf8(b, 4), "zero at " + zeroAt);
      assertEquals(zeroAt >= 2, InputSources.readAsUtf8(b, 2), "zero at " + zeroAt + " of 2");
    }
  }

  @Test
  void failuresOfTheCallersStreamAreTaggedAsTheSource() {
    IOException boom = new IOException("disk on fire");
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw boom;
          }

          @Override
          public long skip(long n) throws IOException {
            throw boom;
          }

          @Override
          public int available() throws IOException {
            throw boom;
          }
        };
    IOException opened =
        assertThrows(IOException.class, () -> InputSources.gunzipIfNeeded(failing));
    InputSources.SourceFailure tagged = assertInstanceOf(InputSources.SourceFailure.class, opened);
    assertSame(boom, tagged.original());
    assertEquals("disk on fire", tagged.getMessage());
    ReportException classified =
        InputSources.classify(tagged, "reading the input failed", 3, 4, 5, "here");
    assertInstanceOf(ReportIoException.class, classified);
    assertSame(boom, classified.getCause());
    assertEquals("reading the input failed: disk on fire", classified.getMessage());
  }

  @Test
  void everyCallOfTheCallersStreamIsTagged() throws IOException {
    IOException boom = new IOException("gone");
    InputStream failsLater =
        new InputStream() {
          private int left = 70_000;

          @Override
          public int read() throws IOException {
            if (left-- <= 0) {
              throw boom;
            }
            return 'a';
          }

          @Override
          public long skip(long n) throws IOException {
            throw boom;
          }

          @Override
          public int available() throws IOException {
            throw boom;
          }
        };
    InputStream in = InputSources.gunzipIfNeeded(failsLater);
    IOException e = assertThrows(IOException.class, () -> in.readAllBytes());
    assertSame(boom, assertInstanceOf(InputSources.SourceFailure.class, e).original());
    IOException skip = assertThrows(IOException.class, () -> in.skip(200_000));
    assertSame(boom, assertInstanceOf(InputSources.SourceFailure.class, skip).original());
    IOException available = assertThrows(IOException.class, in::available);
    assertSame(boom, assertInstanceOf(InputSources.SourceFailure.class, available).original());
  }

  /**
   * Once the buffer is read out and its mark dropped (past 64 KiB), a skip goes to the caller's
   * stream, and the count it gives comes back: every byte is either read or counted as skipped.
   */
  @Test
  void aSkipPastTheBufferSkipsInTheCallersStreamAndCountsIt() throws IOException {
    long[] skippedBelow = {0};
    InputStream source =
        new ByteArrayInputStream(new byte[200_000]) {
          @Override
          public synchronized long skip(long n) {
            long skipped = super.skip(n);
            skippedBelow[0] += skipped;
            return skipped;
          }
        };
    InputStream in = InputSources.gunzipIfNeeded(source);
    long seen = in.readNBytes(70_000).length;
    for (long n; (n = in.skip(10_000)) > 0; ) {
      seen += n;
    }
    seen += in.readAllBytes().length;
    assertEquals(200_000, seen);
    assertTrue(skippedBelow[0] > 0, "the caller's stream was asked to skip");
  }

  @Test
  void aTaggedFailureIsNotTaggedTwice() throws IOException {
    IOException boom = new IOException("gone");
    InputStream failsLater =
        new InputStream() {
          private int left = 10;

          @Override
          public int read() throws IOException {
            if (left-- <= 0) {
              throw boom;
            }
            return 'a';
          }
        };
    InputStream twice = InputSources.gunzipIfNeeded(InputSources.gunzipIfNeeded(failsLater));
    IOException e = assertThrows(IOException.class, twice::readAllBytes);
    assertSame(boom, assertInstanceOf(InputSources.SourceFailure.class, e).original());
  }

  @Test
  void theCallersReaderIsTaggedExceptForItsOwnDecodingFailures() throws IOException {
    IOException boom = new IOException("socket reset");
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] cbuf, int off, int len) throws IOException {
            throw boom;
          }

          @Override
          public int read() throws IOException {
            throw boom;
          }

          @Override
          public long skip(long n) throws IOException {
            throw boom;
          }

          @Override
          public boolean ready() throws IOException {
            throw boom;
          }

          @Override
          public void close() {}
        };
    Reader source = InputSources.source(failing);
    for (IOException e :
        new IOException[] {
          assertThrows(IOException.class, source::read),
          assertThrows(IOException.class, () -> source.read(new char[4], 0, 4)),
          assertThrows(IOException.class, () -> source.skip(3)),
          assertThrows(IOException.class, source::ready)
        }) {
      assertSame(boom, assertInstanceOf(InputSources.SourceFailure.class, e).original());
    }
    for (IOException decoding :
        new IOException[] {
          new MalformedInputException(2), new CharConversionException("bad bytes")
        }) {
      Reader undecodable =
          InputSources.source(
              new Reader() {
                @Override
                public int read(char[] cbuf, int off, int len) throws IOException {
                  throw decoding;
                }

                @Override
                public void close() {}
              });
      assertSame(decoding, assertThrows(IOException.class, undecodable::read));
    }
    Reader notReady =
        InputSources.source(
            new Reader() {
              @Override
              public int read(char[] cbuf, int off, int len) {
                return -1;
              }

              @Override
              public void close() {}
            });
    assertFalse(notReady.ready());
    Reader fine = InputSources.source(new StringReader("abc"));
    assertTrue(fine.ready());
    assertEquals(1, fine.skip(1));
    assertEquals('b', fine.read());
    char[] rest = new char[4];
    assertEquals(1, fine.read(rest, 0, 4));
    assertEquals('c', rest[0]);
  }

  @Test
  void badDataIsAParseExceptionAtItsPosition() {
    ReportException bad =
        InputSources.classify(
            new InputSources.BadInputException("unsupported CSV: x", 12),
            "reading",
            4,
            99,
            98,
            "w");
    ReportParseException parse = assertInstanceOf(ReportParseException.class, bad);
    assertEquals("unsupported CSV: x", parse.problem());
    assertEquals(4, parse.row());
    assertEquals(12, parse.line());
    assertEquals(-1, parse.lineColumn());

    ReportParseException utf8 =
        parse(
            InputSources.classify(
                Utf8Check.failure(bytes(0xC0, 0x80), 0, 2, 0), "reading", -1, 2, 7, "at byte 0"));
    assertEquals(
        "malformed input: Invalid UTF-8: overlong encoding 0xc0 0x80 at byte 0", utf8.problem());
    assertEquals(2, utf8.line());
    assertEquals(7, utf8.lineColumn());
    assertEquals(-1, utf8.row());

    ReportParseException coding =
        parse(
            InputSources.classify(
                new MalformedInputException(1), "reading", 0, 3, -1, "on line 3"));
    assertEquals(
        "malformed input: not UTF-8 (java.nio.charset.MalformedInputException: Input "
            + "length = 1) on line 3",
        coding.problem());
    assertEquals(0, coding.row());
    assertEquals(3, coding.line());

    assertEquals(
        "malformed input encoding: odd bytes",
        parse(
                InputSources.classify(
                    new CharConversionException("odd bytes"), "reading", -1, -1, -1, ""))
            .problem());
    assertEquals(
        "truncated or corrupt gzip input: Unexpected end of ZLIB input stream",
        parse(
                InputSources.classify(
                    new EOFException("Unexpected end of ZLIB input stream"),
                    "reading",
                    -1,
                    -1,
                    -1,
                    null))
            .problem());
    assertEquals(
        "truncated or corrupt gzip input: unexpected end of input",
        parse(InputSources.classify(new EOFException(), "reading", -1, -1, -1, null)).problem());
    assertEquals(
        "truncated or corrupt gzip input: invalid block type at byte 10",
        parse(
                InputSources.classify(
                    new ZipException("invalid block type"), "reading", -1, -1, -1, "at byte 10"))
            .problem());
  }

  @Test
  void anUntaggedUnknownFailureIsTheSources() {
    IOException odd = new IOException("odd");
    ReportException e = InputSources.classify(odd, "reading the CSV input failed", 1, 2, 3, "x");
    assertInstanceOf(ReportIoException.class, e);
    assertSame(odd, e.getCause());
    assertEquals("reading the CSV input failed: odd", e.getMessage());
  }

  private static ReportParseException parse(ReportException e) {
    return assertInstanceOf(ReportParseException.class, e);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
