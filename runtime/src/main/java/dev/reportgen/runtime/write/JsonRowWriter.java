package dev.reportgen.runtime.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.JsonWriteOptions;
import dev.reportgen.runtime.JsonWriteOptions.Envelope;
import dev.reportgen.runtime.JsonWriteOptions.HeaderStyle;
import dev.reportgen.runtime.JsonWriteOptions.Placement;
import dev.reportgen.runtime.JsonWriteOptions.RowStyle;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A LuxSci JSON report body on jackson's streaming generator: the envelope opened up front, one
 * array or object per row, the envelope closed (with whatever was placed after the rows) on close.
 *
 * @param <T> the report's record
 */
public final class JsonRowWriter<T> implements RowWriter<T> {
  /** Supplementary characters as one 4-byte UTF-8 sequence, not as a pair of escapes. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private final JsonWriteOptions options;
  private final WireLayout layout;
  private final RowValues<T> values;
  private final JsonGenerator json;
  private final boolean objectRows;
  private long rows;
  private boolean closed;

  private JsonRowWriter(ReportType<T> type, JsonWriteOptions options, OutputStream out)
      throws IOException {
    this.options = options;
    this.layout = new WireLayout(type, options.extraColumns());
    this.values = new RowValues<>(type, layout, options.enumCodesAsNumbers());
    this.objectRows = options.rowStyle() == RowStyle.OBJECTS;
    this.json = FACTORY.createGenerator(Outputs.maybeGzip(out, options.gzip()), JsonEncoding.UTF8);
  }

  /** Fails now, rather than at open, on extra columns that clash with the schema. */
  public static void checkLayout(ReportType<?> type, JsonWriteOptions options) {
    new WireLayout(type, options.extraColumns());
  }

  /** Opens the body and writes everything that precedes the first row. */
  public static <T> JsonRowWriter<T> open(
      ReportType<T> type, JsonWriteOptions options, OutputStream out) {
    try {
      JsonRowWriter<T> writer = new JsonRowWriter<>(type, options, out);
      writer.writeStart();
      return writer;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JSON body", e);
    }
  }

  private void writeStart() throws IOException {
    if (options.envelope() == Envelope.BARE_ARRAY) {
      json.writeStartArray();
      return;
    }
    json.writeStartObject();
    if (options.successFlag()) {
      json.writeNumberField("success", 1);
    }
    if (options.comment() != null) {
      json.writeStringField("comment", options.comment());
    }
    if (options.envelope() == Envelope.DATA || options.envelope() == Envelope.REPORT) {
      json.writeFieldName(options.envelope() == Envelope.DATA ? "data" : "report");
      json.writeStartObject();
    }
    if (options.headerPlacement() == Placement.BEFORE_ROWS) {
      writeHeader();
    }
    if (options.counts() && options.countsPlacement() == Placement.BEFORE_ROWS) {
      writeCounts();
    }
    json.writeFieldName(options.rowsKey());
    json.writeStartArray();
  }

  @Override
  public void write(T row) {
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    values.load(row, rows, objectRows);
    try {
      if (objectRows) {
        writeObjectRow();
      } else {
        writeArrayRow();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write row " + rows, e);
    }
    rows++;
  }

  private void writeArrayRow() throws IOException {
    json.writeStartArray();
    for (int i = 0; i < layout.width(); i++) {
      writeValue(i);
    }
    json.writeEndArray();
  }

  private void writeObjectRow() throws IOException {
    json.writeStartObject();
    List<Column> columns = layout.columns();
    for (int i = 0; i < columns.size(); i++) {
      json.writeFieldName(columns.get(i).keyword());
      writeValue(i);
    }
    for (Map.Entry<String, String> extra : values.extras().columns().entrySet()) {
      json.writeFieldName(extra.getKey());
      if (extra.getValue() == null) {
        json.writeNull();
      } else {
        json.writeString(extra.getValue());
      }
    }
    json.writeEndObject();
  }

  private void writeValue(int i) throws IOException {
    String text = values.text(i);
    if (text == null) {
      json.writeNull();
    } else if (values.isNumber(i)) {
      json.writeNumber(text);
    } else {
      json.writeString(text);
    }
  }

  private void writeHeader() throws IOException {
    if (options.headerStyle() == HeaderStyle.NONE) {
      return;
    }
    json.writeFieldName(options.headerKey());
    json.writeStartArray();
    List<Column> columns = layout.columns();
    List<String> names = layout.names();
    for (int i = 0; i < names.size(); i++) {
      if (options.headerStyle() == HeaderStyle.NAMES) {
        json.writeString(names.get(i));
      } else {
        json.writeStartObject();
        json.writeStringField("name", names.get(i));
        String typeName =
            i < columns.size() ? columns.get(i).type().name().toLowerCase(Locale.ROOT) : "string";
        json.writeStringField("type", typeName);
        json.writeEndObject();
      }
    }
    json.writeEndArray();
  }

  private void writeCounts() throws IOException {
    json.writeNumberField(options.totalKey(), options.totalMatches().orElse(rows));
    json.writeNumberField(options.firstRowKey(), options.firstRow());
  }

  @Override
  public long rowCount() {
    return rows;
  }

  @Override
  public void flush() {
    try {
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot flush the JSON body", e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (JsonGenerator generator = json) {
      generator.writeEndArray();
      if (options.envelope() == Envelope.BARE_ARRAY) {
        return;
      }
      if (options.headerPlacement() == Placement.AFTER_ROWS) {
        writeHeader();
      }
      if (options.counts() && options.countsPlacement() == Placement.AFTER_ROWS) {
        writeCounts();
      }
      if (options.envelope() != Envelope.TOP_LEVEL) {
        generator.writeEndObject();
      }
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish the JSON body", e);
    }
  }
}
