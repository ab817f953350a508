package dev.reportgen.runtime.write;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import dev.reportgen.runtime.CsvWriteOptions;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A CSV job results file on FastCSV's writer: RFC 4180 quoting (fields holding {@code ,}, {@code
 * "}, CR or LF are quoted, quotes doubled), CRLF record ends, UTF-8, the header first.
 *
 * <p>CRLF, not LF: with LF record ends a quoted field holding a lone CR right before the record's
 * end hits the FastCSV defect the reader refuses (docs/runtime.md, CSV dialect).
 *
 * @param <T> the report's record
 */
public final class CsvRowWriter<T> implements RowWriter<T> {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final WireLayout layout;
  private final RowValues<T> values;
  private final CsvWriter csv;
  private final String[] fields;
  private long rows;
  private boolean closed;

  private CsvRowWriter(ReportType<T> type, CsvWriteOptions options, OutputStream out)
      throws IOException {
    this.layout = new WireLayout(type, options.extraColumns());
    this.values = new RowValues<>(type, layout, false);
    this.fields = new String[layout.width()];
    OutputStream stream = Outputs.maybeGzip(out, options.gzip());
    if (options.byteOrderMark()) {
      stream.write(BOM);
    }
    this.csv =
        CsvWriter.builder()
            .fieldSeparator(',')
            .quoteCharacter('"')
            .lineDelimiter(LineDelimiter.CRLF)
            .quoteStrategy(new EmptyLineGuard(layout.width()))
            .build(stream, StandardCharsets.UTF_8);
  }

  /** Fails now, rather than at open, on extra columns that clash with the schema. */
  public static void checkLayout(ReportType<?> type, CsvWriteOptions options) {
    new WireLayout(type, options.extraColumns());
  }

  /** Opens the file and writes the header row. */
  public static <T> CsvRowWriter<T> open(
      ReportType<T> type, CsvWriteOptions options, OutputStream out) {
    try {
      CsvRowWriter<T> writer = new CsvRowWriter<>(type, options, out);
      writer.csv.writeRecord(writer.layout.names());
      return writer;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CSV file", e);
    }
  }

  @Override
  public void write(T row) {
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    values.load(row, rows, false);
    for (int i = 0; i < fields.length; i++) {
      String text = values.text(i);
      fields[i] = text == null ? "" : text;
    }
    csv.writeRecord(fields);
    rows++;
  }

  @Override
  public long rowCount() {
    return rows;
  }

  @Override
  public void flush() {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot flush the CSV file", e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish the CSV file", e);
    }
  }

  /**
   * Quotes an empty field when it is a record's only field: the reader skips empty lines, so an
   * unquoted empty one-field record would vanish.
   */
  private record EmptyLineGuard(int width) implements QuoteStrategy {
    @Override
    public boolean quoteEmpty(int lineNo, int fieldIdx) {
      return width == 1;
    }

    @Override
    public boolean quoteValue(int lineNo, int fieldIdx, String value) {
      return false;
    }
  }
}
