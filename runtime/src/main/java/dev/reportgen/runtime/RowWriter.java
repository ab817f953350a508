package dev.reportgen.runtime;

import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Writes the rows of one report body or file, one at a time, in constant memory. Opened by {@link
 * ReportWriter#open}; {@link #close()} writes what follows the rows (closing brackets, counts after
 * the rows, a header placed after the rows) and closes the output stream.
 *
 * <p>A row is checked completely before any of it is written: a row that cannot be put on the wire
 * (a null in a non-nullable column, an {@code UNKNOWN} enum without its raw text, an instant with a
 * fraction of a second, a non-finite double, an extra column not declared) throws {@link
 * IllegalArgumentException} naming the row index and column, and nothing of it is written; the
 * writer stays usable. A failing output stream throws {@link UncheckedIOException}. Not
 * thread-safe.
 *
 * @param <T> the report's record
 */
public interface RowWriter<T> extends AutoCloseable {
  /** Writes one row. */
  void write(T row);

  /** Writes every remaining row of {@code rows}. */
  default void writeAll(Iterator<? extends T> rows) {
    while (rows.hasNext()) {
      write(rows.next());
    }
  }

  /** Writes every row of {@code rows}. */
  default void writeAll(Iterable<? extends T> rows) {
    writeAll(rows.iterator());
  }

  /** The number of rows written so far. */
  long rowCount();

  /** Pushes buffered bytes to the output stream (through gzip's sync flush when compressing). */
  void flush();

  /** Finishes the document and closes the output stream. Calling it again does nothing. */
  @Override
  void close();
}
