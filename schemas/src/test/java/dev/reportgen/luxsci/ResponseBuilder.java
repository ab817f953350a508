package dev.reportgen.luxsci;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.WireEnum;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A one-row JSON response of any report, built from the report's own columns: every column has a
 * valid value ({@link #validValue}) except, optionally, one column written absent in one of the
 * ways the wire may write absence ({@link Absent}). The row is an object keyed by keyword, so a
 * missing key can be expressed.
 */
final class ResponseBuilder {
  private static final JsonFactory JSON = new JsonFactory();

  /** The ways the wire may write an absent value (see {@code Cell} in the runtime). */
  enum Absent {
    JSON_NULL,
    EMPTY_STRING,
    MISSING_KEY,
    /** MySQL's "no date": only meaningful for DATETIME columns. */
    ZERO_DATE
  }

  private ResponseBuilder() {}

  /** A response whose one row has a valid value in every column. */
  static byte[] validRow(ReportType<?> type) {
    return row(type, -1, null);
  }

  /** A response whose one row has {@code column} written as {@code absent}, all else valid. */
  static byte[] rowWithAbsent(ReportType<?> type, int column, Absent absent) {
    return row(type, column, absent);
  }

  private static byte[] row(ReportType<?> type, int absentColumn, Absent absent) {
    List<Column> columns = type.columns();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberField("success", 1);
      json.writeArrayFieldStart("header");
      for (Column column : columns) {
        json.writeString(column.keyword());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("rows");
      json.writeStartObject();
      for (int i = 0; i < columns.size(); i++) {
        String keyword = columns.get(i).keyword();
        if (i != absentColumn) {
          json.writeStringField(keyword, validValue(type, i));
          continue;
        }
        switch (absent) {
          case JSON_NULL -> json.writeNullField(keyword);
          case EMPTY_STRING -> json.writeStringField(keyword, "");
          case MISSING_KEY -> {}
          case ZERO_DATE -> json.writeStringField(keyword, "0000-00-00 00:00:00");
        }
      }
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A value every column of its type accepts, as wire text (numbers as strings, which the runtime
   * reads as numbers): for an Enum column the wire value of its enum's first constant, found
   * through the record component's type.
   */
  static String validValue(ReportType<?> type, int column) {
    return switch (type.columns().get(column).type()) {
      case INTEGER -> "7";
      case FLOAT -> "0.5";
      case STRING -> "text";
      case DATE -> "2024-05-02";
      case DATETIME -> "2024-05-02 10:00:00";
      case ENUM -> {
        Class<?> enumType = type.recordType().getRecordComponents()[column].getType();
        yield ((WireEnum) enumType.getEnumConstants()[0]).wireValue();
      }
    };
  }
}
