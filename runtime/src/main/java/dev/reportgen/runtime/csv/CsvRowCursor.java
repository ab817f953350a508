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
import dev.reportgen.runtime.internal.ColumnNames;
import dev.reportgen.runtime.internal.FatalReadException;
import dev.reportgen.runtime.internal.HeaderBinding;
import dev.reportgen.runtime.internal.InputSources;
import dev.reportgen.runtime.internal.RowState;
import dev.reportgen.runtime.internal.TextCell;
import dev.reportgen.runtime.spi.RowDecoder;
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
      CsvRecordBuffer record = nextRecord(reader.iterator(), input, 1, -1);
      if (record == null) {
        throw emptyInput();
      }
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
    CsvRecordBuffer record = nextRecord(records, input, lastLine, nextRowIndex());
    if (record == null) {
      finished = true;
      return null;
    }
    lastLine = record.line;
    long index = startRow();
    row.beginArrayRow(index, binding.everyColumnBound());
    checkLimits(record, index);
    int width = binding.width();
    if (record.count != width) {
      throw row.error(
          "record has " + record.count + " fields but the header has " + width + " columns",
          null,
          null,
          record.line,
          -1);
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
    CsvRecordBuffer record = nextRecord(records, input, 1, -1);
    if (record == null) {
      throw emptyInput();
    }
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
              "record has more fields than maxColumns allows",
              index,
              null,
              null,
              record.line,
              -1,
              null));
    }
    if (record.tooLongField >= 0) {
      throw new FatalReadException(
          new ReportParseException(
              "field " + (record.tooLongField + 1) + " is longer than maxStringLength allows",
              index,
              null,
              null,
              record.line,
              -1,
              null));
    }
  }

  /**
   * The next record, or null at the end of the input, translating FastCSV's failures. FastCSV's
   * last record is the {@link EndMark} when the input ended outside quotes. Any other record read
   * after the end swallowed the mark into an unterminated quoted field (FastCSV hands such a field
   * out as if it were closed): that record is refused here, before anything of it is used.
   *
   * @param index the row index the record would get, for the error (-1 for the header)
   */
  private static CsvRecordBuffer nextRecord(
      CloseableIterator<CsvRecordBuffer> it, CsvInput input, long lastLine, long index) {
    try {
      if (!it.hasNext()) {
        // Unreachable while FastCSV reads the mark as data; refuse rather than end short.
        throw new FatalReadException(
            new ReportParseException(
                "the input ended before its end mark", index, null, null, lastLine, -1, null));
      }
      CsvRecordBuffer record = it.next();
      if (!input.utf8().ended()) {
        return record;
      }
      if (EndMark.is(record)) {
        return null;
      }
      throw new FatalReadException(unterminated(record, index));
    } catch (CsvParseException e) {
      // Never an I/O failure: FastCSV turns those into UncheckedIOException (below), and the
      // caller's unchecked ones are tagged as I/O failures under it (InputSources).
      throw new FatalReadException(
          new ReportParseException(
              "malformed CSV: " + rootMessage(e), -1, null, null, lineOf(e, lastLine), -1, e));
    } catch (UncheckedIOException e) {
      throw new FatalReadException(ioProblem(e.getCause(), input.utf8()));
    }
  }

  private static ReportParseException unterminated(CsvRecordBuffer record, long index) {
    return new ReportParseException(
        "truncated input: unterminated quoted field at end of input (the quote opened on line "
            + quoteLine(record)
            + ")",
        index,
        null,
        null,
        record.line,
        -1,
        null);
  }

  /**
   * The line the record's last field, the one left open, starts on: the record's line plus the line
   * breaks inside its earlier fields, counted as FastCSV counts them inside quotes (each CR; an LF
   * unless a CR came before it in the same field without an LF in between).
   */
  private static long quoteLine(CsvRecordBuffer record) {
    long line = record.line;
    for (int f = 0; f < record.count - 1; f++) {
      boolean afterCr = false;
      for (int i = record.starts[f], end = i + record.lengths[f]; i < end; i++) {
        char c = record.chars[i];
        if (c == '\r') {
          line++;
          afterCr = true;
        } else if (c == '\n') {
          line += afterCr ? 0 : 1;
          afterCr = false;
        }
      }
    }
    return line;
  }

  /**
   * A failure below FastCSV: see {@link InputSources#classify}. Malformed UTF-8 keeps line -1 (the
   * position is that of a byte, not of a record), but its text names the line of the malformed
   * bytes, which {@code utf8} counted up to them.
   */
  static ReportException ioProblem(IOException e, StrictUtf8Reader utf8) {
    String where =
        utf8 != null && e instanceof CharacterCodingException ? "on line " + utf8.line() : null;
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
