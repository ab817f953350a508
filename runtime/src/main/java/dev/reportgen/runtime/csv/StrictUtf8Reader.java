package dev.reportgen.runtime.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding (malformed input is an error, never U+FFFD). Like {@link
 * java.io.InputStreamReader}, a read that meets malformed bytes throws and the characters it had
 * decoded before them are not delivered. Every byte the decoder consumes goes through {@link
 * LineBreaks}, so {@link #line()} is the line of the malformed bytes after such a failure.
 */
final class StrictUtf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(16384).flip();
  private boolean eof;
  private boolean flushed;
  private final LineBreaks lines = new LineBreaks();
  private IOException failure;
  private boolean ended;

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
    if (flushed) {
      ended = true;
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(buf, off, len);
    while (true) {
      int consumedFrom = bytes.position();
      CoderResult result = decoder.decode(bytes, out, eof);
      lines.scan(bytes.array(), bytes.arrayOffset() + consumedFrom,
          bytes.arrayOffset() + bytes.position());
      if (result.isUnderflow()) {
        if (eof) {
          decoder.flush(out);
          flushed = true;
          break;
        }
        if (out.position() > off && (!out.hasRemaining() || in.available() <= 0)) {
          break; // deliver what there is before blocking for more
        }
        bytes.compact();
        int n;
        try {
          n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        } finally {
          bytes.flip();
        }
        if (n < 0) {
          eof = true;
        } else {
          bytes.limit(bytes.limit() + n);
        }
        continue;
      }
      if (result.isOverflow()) {
        break;
      }
      try {
        result.throwException();
      } catch (IOException e) {
        failure = e;
      }
      throw failure;
    }
    int n = out.position() - off;
    if (n == 0 && flushed) {
      ended = true;
      return -1;
    }
    return n;
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
