package dev.reportgen.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Counts the bytes read from a file and prints a progress line on stderr each time another {@code
 * step} bytes have gone by. A file smaller than {@code step} never prints anything.
 */
final class ProgressInputStream extends FilterInputStream {
  private final PrintWriter err;
  private final String label;
  private final long total;
  private final long step;
  private long count;
  private long next;

  ProgressInputStream(InputStream in, PrintWriter err, String label, long total, long step) {
    super(in);
    if (step <= 0) {
      throw new IllegalArgumentException("step must be positive: " + step);
    }
    this.err = err;
    this.label = label;
    this.total = total;
    this.step = step;
    this.next = step;
  }

  /** Bytes read so far. */
  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      advance(skipped);
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void advance(long n) {
    count += n;
    if (count >= next) {
      next = (count / step + 1) * step;
      StringBuilder line = new StringBuilder("reportgen: ").append(label).append(": read ");
      line.append(size(count));
      if (total > 0) {
        line.append(" of ").append(size(total));
        line.append(String.format(Locale.ROOT, " (%d%%)", Math.min(100, count * 100 / total)));
      }
      err.println(line);
      err.flush();
    }
  }

  /** Bytes as B, KiB, MiB or GiB with one decimal. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
