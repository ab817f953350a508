package dev.reportgen.runtime.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.internal.FatalReadException;
import dev.reportgen.runtime.internal.InputSources;
import java.io.IOException;
import java.io.InputStream;

/**
 * The CSV byte stream made ready for FastCSV: gunzipped when it starts with the gzip magic bytes,
 * UTF-8 BOM skipped, followed by the {@link EndMark} (which shows an unterminated quote at the
 * end), decoded as strict UTF-8 (malformed bytes are errors, not U+FFFD) with its lines followed.
 */
final class CsvInput {
  private final InputStream raw;
  private final ReadOptions options;
  private final CsvRecordBuffer handler;
  private StrictUtf8Reader utf8;

  CsvInput(InputStream raw, ReadOptions options) {
    this.raw = raw;
    this.options = options;
    this.handler = new CsvRecordBuffer(options.maxColumns(), options.maxStringLength());
  }

  CsvReader<CsvRecordBuffer> open() {
    try {
      InputStream bytes = InputSources.skipUtf8Bom(InputSources.gunzipIfNeeded(raw));
      utf8 = new StrictUtf8Reader(EndMark.append(bytes));
      return CsvReader.builder()
          .fieldSeparator(',')
          .quoteCharacter('"')
          .skipEmptyLines(true)
          .allowExtraFields(true) // ragged records are checked by the cursor, with positions
          .allowMissingFields(true)
          .allowExtraCharsAfterClosingQuote(false)
          .detectBomHeader(false) // done on the bytes above, before gzip detection matters
          .maxBufferSize(maxBufferSize(options))
          .build(handler, utf8);
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

  /** The decoder: the current line, whether the end was reached; null before {@link #open()}. */
  StrictUtf8Reader utf8() {
    return utf8;
  }

  void closeQuietly() {
    try {
      raw.close();
    } catch (IOException e) {
      // Abandoning the input.
    }
  }
}
