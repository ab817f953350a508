package dev.reportgen.runtime.spi;

import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowExtras;

/**
 * Builds one record from the cells of a row. Generated per report; one instance per open reader,
 * reused for every row, never shared between threads.
 *
 * <p>The runtime maps the response header to column indexes once per response; for each row it
 * calls {@link #reset()}, then {@link #set(int, Cell)} for each known column present in the row (in
 * wire order), then {@link #build(RowExtras)}. The runtime, not the decoder, checks that every
 * non-nullable column was set.
 *
 * @param <T> the generated record
 */
public interface RowDecoder<T> {
  /** Forgets the previous row: every component back to null (or zero for primitives). */
  void reset();

  /**
   * Decodes the cell for {@code column}, an index into {@link ReportType#columns()}. Generated as a
   * {@code switch} on the index.
   */
  void set(int column, Cell cell);

  /** The record for the current row. */
  T build(RowExtras extras);
}
