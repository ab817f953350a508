package dev.reportgen.runtime.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The hand-written decoder against the JDK's strict UTF-8 decoder: same text for every input the
 * JDK accepts, a failure for every input it refuses, however the bytes arrive and however large the
 * caller's buffer is.
 */
class StrictUtf8ReaderTest {
  /**
   * Bytes around every boundary of the UTF-8 rules, and CR, LF and comma. No quotes: the reader
   * also refuses the one CR/quote/LF pattern FastCSV misreads, which is not a decoding question.
   */
  private static final byte[] INTERESTING = {
    0x00,
    0x0A,
    0x0D,
    0x2C,
    0x41,
    0x7F,
    (byte) 0x80,
    (byte) 0x8F,
    (byte) 0x90,
    (byte) 0x9F,
    (byte) 0xA0,
    (byte) 0xBF,
    (byte) 0xC0,
    (byte) 0xC1,
    (byte) 0xC2,
    (byte) 0xDF,
    (byte) 0xE0,
    (byte) 0xE1,
    (byte) 0xEC,
    (byte) 0xED,
    (byte) 0xEE,
    (byte) 0xEF,
    (byte) 0xF0,
    (byte) 0xF1,
    (byte) 0xF3,
    (byte) 0xF4,
    (byte) 0xF5,
    (byte) 0xF8,
    (byte) 0xFF
  };

  private static final List<Byte> LEADS =
      bytes(
          0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5);
  private static final List<Byte> CONTINUATIONS =
      bytes(0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0);

  private static List<Byte> bytes(int... values) {
    List<Byte> list = new ArrayList<>();
    for (int v : values) {
      list.add((byte) v);
    }
    return list;
  }

  @Property(tries = 5000, seed = "20261127")
  void decodesExactlyWhatTheJdkDecoderAccepts(
      @ForAll("utf8ish") byte[] input,
      @ForAll @IntRange(min = 1, max = 7) int chunk,
      @ForAll @IntRange(min = 1, max = 9) int bufferSize)
      throws IOException {
    assertSameAsJdk(input, chunk, bufferSize);
  }

  /**
   * Every lead byte with every second byte, and a third and fourth byte at the edges: each rule of
   * the decoder (lengths, overlong forms, surrogates, the U+10FFFF limit, cut sequences).
   */
  @Test
  void everyLeadAndSecondByteDecodesAsTheJdkDecodes() throws IOException {
    byte[][] tails = {
      {}, {(byte) 0x80}, {(byte) 0xBF}, {0x41}, {(byte) 0x80, (byte) 0xBF}, {(byte) 0xBF, 0x41}
    };
    for (int lead = 0x80; lead <= 0xFF; lead++) {
      for (int second = 0; second <= 0xFF; second++) {
        for (byte[] tail : tails) {
          byte[] input = new byte[3 + tail.length];
          input[0] = 'a';
          input[1] = (byte) lead;
          input[2] = (byte) second;
          System.arraycopy(tail, 0, input, 3, tail.length);
          assertSameAsJdk(input, 16, 16);
          assertSameAsJdk(input, 1, 1);
        }
      }
    }
  }

  private static void assertSameAsJdk(byte[] input, int chunk, int bufferSize) throws IOException {
    String expected;
    try {
      expected =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(input))
              .toString();
    } catch (CharacterCodingException e) {
      expected = null;
    }
    StrictUtf8Reader reader = new StrictUtf8Reader(new Trickle(input, chunk));
    StringBuilder got = new StringBuilder();
    char[] buf = new char[bufferSize];
    if (expected == null) {
      assertThrows(
          CharacterCodingException.class,
          () -> {
            for (int n; (n = reader.read(buf, 0, buf.length)) >= 0; ) {
              got.append(buf, 0, n);
            }
          },
          () -> "accepted what the JDK refuses: " + hex(input));
      return;
    }
    for (int n; (n = reader.read(buf, 0, buf.length)) >= 0; ) {
      got.append(buf, 0, n);
    }
    assertEquals(expected, got.toString(), () -> hex(input));
  }

  @Provide
  Arbitrary<byte[]> utf8ish() {
    // Any code point, supplementary ones included (unpaired surrogates encode as '?').
    Arbitrary<byte[]> text =
        Arbitraries.strings()
            .all()
            .ofMaxLength(12)
            .map(s -> s.replace('"', '\'').getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> ascii =
        Arbitraries.strings()
            .ascii()
            .ofMaxLength(20)
            .map(s -> s.replace('"', '\'').getBytes(StandardCharsets.US_ASCII));
    Arbitrary<byte[]> edges =
        Arbitraries.integers()
            .between(0, INTERESTING.length - 1)
            .list()
            .ofMaxSize(6)
            .map(
                picks -> {
                  byte[] out = new byte[picks.size()];
                  for (int i = 0; i < out.length; i++) {
                    out[i] = INTERESTING[picks.get(i)];
                  }
                  return out;
                });
    // A lead byte and up to three bytes at the edges of the continuation ranges: the second-byte
    // rules (overlong forms, surrogates, beyond U+10FFFF) live there.
    Arbitrary<byte[]> sequences =
        Combinators.combine(
                Arbitraries.of(LEADS),
                Arbitraries.of(CONTINUATIONS).list().ofMinSize(1).ofMaxSize(3))
            .as(
                (lead, rest) -> {
                  byte[] out = new byte[1 + rest.size()];
                  out[0] = lead;
                  for (int i = 0; i < rest.size(); i++) {
                    out[i + 1] = rest.get(i);
                  }
                  return out;
                });
    return Arbitraries.oneOf(text, ascii, edges, sequences, sequences)
        .list()
        .ofMaxSize(8)
        .map(
            parts -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              parts.forEach(out::writeBytes);
              return out.toByteArray();
            });
  }

  @Test
  void aMalformedSequenceNamesItsLine() throws IOException {
    byte[] input = "a\nb\r\nc\rd,\u00e9\n\u00ff".getBytes(StandardCharsets.ISO_8859_1);
    StrictUtf8Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(input));
    char[] buf = new char[64];
    assertThrows(CharacterCodingException.class, () -> reader.read(buf, 0, buf.length));
    assertEquals(4, reader.line()); // LF, CRLF and CR each end a line; 0xE9 is the first bad byte
  }

  @Test
  void aCharacterBeyondTheBmpSplitsAcrossOneCharReads() throws IOException {
    String text = "x\uD83D\uDE00y";
    StrictUtf8Reader reader =
        new StrictUtf8Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    StringBuilder got = new StringBuilder();
    char[] one = new char[1];
    for (int n; (n = reader.read(one, 0, 1)) >= 0; ) {
      got.append(one, 0, n);
    }
    assertEquals(text, got.toString());
  }

  private static String hex(byte[] bytes) {
    StringBuilder s = new StringBuilder();
    for (byte b : bytes) {
      s.append(String.format("%02x ", b & 0xFF));
    }
    return s.toString();
  }

  /** Hands out at most {@code chunk} bytes per read, and says none are available. */
  private static final class Trickle extends FilterInputStream {
    private final int chunk;

    Trickle(byte[] bytes, int chunk) {
      super(new ByteArrayInputStream(bytes));
      this.chunk = chunk;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, chunk));
    }

    @Override
    public int available() {
      return 0;
    }
  }
}
