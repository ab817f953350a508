package dev.reportgen.benchmarks;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A report of any number of rows, produced on the fly as it is read and never held whole: a
 * prefix (envelope start or CSV header), then {@code rows} rows cycling through a small pool of
 * pre-encoded distinct rows, each preceded by a separator after the first, then a suffix.
 */
final class SyntheticReportStream extends InputStream {
  private final byte[] prefix;
  private final byte[][] pool;
  private final byte[] separator;
  private final byte[] suffix;
  private final long rows;

  private byte[] chunk;
  private int pos;
  /** Next row to emit; -1 before the prefix. */
  private long next = -1;
  private boolean separatorDue;
  private boolean done;

  SyntheticReportStream(String prefix, byte[][] pool, String separator, String suffix, long rows) {
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    this.pool = pool;
    this.separator = separator.getBytes(StandardCharsets.UTF_8);
    this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    this.rows = rows;
  }

  private boolean advance() {
    if (next < 0) {
      chunk = prefix;
      next = 0;
    } else if (next < rows) {
      if (separatorDue) {
        chunk = separator;
        separatorDue = false;
      } else {
        chunk = pool[(int) (next % pool.length)];
        next++;
        separatorDue = separator.length > 0;
      }
    } else if (!done) {
      chunk = suffix;
      done = true;
    } else {
      return false;
    }
    pos = 0;
    return true;
  }

  @Override
  public int read() {
    while (chunk == null || pos == chunk.length) {
      if (!advance()) {
        return -1;
      }
    }
    return chunk[pos++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    while (n < len) {
      while (chunk == null || pos == chunk.length) {
        if (!advance()) {
          return n == 0 ? -1 : n;
        }
      }
      int take = Math.min(len - n, chunk.length - pos);
      System.arraycopy(chunk, pos, b, off + n, take);
      pos += take;
      n += take;
    }
    return n;
  }
}
