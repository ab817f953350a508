package dev.reportgen.runtime.internal;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportException;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.RowCursor;
import dev.reportgen.runtime.RowError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Iterator plumbing shared by the JSON and CSV cursors: one row of look-ahead, strict/lenient
 * handling of row errors, and the guarantee that only {@link ReportException}s escape.
 */
public abstract class AbstractRowCursor<T> implements RowCursor<T> {
  protected final ReadOptions options;
  private final List<RowError> errors = new ArrayList<>();
  private final List<RowError> errorsView = Collections.unmodifiableList(errors);
  private T next;
  private boolean done;
  private boolean closed;
  private ReportException failure;

  /** Index the next row started will get: good and bad rows both count. */
  private long rowIndex;

  private long pendingIndex;

  protected AbstractRowCursor(ReadOptions options) {
    this.options = options;
  }

  /**
   * Reads on to the next good row. Returns null at the end of the input; returns null too when
   * nothing is ready yet, and is then called again (so lenient skipping needs no recursion). Throws
   * {@link ReportParseException} for a bad row (handled per mode by the caller) and {@link
   * FatalReadException} for anything that ends the read.
   */
  protected abstract T readNext();

  /** Index the next row started will get, without starting it. */
  protected final long nextRowIndex() {
    return rowIndex;
  }

  /** Starts a row (good or bad, or buffered for later): its index, counted from here on. */
  protected final long startRow() {
    return rowIndex++;
  }

  /** Index of the row {@link #readNext()} returned last. */
  protected abstract long lastRowIndex();

  /** Whether the input is exhausted (then {@link #readNext()} returning null means the end). */
  protected abstract boolean atEnd();

  /** Releases the input. */
  protected abstract void closeInput();

  @Override
  public final boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (failure != null) {
      throw failure;
    }
    if (done || closed) {
      return false;
    }
    try {
      while (next == null && !done) {
        try {
          next = readNext();
          if (next != null) {
            pendingIndex = lastRowIndex();
          } else if (atEnd()) {
            done = true;
          }
        } catch (ReportParseException e) {
          if (!options.isLenient()) {
            throw e;
          }
          errors.add(RowError.of(e));
          afterRowError();
        }
      }
    } catch (FatalReadException e) {
      throw fail(e.error());
    } catch (ReportException e) {
      throw fail(e);
    } catch (RuntimeException | StackOverflowError e) {
      // Defence in depth: whatever a generated decoder or a library throws, callers see one type.
      throw fail(
          new ReportParseException(
              "internal error while reading: " + e, rowIndex, null, null, -1, -1, e));
    }
    if (done) {
      closeQuietly();
    }
    return next != null;
  }

  /** Lenient mode: move past the rest of the bad row. Default: nothing to skip. */
  protected void afterRowError() {}

  private ReportException fail(ReportException e) {
    failure = e;
    closeQuietly();
    return e;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows");
    }
    T row = next;
    next = null;
    return row;
  }

  /** Reads ahead one row (or to the end) unless a row is already waiting. */
  protected final void lookAhead() {
    hasNext();
  }

  protected final boolean exhausted() {
    return done;
  }

  @Override
  public List<RowError> errors() {
    return errorsView;
  }

  @Override
  public long rowIndex() {
    // With a row read ahead, that row is still "next".
    return next != null ? pendingIndex : rowIndex;
  }

  @Override
  public Stream<T> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  @Override
  public final void close() {
    if (!closed) {
      closed = true;
      closeQuietly();
    }
  }

  private void closeQuietly() {
    try {
      closeInput();
    } catch (RuntimeException e) {
      // Closing is best effort: the data has been read or the read has already failed.
    }
  }
}
