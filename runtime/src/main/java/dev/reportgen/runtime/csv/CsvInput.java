package dev.reportgen.runtime.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.internal.FatalReadException;
import dev.reportgen.runtime.internal.InputSources;
import java.io.IOException;
import java.io.InputStream;

/**
 * The CSV byte stream made ready for FastCSV: gunzipped when it starts with the gzip magic bytes,
 * UTF-8 BOM skipped, decoded as strict UTF-8 (malformed bytes are errors, not U+FFFD), and its
 * quote state and lines followed ({@link QuoteStateReader}) to catch unterminated quotes.
 */
final class CsvInput {
  private final InputStream raw;
  private final ReadOptions options;
  private final CsvRecordBuffer handler;
  private QuoteStateReader tail;

  CsvInput(InputStream raw, ReadOptions options) {
    this.raw = raw;
    this.options = options;
    this.handler = new CsvRecordBuffer(options.maxColumns(), options.maxStringLength());
  }

  CsvReader<CsvRecordBuffer> open() {
    try {
      InputStream bytes = InputSources.skipUtf8Bom(InputSources.gunzipIfNeeded(raw));
      tail = new QuoteStateReader(new StrictUtf8Reader(bytes));
      return CsvReader.builder()
          .fieldSeparator(',')
          .quoteCharacter('"')
          .skipEmptyLines(true)
          .allowExtraFields(true) // ragged records are checked by the cursor, with positions
          .allowMissingFields(true)
          .allowExtraCharsAfterClosingQuote(false)
          .detectBomHeader(false) // done on the bytes above, before gzip detection matters
          .maxBufferSize(maxBufferSize(options))
          .build(handler, tail);
    } catch (IOException e) {
      closeQuietly();
      throw new FatalReadException(CsvRowCursor.ioProblem(e, null));
    }
  }

  /** FastCSV's buffer holds a record; allow two maximal fields' worth (at least 64 Ki chars). */
  static int maxBufferSize(ReadOptions options) {
    long size = Math.max(options.maxStringLength(), 1 << 15) * 2L;
    return (int) Math.min(size, Integer.MAX_VALUE - 16);
  }

  CsvRecordBuffer handler() {
    return handler;
  }

  /** The quote and line tracker; null before {@link #open()}. */
  QuoteStateReader tail() {
    return tail;
  }

  void closeQuietly() {
    try {
      raw.close();
    } catch (IOException e) {
      // Abandoning the input.
    }
  }
}
