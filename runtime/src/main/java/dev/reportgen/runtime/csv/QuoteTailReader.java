package dev.reportgen.runtime.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Remembers how the input ends, so an unterminated quoted field at end of input is caught:
 * FastCSV returns such a field as if it were closed. Tracks the run of {@code "} characters at the
 * very end of the input once trailing CR/LF are ignored. Cost: a look at the tail of each chunk.
 */
final class QuoteTailReader extends FilterReader {
  private int quoteRun;
  private boolean endsWithLineBreak;
  private boolean sawAny;

  QuoteTailReader(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      char[] one = {(char) c};
      track(one, 0, 1);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      track(buf, off, n);
    }
    return n;
  }

  private void track(char[] buf, int off, int n) {
    int i = off + n - 1;
    int breaks = 0;
    while (i >= off && (buf[i] == '\n' || buf[i] == '\r')) {
      i--;
      breaks++;
    }
    if (i < off) {
      // Only line breaks: the run before them stays the tail.
      endsWithLineBreak = true;
      sawAny = true;
      return;
    }
    int quotes = 0;
    while (i >= off && buf[i] == '"') {
      i--;
      quotes++;
    }
    if (i < off && !endsWithLineBreak && sawAny) {
      quoteRun += quotes; // the run continues from the previous chunk
    } else {
      quoteRun = quotes;
    }
    endsWithLineBreak = breaks > 0;
    sawAny = true;
  }

  /**
   * Whether a quoted last field with unescaped value {@code value} was closed: a closed field ends
   * the input (before line breaks) with 2k+1 quotes, k being the value's trailing quotes, plus one
   * for the opening quote when the value is nothing but quotes.
   */
  boolean closedQuotedField(char[] chars, int start, int length) {
    int k = 0;
    while (k < length && chars[start + length - 1 - k] == '"') {
      k++;
    }
    int expected = 2 * k + 1 + (k == length ? 1 : 0);
    return quoteRun == expected;
  }
}
