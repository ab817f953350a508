package dev.reportgen.runtime.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.internal.InputSources;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Line counting as FastCSV counts (CR, LF and CRLF each end one line), however the bytes are split
 * between scans and wherever the break falls in a word, and the refusal of the one CR/quote/LF
 * pattern FastCSV 4.1.0 misreads.
 */
class LineBreaksTest {
  /** The reference: CR, LF and CRLF each count once. */
  private static long expectedLine(byte[] b) {
    long breaks = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\n' || b[i] == '\r' && !(i + 1 < b.length && b[i + 1] == '\n')) {
        breaks++;
      }
    }
    return breaks + 1;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Scans {@code b} in pieces of {@code chunk} bytes, each from the middle of a larger array. */
  private static LineBreaks scanned(byte[] b, int chunk) throws InputSources.BadInputException {
    LineBreaks lines = new LineBreaks();
    for (int from = 0; from < b.length; from += chunk) {
      int to = Math.min(from + chunk, b.length);
      byte[] padded = new byte[to - from + 6];
      Arrays.fill(padded, (byte) '\n');
      System.arraycopy(b, from, padded, 3, to - from);
      lines.scan(padded, 3, 3 + to - from);
    }
    return lines;
  }

  private static void assertLines(long expected, String text) throws Exception {
    byte[] b = utf8(text);
    for (int chunk = 1; chunk <= b.length + 1; chunk++) {
      assertEquals(expected, scanned(b, chunk).line(), "chunk " + chunk + ": " + text);
    }
  }

  @Test
  void eachKindOfBreakCountsOnce() throws Exception {
    assertLines(1, "");
    assertLines(1, "a,b");
    assertLines(2, "a\nb");
    assertLines(2, "a\r\nb");
    assertLines(2, "a\rb");
    assertLines(2, "a\n");
    assertLines(2, "a\r");
    assertLines(2, "a\r\n");
    assertLines(3, "\n\n");
    assertLines(3, "\r\r");
    assertLines(3, "\n\r");
    assertLines(3, "\r\n\r\n");
    assertLines(3, "\r\r\n");
    assertLines(4, "\r\r\r");
    assertLines(4, "a\rb\rc\n");
    assertLines(4, "a\rb\nc\rd");
    assertLines(3, "a\rb\r\nc");
    assertLines(3, "\"a\r\"\"b\"\nc");
    assertLines(3, "\"a\rb\"\r\nc");
    assertLines(3, "\"a\rb\",c\nd");
    assertLines(3, "\"a\rb\"\"\"\nc");
    assertLines(4, "\"a\rb\"\r\rc");
  }

  /** A CRLF split between two scans is still one break. */
  @Test
  void crlfAcrossScans() throws Exception {
    LineBreaks lines = new LineBreaks();
    lines.scan(utf8("a\r"), 0, 2);
    assertEquals(2, lines.line());
    lines.scan(utf8("\nb"), 0, 2);
    assertEquals(2, lines.line());
    lines.scan(utf8("\r"), 0, 1);
    lines.scan(utf8("\r"), 0, 1);
    assertEquals(4, lines.line());
    lines.scan(utf8("x"), 0, 0);
    assertEquals(4, lines.line());
  }

  /** One break at every position of long runs of text, ASCII and multi-byte UTF-8 alike. */
  @Test
  void aBreakIsFoundAnywhereInALongRun() throws Exception {
    String[] fills = {"x", "\u00e9", "\u20ac", "\ud83d\ude00", "\t", "\u000c", "\u000e", "\u007f"};
    for (String fill : fills) {
      for (String br : new String[] {"\n", "\r", "\r\n"}) {
        for (int at = 0; at <= 70; at++) {
          String text = fill.repeat(at) + br + fill.repeat(75 - at);
          byte[] b = utf8(text);
          assertEquals(2, scanned(b, b.length).line(), fill + " " + at);
          assertEquals(2, scanned(b, 17).line(), fill + " " + at);
        }
      }
    }
  }

  @Test
  void manyBreaksInALongInputAreAllCounted() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append("field ").append(i).append(i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r");
      text.append("x".repeat(i % 41)).append("\u00fc".repeat(i % 7));
    }
    byte[] b = utf8(text.toString());
    long expected = expectedLine(b);
    assertEquals(301, expected);
    for (int chunk : new int[] {1, 2, 7, 8, 9, 31, 32, 33, 64, 1000, b.length}) {
      assertEquals(expected, scanned(b, chunk).line(), "chunk " + chunk);
    }
  }

  /** FastCSV would drop the field and merge two records: refused with the line of that LF. */
  @ParameterizedTest
  @ValueSource(strings = {"h\n\"a\rb\"\nc", "h\n\"a\r\"\nc", "h\n\"\r\"\n", "h\na\r\"\nc"})
  void aLoneCrThenAQuoteThenLfIsRefused(String text) {
    byte[] b = utf8(text);
    for (int chunk = 1; chunk <= b.length; chunk++) {
      int size = chunk;
      InputSources.BadInputException e =
          assertThrows(InputSources.BadInputException.class, () -> scanned(b, size));
      assertEquals(3, e.line(), text);
      assertTrue(
          e.getMessage()
              .startsWith(
                  "unsupported CSV: a quoted field holding a CR without"
                      + " LF ends its record with LF"),
          e.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"a\r\"\"b\"\n",
        "\"a\rb\",\n",
        "\"a\rb\"\r\n",
        "\"a\rb\"\r",
        "\"a\rb\"x\n",
        "\"a\r\nb\"\n",
        "a\rb\n\"c\"\n",
        "\"a\r\r\n\"\n",
        "\"a\r\n\"\n"
      })
  void theOtherPatternsAroundALoneCrAreRead(String text) throws Exception {
    assertLines(expectedLine(utf8(text)), text);
  }
}
