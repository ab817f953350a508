package dev.reportgen.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body as an {@link InputStream} that gives up when the server stops sending: a read
 * that waits longer than the stall limit for the next bytes fails with {@link
 * HttpTimeoutException}. The JDK's own {@code BodyHandlers.ofInputStream()} has no such limit (its
 * request timeout ends when the headers arrive), so a server that stalls mid-body would hang a page
 * forever; failing instead lets the paging cursor retry the page from its first row.
 *
 * <p>It asks the body publisher for {@value #READ_AHEAD} items ahead and for one more each time it
 * takes one, so at most that many lists of buffers (the HTTP client's, about 16 KB each) wait here:
 * memory stays flat whatever the body's size, and the reading thread seldom has to wait for the
 * selector thread (asking for one item at a time made it park and wake up once per buffer).
 */
final class StallGuardedBody extends InputStream implements Flow.Subscriber<List<ByteBuffer>> {
  /** Queued after the last item, or after a failure ({@link #failure} says which). */
  private static final List<ByteBuffer> END = List.of();

  /** Items asked for before the reader takes them. */
  static final int READ_AHEAD = 8;

  private final long stallNanos;
  private final Duration stallLimit;
  private final LinkedBlockingQueue<List<ByteBuffer>> items = new LinkedBlockingQueue<>();
  private volatile Flow.Subscription subscription;
  private volatile Throwable failure;
  private List<ByteBuffer> current = List.of();
  private int index;
  private boolean ended;
  private boolean closed;

  StallGuardedBody(Duration stallLimit) {
    this.stallLimit = stallLimit;
    this.stallNanos = stallLimit.toNanos();
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(READ_AHEAD);
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    items.add(item);
  }

  @Override
  public void onError(Throwable t) {
    failure = t;
    items.add(END);
  }

  @Override
  public void onComplete() {
    items.add(END);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (closed) {
      throw new IOException("response body already closed");
    }
    if (length == 0) {
      return 0;
    }
    ByteBuffer buffer = nextBuffer();
    if (buffer == null) {
      return -1;
    }
    int n = Math.min(length, buffer.remaining());
    buffer.get(into, offset, n);
    return n;
  }

  /** The buffer with bytes left, waiting at most the stall limit for it; null at the end. */
  private ByteBuffer nextBuffer() throws IOException {
    while (!ended) {
      while (index < current.size()) {
        ByteBuffer buffer = current.get(index);
        if (buffer.hasRemaining()) {
          return buffer;
        }
        index++;
      }
      List<ByteBuffer> next;
      try {
        next = items.poll(stallNanos, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading the response body");
      }
      if (next == null) {
        cancel();
        throw new HttpTimeoutException(
            "the server sent no more of the response body for " + stallLimit.toMillis() + " ms");
      }
      if (next == END) {
        ended = true;
        if (failure != null) {
          throw failure instanceof IOException io
              ? io
              : new IOException("reading the response body failed", failure);
        }
        return null;
      }
      current = next;
      index = 0;
      subscription.request(1);
    }
    return null;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      cancel();
    }
  }

  private void cancel() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }
}
