package dev.reportgen.runtime;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Rows of one report response, read one at a time in bounded memory whatever the row count.
 *
 * <p>Three ways to consume: as an {@link Iterator} ({@code hasNext}/{@code next}), as a {@link
 * #stream()}, or with a callback through {@link #forEachRemaining(Consumer)}. {@link #hasNext()}
 * reads ahead one row; it throws {@link ReportParseException} in strict mode when that row is bad,
 * and {@link ReportErrorResponseException} when the response turns out to be a failure. Not
 * thread-safe. Always close it (try-with-resources): closing releases the input.
 *
 * @param <T> the generated record
 */
public interface RowCursor<T> extends Iterator<T>, AutoCloseable {
  /** The header as sent; reads ahead up to it if needed (object rows without header: empty). */
  List<String> header();

  /** Counts and comment; complete only once the cursor is exhausted (keys may follow the rows). */
  ReportMetadata metadata();

  /** Lenient mode: bad rows skipped so far, in order. Strict mode: always empty. */
  List<RowError> errors();

  /** Index of the next data row: the number of rows, good and bad, consumed so far. */
  long rowIndex();

  /** The remaining rows as a sequential stream; closing the stream closes the cursor. */
  Stream<T> stream();

  /** Releases the input. Idempotent; never throws a checked exception. */
  @Override
  void close();
}
