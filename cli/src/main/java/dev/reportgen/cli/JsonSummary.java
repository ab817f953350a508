package dev.reportgen.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ColumnType;
import dev.reportgen.runtime.ReportMetadata;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowError;
import dev.reportgen.runtime.WireValues;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * {@code inspect --json}: the same summary as {@link TextSummary}, as one JSON object per file on
 * one line, for scripts. The keys are listed in docs/cli.md; a key whose value is unknown is {@code
 * null} rather than missing, except the per-type range keys of a column.
 */
final class JsonSummary {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
          .build();

  private JsonSummary() {}

  /** The document of a file that was read to its end. */
  static void print(Path file, Inspection inspection, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("file", file.toString());
      json.writeNumberField("exit_code", inspection.exitCode());
      writeSource(json, inspection.source);
      json.writeStringField("parsing", inspection.strict ? "strict" : "lenient");
      long bad = inspection.errors.size();
      json.writeObjectFieldStart("rows");
      json.writeNumberField("total", inspection.good + bad);
      json.writeNumberField("good", inspection.good);
      json.writeNumberField("bad", bad);
      json.writeEndObject();
      writeMetadata(json, inspection.metadata);
      json.writeArrayFieldStart("columns");
      for (int i = 0; i < inspection.columns.size(); i++) {
        writeColumn(json, inspection.columns.get(i), inspection.inFile[i]);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("extra_columns");
      for (Map.Entry<String, Inspection.ExtraCount> extra : inspection.extraColumns.entrySet()) {
        json.writeStartObject();
        json.writeStringField("keyword", extra.getKey());
        json.writeNumberField("values", extra.getValue().values);
        json.writeNumberField("empty", extra.getValue().empty);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("bad_rows");
      for (RowError error : inspection.errors) {
        json.writeStartObject();
        writePosition(
            json, error.row(), error.column(), error.value(), error.line(), error.lineColumn());
        json.writeStringField("message", error.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeNullField("error");
      json.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /**
   * The document of a file that could not be read: what is known of it ({@code source} is null when
   * the failure came before the report was chosen) and the error, with its position in the data
   * when it has one.
   */
  static void printFailure(
      Path file, ReportSource source, boolean strict, int exitCode, Throwable failure, Writer out)
      throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("file", file.toString());
      json.writeNumberField("exit_code", exitCode);
      if (source == null) {
        json.writeNullField("report");
        json.writeNullField("format");
        json.writeNullField("bytes");
      } else {
        writeSource(json, source);
      }
      json.writeStringField("parsing", strict ? "strict" : "lenient");
      json.writeObjectFieldStart("error");
      json.writeStringField("message", Failures.message(failure));
      if (failure instanceof ReportParseException e) {
        writePosition(json, e.row(), e.column(), e.value(), e.line(), e.lineColumn());
        json.writeStringField("problem", e.problem());
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void writeSource(JsonGenerator json, ReportSource source) throws IOException {
    ReportType<?> type = source.type;
    json.writeObjectFieldStart("report");
    json.writeStringField("name", type.name());
    json.writeStringField("title", type.title());
    json.writeStringField("kind", type.kind().name().toLowerCase(Locale.ROOT));
    json.writeStringField("chosen", source.how);
    json.writeEndObject();
    json.writeStringField("format", source.format.name());
    json.writeNumberField("bytes", source.size);
  }

  private static void writeMetadata(JsonGenerator json, ReportMetadata metadata)
      throws IOException {
    json.writeFieldName("total_matches");
    if (metadata.totalMatches().isPresent()) {
      json.writeNumber(metadata.totalMatches().getAsLong());
    } else {
      json.writeNull();
    }
    json.writeFieldName("first_row");
    if (metadata.firstRow().isPresent()) {
      json.writeNumber(metadata.firstRow().getAsLong());
    } else {
      json.writeNull();
    }
    json.writeStringField("comment", metadata.comment().orElse(null));
  }

  /** Row (0-based), column keyword, value, input line and column; null where unknown. */
  private static void writePosition(
      JsonGenerator json, long row, String column, String value, long line, long lineColumn)
      throws IOException {
    writeCount(json, "row", row, 0);
    json.writeStringField("column", column);
    json.writeStringField("value", value);
    writeCount(json, "line", line, 1);
    writeCount(json, "line_column", lineColumn, 1);
  }

  private static void writeCount(JsonGenerator json, String name, long value, long least)
      throws IOException {
    json.writeFieldName(name);
    if (value >= least) {
      json.writeNumber(value);
    } else {
      json.writeNull();
    }
  }

  private static void writeColumn(JsonGenerator json, ColumnStats stat, boolean inFile)
      throws IOException {
    Column column = stat.column();
    json.writeStartObject();
    json.writeStringField("keyword", column.keyword());
    json.writeStringField("type", column.type().name());
    json.writeBooleanField("nullable", column.nullable());
    json.writeBooleanField("in_file", inFile);
    if (inFile) {
      json.writeNumberField("nulls", stat.nulls());
      if (stat.values() > 0) {
        writeRange(json, stat);
      }
    }
    json.writeEndObject();
  }

  /** min/max for numbers and dates, min_length/max_length for strings, value counts for enums. */
  private static void writeRange(JsonGenerator json, ColumnStats stat) throws IOException {
    ColumnType type = stat.column().type();
    if (type == ColumnType.ENUM) {
      json.writeArrayFieldStart("values");
      for (Map.Entry<ColumnStats.EnumValue, Long> count : stat.enumCounts().entrySet()) {
        ColumnStats.EnumValue value = count.getKey();
        json.writeStartObject();
        json.writeStringField("value", value.wire());
        json.writeStringField("constant", value.constant());
        json.writeBooleanField("unknown", value.unknown());
        json.writeNumberField("count", count.getValue());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeNumberField("other_values", stat.otherCount());
    } else if (type == ColumnType.STRING) {
      json.writeNumberField("min_length", stat.minLength());
      json.writeNumberField("max_length", stat.maxLength());
    } else if (stat.min() != null) {
      json.writeFieldName("min");
      writeValue(json, stat.min());
      json.writeFieldName("max");
      writeValue(json, stat.max());
    }
  }

  /** Numbers as JSON numbers (floats as plain decimals), dates as wire text. */
  private static void writeValue(JsonGenerator json, Object value) throws IOException {
    if (value instanceof Long l) {
      json.writeNumber(l);
    } else if (value instanceof Double d && Double.isFinite(d)) {
      json.writeNumber(WireValues.floating(d));
    } else {
      json.writeString(WireValues.of(value));
    }
  }
}
