package dev.reportgen.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.WireEnum;
import dev.reportgen.runtime.WireValues;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where {@code convert} writes typed rows, one at a time (nothing is kept between rows).
 *
 * @param <T> the row record
 */
abstract class RowSink<T> implements AutoCloseable {
  final ReportType<T> type;

  /** Indexes into {@code type.columns()} of the columns written, in schema order. */
  final int[] columns;

  /** Columns of the input header that the schema does not know, in header order. */
  final List<String> extraColumns;

  /**
   * Written columns: every column the schema requires, plus each optional one that the input header
   * carries; then the header's columns that are not in the schema.
   */
  RowSink(ReportType<T> type, List<String> header) {
    this.type = type;
    List<Column> schema = type.columns();
    int[] chosen = new int[schema.size()];
    int n = 0;
    for (int i = 0; i < schema.size(); i++) {
      Column column = schema.get(i);
      if (column.required() || indexOf(header, column.keyword()) >= 0) {
        chosen[n++] = i;
      }
    }
    this.columns = Arrays.copyOf(chosen, n);
    List<String> extras = new ArrayList<>();
    for (String name : header) {
      boolean known = false;
      for (Column column : schema) {
        if (column.keyword().equalsIgnoreCase(name)) {
          known = true;
          break;
        }
      }
      if (!known) {
        extras.add(name);
      }
    }
    this.extraColumns = List.copyOf(extras);
  }

  abstract void write(T row) throws IOException;

  @Override
  public abstract void close() throws IOException;

  private static int indexOf(List<String> header, String keyword) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(keyword)) {
        return i;
      }
    }
    return -1;
  }

  /** The sink for {@code format}, writing to {@code out} (not closed by the sink). */
  static <T> RowSink<T> of(OutputFormat format, ReportType<T> type, List<String> header, Writer out)
      throws IOException {
    return format == OutputFormat.csv
        ? new Csv<>(type, header, out)
        : new Jsonl<>(type, header, out);
  }

  /**
   * RFC 4180 CSV with LF line ends: a header row of wire keywords, then values in wire format
   * (absent values as empty fields). Extra columns follow the schema's columns; an extra column a
   * row carries that is not in the input header cannot be placed and is dropped.
   */
  static final class Csv<T> extends RowSink<T> {
    private final CsvWriter csv;
    private final String[] record;

    Csv(ReportType<T> type, List<String> header, Writer out) throws IOException {
      super(type, header);
      this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(new NoClose(out));
      this.record = new String[columns.length + extraColumns.size()];
      List<Column> schema = type.columns();
      for (int i = 0; i < columns.length; i++) {
        record[i] = schema.get(columns[i]).keyword();
      }
      for (int i = 0; i < extraColumns.size(); i++) {
        record[columns.length + i] = extraColumns.get(i);
      }
      csv.writeRecord(record);
    }

    @Override
    void write(T row) {
      RowExtras extras = type.extras(row);
      List<Column> schema = type.columns();
      for (int i = 0; i < columns.length; i++) {
        int c = columns[i];
        record[i] = nullToEmpty(WireValues.of(schema.get(c), type.value(row, c), extras));
      }
      if (!extraColumns.isEmpty()) {
        Map<String, String> values = extras.columns();
        for (int i = 0; i < extraColumns.size(); i++) {
          record[columns.length + i] = nullToEmpty(values.get(extraColumns.get(i)));
        }
      }
      csv.writeRecord(record);
    }

    private static String nullToEmpty(String s) {
      return s == null ? "" : s;
    }

    @Override
    public void close() throws IOException {
      csv.close();
    }
  }

  /**
   * JSON Lines: one object per row, keyed by wire keyword. INTEGER and FLOAT as JSON numbers,
   * integer-coded enums as numbers, text enums, strings, DATE and DATETIME as strings in wire
   * format, absent values as null; an unknown enum value as its raw text. Every extra column the
   * row carries follows, as a string.
   */
  static final class Jsonl<T> extends RowSink<T> {
    private static final JsonFactory FACTORY =
        JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    /** Whether a generated enum's wire values are integer codes (all of them are, or none). */
    private static final ClassValue<Boolean> INTEGER_CODED =
        new ClassValue<>() {
          @Override
          protected Boolean computeValue(Class<?> enumType) {
            for (Object constant : enumType.getEnumConstants()) {
              String wire = ((WireEnum) constant).wireValue();
              if (wire != null) {
                return isInteger(wire);
              }
            }
            return false;
          }
        };

    private final JsonGenerator json;

    Jsonl(ReportType<T> type, List<String> header, Writer out) throws IOException {
      super(type, header);
      this.json = FACTORY.createGenerator(out);
      json.setRootValueSeparator(null);
    }

    @Override
    void write(T row) throws IOException {
      RowExtras extras = type.extras(row);
      List<Column> schema = type.columns();
      json.writeStartObject();
      for (int c : columns) {
        Column column = schema.get(c);
        json.writeFieldName(column.keyword());
        writeValue(column, type.value(row, c), extras);
      }
      for (Map.Entry<String, String> extra : extras.columns().entrySet()) {
        json.writeStringField(extra.getKey(), extra.getValue());
      }
      json.writeEndObject();
      json.writeRaw('\n');
    }

    private void writeValue(Column column, Object value, RowExtras extras) throws IOException {
      if (value == null) {
        json.writeNull();
      } else if (value instanceof Long l) {
        json.writeNumber(l);
      } else if (value instanceof Double d) {
        json.writeNumber(d);
      } else if (value instanceof WireEnum e) {
        String text = WireValues.of(column, value, extras);
        if (text == null) {
          json.writeNull();
        } else if (INTEGER_CODED.get(((Enum<?>) e).getDeclaringClass()) && isInteger(text)) {
          json.writeNumber(Long.parseLong(text));
        } else {
          json.writeString(text);
        }
      } else if (value instanceof Number n) {
        json.writeNumber(n.toString());
      } else {
        json.writeString(WireValues.of(value));
      }
    }

    private static boolean isInteger(String text) {
      if (text == null || text.isEmpty() || text.length() > 18) {
        return false;
      }
      int start = text.charAt(0) == '-' ? 1 : 0;
      if (start == text.length()) {
        return false;
      }
      for (int i = start; i < text.length(); i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    @Override
    public void close() throws IOException {
      json.close();
    }
  }

  /** Keeps a sink's close from closing the shared writer underneath. */
  private static final class NoClose extends Writer {
    private final Writer out;

    NoClose(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      out.write(buffer, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
      out.write(s, offset, length);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
