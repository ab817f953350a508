package dev.reportgen.benchmarks.payloads;

import java.io.InputStream;

/**
 * A report of any number of rows, produced on the fly as it is read and never held whole: the
 * prefix of {@link RowFrames} (envelope start or CSV header), then {@code rows} rows cycling
 * through its pool of rows as the writer encoded them, each preceded by the separator after the
 * first, then the suffix. Replaying bytes keeps the writer's cost out of a reader's measurement.
 */
public final class CyclingReportStream extends InputStream {
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

  /**
   * {@code frames} must come from a writer told the same row count, where its body states it (JSON
   * counts before the rows).
   */
  public CyclingReportStream(RowFrames frames, long rows) {
    this.prefix = frames.prefix();
    this.pool = frames.rows();
    this.separator = frames.separator();
    this.suffix = frames.suffix();
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
