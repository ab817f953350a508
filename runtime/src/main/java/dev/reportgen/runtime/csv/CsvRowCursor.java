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
import dev.reportgen.runtime.internal.AbstractRowCursor;
import dev.reportgen.runtime.internal.BaseCell;
import dev.reportgen.runtime.internal.ColumnNames;
import dev.reportgen.runtime.internal.FatalReadException;
import dev.reportgen.runtime.internal.HeaderBinding;
import dev.reportgen.runtime.internal.RowState;
import dev.reportgen.runtime.internal.TextCell;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Streams the rows of a CSV job result file with FastCSV: the first record is the header, mapped
 * like a JSON header; every field is text and an empty field is absent. Dialect in
 * docs/runtime.md.
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
    row.begin(index);
    checkLimits(record, index);
    int width = binding.width();
    if (record.count != width) {
      throw row.error(
          "record has " + record.count + " fields but the header has " + width + " columns",
          null, null, record.line, -1);
    }
    int[] positions = binding.positions();
    for (int i = 0; i < width; i++) {
      int column = positions[i];
      if (column >= 0) {
        row.decoder().set(
            column,
            cell.at(column, BaseCell.STRING, record.chars, record.starts[i], record.lengths[i],
                record.line, -1));
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
   * Advances FastCSV, translating its failures; at the end checks that the last field was not an
   * unterminated quote, which FastCSV would silently accept.
   */
  private static boolean nextRecord(
      CloseableIterator<CsvRecordBuffer> it, CsvInput input, long lastLine) {
    try {
      if (it.hasNext()) {
        return true;
      }
      CsvRecordBuffer last = input.handler();
      if (last.line > 0 && last.lastFieldQuoted && last.count > 0 && !last.tooManyFields) {
        int i = last.count - 1;
        if (!input.tail().closedQuotedField(last.chars, last.starts[i], last.lengths[i])) {
          throw new FatalReadException(
              new ReportParseException(
                  "truncated input: unterminated quoted field at end of input", -1, null, null,
                  last.line, -1, null));
        }
      }
      return false;
    } catch (CsvParseException e) {
      throw new FatalReadException(
          new ReportParseException(
              "malformed CSV: " + rootMessage(e), -1, null, null, lineOf(e, lastLine), -1, e));
    } catch (UncheckedIOException e) {
      throw new FatalReadException(ioProblem(e.getCause()));
    }
  }

  static ReportException ioProblem(IOException e) {
    if (e instanceof CharacterCodingException) {
      return new ReportParseException(
          "malformed input: not UTF-8 (" + e + ")", -1, null, null, -1, -1, e);
    }
    if (e instanceof EOFException || e instanceof ZipException) {
      return new ReportParseException(
          "truncated or corrupt gzip input: " + e.getMessage(), -1, null, null, -1, -1, e);
    }
    return new ReportIoException("reading the CSV input failed", e);
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
