package dev.reportgen.runtime.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportException;
import dev.reportgen.runtime.ReportIoException;
import dev.reportgen.runtime.ReportMetadata;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowDecoder;
import dev.reportgen.runtime.internal.AbstractRowCursor;
import dev.reportgen.runtime.internal.ColumnNames;
import dev.reportgen.runtime.internal.FatalReadException;
import dev.reportgen.runtime.internal.HeaderBinding;
import dev.reportgen.runtime.internal.InputSources;
import dev.reportgen.runtime.internal.RowState;
import dev.reportgen.runtime.internal.TextCell;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the rows of a CSV job result file with FastCSV: the first record is the header, mapped
 * like a JSON header; every field is text and an empty field reads like a JSON {@code ""} (absent,
 * except that a non-nullable STRING column gets {@code ""}). Dialect in docs/runtime.md.
 */
public final class CsvRowCursor<T> extends AbstractRowCursor<T> {
  private final CsvInput input;
  private final ReportType<T> type;
  private final RowState<T> row;
  private final TextCell cell;
  private final ColumnNames names;
  private CsvReader<CsvRecordBuffer> reader;
  private CloseableIterator<CsvRecordBuffer> records;
  private HeaderBinding binding;
  private List<String> header = List.of();
  private boolean finished;
  private long lastLine = 1;

  public CsvRowCursor(InputStream in, ReportType<T> type, ReadOptions options) {
    super(options);
    this.input = new CsvInput(in, options);
    this.type = type;
    this.row = new RowState<>(type);
    this.cell = new TextCell(row, options.maxNumberLength());
    this.names = new ColumnNames(type.columns());
  }

  /** Reads the header record only; used for report detection. */
  public static List<String> readHeader(InputStream in, ReadOptions options) {
    CsvInput input = new CsvInput(in, options);
    try (CsvReader<CsvRecordBuffer> reader = input.open()) {
      CloseableIterator<CsvRecordBuffer> it = reader.iterator();
      if (!nextRecord(it, input, 1)) {
        throw emptyInput();
      }
      CsvRecordBuffer record = it.next();
      checkUnterminated(record, input, -1);
      checkLimits(record, -1);
      return names(record);
    } catch (IOException e) {
      throw new ReportIoException("closing the CSV input failed", e);
    } catch (FatalReadException e) {
      throw e.error();
    }
  }

  @Override
  public List<String> header() {
    if (binding == null && !exhausted()) {
      lookAhead();
    }
    return header;
  }

  @Override
  public ReportMetadata metadata() {
    return ReportMetadata.empty();
  }

  @Override
  protected long lastRowIndex() {
    return row.rowIndex();
  }

  @Override
  protected boolean atEnd() {
    return finished;
  }

  @Override
  protected void closeInput() {
    try {
      if (reader != null) {
        reader.close();
      } else {
        input.closeQuietly();
      }
    } catch (IOException | UncheckedIOException e) {
      // Abandoning the input.
    }
  }

  @Override
  protected T readNext() {
    if (binding == null) {
      readHeaderRecord();
    }
    if (!nextRecord(records, input, lastLine)) {
      finished = true;
      return null;
    }
    CsvRecordBuffer record = records.next();
    lastLine = record.line;
    long index = rowIndex++;
    row.beginArrayRow(index, binding.everyColumnBound());
    checkUnterminated(record, input, index);
    checkLimits(record, index);
    int width = binding.width();
    if (record.count != width) {
      throw row.error(
          "record has " + record.count + " fields but the header has " + width + " columns",
          null, null, record.line, -1);
    }
    int[] positions = binding.positions();
    int[] starts = record.starts;
    int[] lengths = record.lengths;
    RowDecoder<T> decoder = row.decoder();
    TextCell cell = this.cell.record(record.chars, record.line);
    for (int i = 0; i < width; i++) {
      int column = positions[i];
      if (column >= 0) {
        decoder.set(column, cell.field(column, starts[i], lengths[i]));
      } else {
        row.extra(header.get(i), record.field(i));
      }
    }
    return row.build();
  }

  private void readHeaderRecord() {
    reader = input.open();
    records = reader.iterator();
    if (!nextRecord(records, input, 1)) {
      throw emptyInput();
    }
    CsvRecordBuffer record = records.next();
    lastLine = record.line;
    checkUnterminated(record, input, -1);
    checkLimits(record, -1);
    List<String> list = names(record);
    try {
      binding = HeaderBinding.bind(type, names, list, record.line, -1);
    } catch (ReportParseException e) {
      throw new FatalReadException(e);
    }
    header = binding.names();
  }

  private static List<String> names(CsvRecordBuffer record) {
    List<String> list = new ArrayList<>(record.count);
    for (int i = 0; i < record.count; i++) {
      list.add(record.field(i));
    }
    return list;
  }

  private static FatalReadException emptyInput() {
    return new FatalReadException(
        new ReportParseException("empty input: no CSV header", -1, null, null, -1, -1, null));
  }

  /** Limits break the read (hostile input), whatever the mode. */
  private static void checkLimits(CsvRecordBuffer record, long index) {
    if (record.tooManyFields) {
      throw new FatalReadException(
          new ReportParseException(
              "record has more fields than maxColumns allows", index, null, null, record.line, -1,
              null));
    }
    if (record.tooLongField >= 0) {
      throw new FatalReadException(
          new ReportParseException(
              "field " + (record.tooLongField + 1) + " is longer than maxStringLength allows",
              index, null, null, record.line, -1, null));
    }
  }

  /**
   * Refuses the record that holds an unterminated quoted field, before anything of it is used:
   * FastCSV hands it out as if the quote were closed. That record is the last of the input (the
   * open quote swallows the rest), known once the input is exhausted, by the line it starts on.
   */
  private static void checkUnterminated(CsvRecordBuffer record, CsvInput input, long index) {
    QuoteStateReader quotes = input.tail();
    if (quotes.endsInsideQuotes() && record.line == quotes.lastRecordLine()) {
      throw new FatalReadException(unterminated(quotes, index, record.line));
    }
  }

  private static ReportParseException unterminated(QuoteStateReader quotes, long index, long line) {
    return new ReportParseException(
        "truncated input: unterminated quoted field at end of input (the quote opened on line "
            + quotes.quoteLine() + ")",
        index, null, null, line, -1, null);
  }

  /**
   * Advances FastCSV, translating its failures; at the end checks that the input did not end
   * inside quotes (normally the record was refused already, see {@link #checkUnterminated}).
   */
  private static boolean nextRecord(
      CloseableIterator<CsvRecordBuffer> it, CsvInput input, long lastLine) {
    try {
      if (it.hasNext()) {
        return true;
      }
      QuoteStateReader quotes = input.tail();
      if (quotes.endsInsideQuotes()) {
        throw new FatalReadException(unterminated(quotes, -1, quotes.lastRecordLine()));
      }
      return false;
    } catch (CsvParseException e) {
      for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
        if (c instanceof IOException io) {
          throw new FatalReadException(ioProblem(io, input.tail())); // a failure below FastCSV
        }
      }
      throw new FatalReadException(
          new ReportParseException(
              "malformed CSV: " + rootMessage(e), -1, null, null, lineOf(e, lastLine), -1, e));
    } catch (UncheckedIOException e) {
      throw new FatalReadException(ioProblem(e.getCause(), input.tail()));
    }
  }

  /**
   * A failure below FastCSV: see {@link InputSources#classify}. Malformed UTF-8 keeps line -1
   * (the position is that of a byte, not of a record), but its text names the line of the
   * malformed bytes when {@code quotes} has followed the characters before them.
   */
  static ReportException ioProblem(IOException e, QuoteStateReader quotes) {
    String where =
        quotes != null && e instanceof CharacterCodingException
            ? "on line " + quotes.line()
            : null;
    return InputSources.classify(e, "reading the CSV input failed", -1, -1, -1, where);
  }

  private static String rootMessage(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      text.append(": ").append(c.getMessage());
    }
    return text.toString();
  }

  /** FastCSV says "...record that started in line N"; fall back to the last record's line. */
  private static long lineOf(CsvParseException e, long fallback) {
    String message = e.getMessage();
    if (message == null) {
      return fallback;
    }
    int end = message.length();
    int start = end;
    while (start > 0 && Character.isDigit(message.charAt(start - 1))) {
      start--;
    }
    if (start == end || end - start > 18) {
      return fallback;
    }
    return Long.parseLong(message.substring(start, end));
  }
}
