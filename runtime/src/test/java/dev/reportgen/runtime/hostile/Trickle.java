package dev.reportgen.runtime.hostile;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * An input stream that hands out at most a few bytes per read, as a slow network does: every buffer
 * boundary of the readers (jackson, the UTF-8 decoder, FastCSV, the quote-tail check) falls at a
 * different place than with one big read.
 */
final class Trickle extends ByteArrayInputStream {
  private final int maxChunk;
  private int calls;

  Trickle(byte[] data, int maxChunk) {
    super(data);
    this.maxChunk = maxChunk;
  }

  @Override
  public synchronized int read(byte[] b, int off, int len) {
    int n = Math.min(len, 1 + (calls++ % maxChunk));
    return super.read(b, off, n);
  }

  @Override
  public int read(byte[] b) {
    return read(b, 0, b.length);
  }

  @Override
  public synchronized int available() {
    return Math.min(super.available(), 1);
  }

  static InputStream of(byte[] data) {
    return new Trickle(data, 3);
  }
}
