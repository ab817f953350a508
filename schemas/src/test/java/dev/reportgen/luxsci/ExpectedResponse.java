package dev.reportgen.luxsci;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.reportgen.runtime.Report;
import dev.reportgen.runtime.ReportMetadata;
import dev.reportgen.runtime.ReportType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading one sample response gives, in the form of an expected file ({@code
 * src/test/resources/expected/<response>.jsonl}): JSON Lines, one object per line.
 *
 * <pre>
 * {"report":"AsyncJob","total_matches":"4","first_row":"0","comment":null}
 * {"row":0,"values":{"job_id":"90211","filename":"report-90211-smtp-sent.csv",...}}
 * {"row":3,"values":{...,"status":"UNKNOWN",...},"raw_values":{"status":"archived"}}
 * </pre>
 *
 * <p>The first line names the report and holds the response's metadata; every other line is one row
 * in order: {@code values} keyed by column keyword (see {@link CanonicalRow} for the text forms),
 * then {@code extra_columns} and {@code raw_values} when the row has any.
 *
 * @param head the first line: {@code report}, {@code total_matches}, {@code first_row}, {@code
 *     comment}
 * @param rows the rows, in order
 */
record ExpectedResponse(Map<String, String> head, List<CanonicalRow> rows) {
  private static final JsonFactory JSON = new JsonFactory();

  ExpectedResponse {
    head = Collections.unmodifiableMap(new LinkedHashMap<>(head));
    rows = List.copyOf(rows);
  }

  /** The expected form of {@code report}, read as {@code type}. */
  static <T> ExpectedResponse of(ReportType<T> type, Report<T> report) {
    ReportMetadata metadata = report.metadata();
    Map<String, String> head = new LinkedHashMap<>();
    head.put("report", type.name());
    head.put(
        "total_matches",
        metadata.totalMatches().isPresent()
            ? Long.toString(metadata.totalMatches().getAsLong())
            : null);
    head.put(
        "first_row",
        metadata.firstRow().isPresent() ? Long.toString(metadata.firstRow().getAsLong()) : null);
    head.put("comment", metadata.comment().orElse(null));
    List<CanonicalRow> rows = new ArrayList<>();
    for (T row : report.rows()) {
      rows.add(CanonicalRow.of(type, row));
    }
    return new ExpectedResponse(head, rows);
  }

  /** The JSON Lines text of this response, each line ended by a line feed. */
  String toJsonLines() {
    StringBuilder text = new StringBuilder();
    text.append(line(generator -> writeStrings(generator, head))).append('\n');
    for (int i = 0; i < rows.size(); i++) {
      CanonicalRow row = rows.get(i);
      int index = i;
      text.append(
              line(
                  generator -> {
                    generator.writeNumberField("row", index);
                    generator.writeFieldName("values");
                    writeObject(generator, row.values());
                    if (!row.extraColumns().isEmpty()) {
                      generator.writeFieldName("extra_columns");
                      writeObject(generator, row.extraColumns());
                    }
                    if (!row.rawValues().isEmpty()) {
                      generator.writeFieldName("raw_values");
                      writeObject(generator, row.rawValues());
                    }
                  }))
          .append('\n');
    }
    return text.toString();
  }

  /**
   * Parses the text of an expected file.
   *
   * @throws IllegalArgumentException naming {@code file} and the line when the text is not in the
   *     form {@link #toJsonLines()} writes
   */
  static ExpectedResponse parse(String file, String text) {
    List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + " is empty");
    }
    Map<String, String> head =
        strings(file, 1, "the first line", readObject(file, 1, lines.get(0)));
    List<CanonicalRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      int lineNumber = i + 1;
      Map<String, Object> line = readObject(file, lineNumber, lines.get(i));
      Object index = line.get("row");
      if (!(index instanceof Long number) || number != rows.size()) {
        throw new IllegalArgumentException(
            file + " line " + lineNumber + ": \"row\" must be " + rows.size() + ", is " + index);
      }
      rows.add(
          new CanonicalRow(
              strings(file, lineNumber, "values", line.get("values")),
              strings(
                  file, lineNumber, "extra_columns", line.getOrDefault("extra_columns", Map.of())),
              strings(file, lineNumber, "raw_values", line.getOrDefault("raw_values", Map.of()))));
    }
    return new ExpectedResponse(head, rows);
  }

  private interface Fields {
    void write(JsonGenerator generator) throws IOException;
  }

  private static String line(Fields fields) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      generator.writeStartObject();
      fields.write(generator);
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeObject(JsonGenerator generator, Map<String, String> map)
      throws IOException {
    generator.writeStartObject();
    writeStrings(generator, map);
    generator.writeEndObject();
  }

  private static void writeStrings(JsonGenerator generator, Map<String, String> map)
      throws IOException {
    for (Map.Entry<String, String> entry : map.entrySet()) {
      generator.writeStringField(entry.getKey(), entry.getValue());
    }
  }

  private static Map<String, Object> readObject(String file, int lineNumber, String line) {
    try (JsonParser parser = JSON.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(file + " line " + lineNumber + ": not a JSON object");
      }
      Map<String, Object> object = readFields(file, lineNumber, parser);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException(
            file + " line " + lineNumber + ": text after the JSON object");
      }
      return object;
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " line " + lineNumber + ": " + e.getMessage(), e);
    }
  }

  /** The fields of the object whose START_OBJECT the parser is on, values String/Long/null/Map. */
  private static Map<String, Object> readFields(String file, int lineNumber, JsonParser parser)
      throws IOException {
    Map<String, Object> object = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      Object value =
          switch (token) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case START_OBJECT -> readFields(file, lineNumber, parser);
            default ->
                throw new IllegalArgumentException(
                    file
                        + " line "
                        + lineNumber
                        + ": \""
                        + name
                        + "\" holds "
                        + token
                        + "; values are strings or null");
          };
      if (object.containsKey(name)) {
        throw new IllegalArgumentException(
            file + " line " + lineNumber + ": \"" + name + "\" given twice");
      }
      object.put(name, value);
    }
    return object;
  }

  @SuppressWarnings("unchecked") // readFields builds maps of String keys only
  private static Map<String, String> strings(
      String file, int lineNumber, String what, Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(
          file + " line " + lineNumber + ": " + what + " must be a JSON object");
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (entry.getValue() != null && !(entry.getValue() instanceof String)) {
        throw new IllegalArgumentException(
            file
                + " line "
                + lineNumber
                + ": "
                + what
                + " \""
                + entry.getKey()
                + "\" must be a string or null");
      }
    }
    return (Map<String, String>) map;
  }
}
