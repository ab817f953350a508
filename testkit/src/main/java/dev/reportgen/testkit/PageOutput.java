package dev.reportgen.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The output of one report response, with row boundaries: bytes written since the last boundary are
 * held back until the row is known to fit under the byte cap, so a page never passes the cap by a
 * partial row, and can be cut in the middle of a row on purpose.
 *
 * <p>The report writer writes into this stream and is flushed after every row; {@link #flush()}
 * therefore does not reach the network. Only {@link #commit()} and {@link #cutPendingInHalf()} do.
 */
final class PageOutput extends OutputStream {
  private final OutputStream network;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream(8192);
  private long committed;

  PageOutput(OutputStream network) {
    this.network = network;
  }

  @Override
  public void write(int b) {
    pending.write(b);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    pending.write(bytes, offset, length);
  }

  /** Held back until {@link #commit()}: a flush of the report writer is no row boundary. */
  @Override
  public void flush() {}

  /** Bytes sent so far plus those held back. */
  long size() {
    return committed + pending.size();
  }

  /** Bytes held back since the last boundary. */
  int pendingSize() {
    return pending.size();
  }

  /** Sends the bytes held back. */
  void commit() throws IOException {
    pending.writeTo(network);
    committed += pending.size();
    pending.reset();
  }

  /** Forgets the bytes held back (a row that would pass the byte cap). */
  void discard() {
    pending.reset();
  }

  /** Sends the first half of the bytes held back (at least one byte) and flushes the network. */
  void cutPendingInHalf() throws IOException {
    byte[] bytes = pending.toByteArray();
    int half = Math.max(1, bytes.length / 2);
    network.write(bytes, 0, Math.min(half, bytes.length));
    network.flush();
    pending.reset();
  }

  /** Sends what is held back and flushes the network; the body is complete. */
  void finish() throws IOException {
    commit();
    network.flush();
  }

  @Override
  public void close() {
    // The exchange owns the network stream and closes it.
  }
}
