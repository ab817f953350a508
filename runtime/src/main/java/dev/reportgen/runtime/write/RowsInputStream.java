package dev.reportgen.runtime.write;

import dev.reportgen.runtime.RowWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Function;

/**
 * A report body produced while it is read: each time the bytes written so far are used up, more
 * rows go through the writer. Memory stays at the writer's buffer plus one row, for any number of
 * rows.
 *
 * @param <T> the report's record
 */
public final class RowsInputStream<T> extends InputStream {
  private final Iterator<? extends T> rows;
  private final Sink sink = new Sink();
  private final RowWriter<T> writer;
  private boolean finished;

  /** {@code open} starts a writer on the given stream, e.g. {@code ReportWriter::open}. */
  public RowsInputStream(Function<OutputStream, RowWriter<T>> open, Iterator<? extends T> rows) {
    this.rows = rows;
    this.writer = open.apply(sink);
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    while (sink.available() == 0) {
      if (finished) {
        return -1;
      }
      produce();
    }
    return sink.drain(b, off, len);
  }

  /** Writes rows until the writer hands bytes to the sink, or finishes the body. */
  private void produce() {
    while (sink.available() == 0 && rows.hasNext()) {
      writer.write(rows.next());
    }
    if (sink.available() == 0) {
      writer.close();
      finished = true;
    }
  }

  @Override
  public int available() {
    return sink.available();
  }

  @Override
  public void close() {
    finished = true;
    sink.clear();
  }

  /** A byte buffer that is emptied before it is written again, so it never outgrows a flush. */
  private static final class Sink extends OutputStream {
    private byte[] bytes = new byte[16 * 1024];
    private int start;
    private int end;

    int available() {
      return end - start;
    }

    int drain(byte[] b, int off, int len) {
      int n = Math.min(len, end - start);
      System.arraycopy(bytes, start, b, off, n);
      start += n;
      if (start == end) {
        start = 0;
        end = 0;
      }
      return n;
    }

    void clear() {
      start = 0;
      end = 0;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (end + len > bytes.length) {
        if (start > 0) {
          System.arraycopy(bytes, start, bytes, 0, end - start);
          end -= start;
          start = 0;
        }
        if (end + len > bytes.length) {
          bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, end + len));
        }
      }
      System.arraycopy(b, off, bytes, end, len);
      end += len;
    }
  }
}
