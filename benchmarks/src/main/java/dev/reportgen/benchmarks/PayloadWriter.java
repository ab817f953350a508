package dev.reportgen.benchmarks;

import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.WireEnum;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes generated records back to the wire, in the three layouts the benchmarks read: a JSON
 * envelope with a header and rows as arrays, a JSON envelope with rows as objects, and a CSV job
 * result file. Generic over the report: the values come from the generated {@link
 * ReportType#value(Object, int)} in schema order, so every column of the schema is written.
 *
 * <p>Wire forms, as the LuxSci API sends them: DATETIME as {@code YYYY-MM-DD HH:MM:SS} (GMT),
 * integers and integer-coded enums as JSON numbers, text enums as their wire text, absent values
 * as JSON {@code null} or an empty CSV field.
 */
public final class PayloadWriter<T> {
  private final ReportType<T> type;
  private final List<Column> columns;

  public PayloadWriter(ReportType<T> type) {
    this.type = type;
    this.columns = type.columns();
  }

  public ReportType<T> type() {
    return type;
  }

  /** {@code {"success":1,"total_matches":N,"header":[...],"rows":[[...],...]}}. */
  public byte[] jsonArrays(List<T> rows) {
    StringBuilder out = new StringBuilder(rows.size() * 400 + 1024);
    out.append(jsonArraysPrefix(rows.size()));
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) {
        out.append(",\n");
      }
      jsonArrayRow(out, rows.get(i));
    }
    out.append(jsonSuffix());
    return bytes(out);
  }

  /** {@code {"success":1,"total_matches":N,"rows":[{...},...]}}. */
  public byte[] jsonObjects(List<T> rows) {
    StringBuilder out = new StringBuilder(rows.size() * 800 + 1024);
    out.append(jsonObjectsPrefix(rows.size()));
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) {
        out.append(",\n");
      }
      jsonObjectRow(out, rows.get(i));
    }
    out.append(jsonSuffix());
    return bytes(out);
  }

  /** Header record, then one record per row; fields quoted only when needed (RFC 4180). */
  public byte[] csv(List<T> rows) {
    StringBuilder out = new StringBuilder(rows.size() * 300 + 1024);
    out.append(csvHeader());
    for (T row : rows) {
      csvRow(out, row);
    }
    return bytes(out);
  }

  public String jsonArraysPrefix(long rowCount) {
    StringBuilder out = new StringBuilder("{\"success\":1,\"total_matches\":");
    out.append(rowCount).append(",\"header\":[");
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      jsonString(out, columns.get(i).keyword());
    }
    return out.append("],\"rows\":[\n").toString();
  }

  public String jsonObjectsPrefix(long rowCount) {
    return "{\"success\":1,\"total_matches\":" + rowCount + ",\"rows\":[\n";
  }

  public String jsonSuffix() {
    return "\n]}\n";
  }

  public String csvHeader() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      csvField(out, columns.get(i).keyword());
    }
    return out.append('\n').toString();
  }

  public void jsonArrayRow(StringBuilder out, T row) {
    out.append('[');
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      jsonValue(out, type.value(row, i));
    }
    out.append(']');
  }

  public void jsonObjectRow(StringBuilder out, T row) {
    out.append('{');
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      jsonString(out, columns.get(i).keyword());
      out.append(':');
      jsonValue(out, type.value(row, i));
    }
    out.append('}');
  }

  public void csvRow(StringBuilder out, T row) {
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Object value = type.value(row, i);
      if (value != null) {
        csvField(out, text(value));
      }
    }
    out.append('\n');
  }

  private static void jsonValue(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Long || value instanceof Integer) {
      out.append(value);
    } else if (value instanceof WireEnum e && isCode(e.wireValue())) {
      out.append(e.wireValue());
    } else {
      jsonString(out, text(value));
    }
  }

  private static String text(Object value) {
    if (value instanceof Instant instant) {
      return dateTime(instant);
    }
    if (value instanceof WireEnum e) {
      return e.wireValue();
    }
    return value.toString();
  }

  /** {@code YYYY-MM-DD HH:MM:SS} in GMT. */
  public static String dateTime(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    char[] c = new char[19];
    four(c, 0, t.getYear());
    c[4] = '-';
    two(c, 5, t.getMonthValue());
    c[7] = '-';
    two(c, 8, t.getDayOfMonth());
    c[10] = ' ';
    two(c, 11, t.getHour());
    c[13] = ':';
    two(c, 14, t.getMinute());
    c[16] = ':';
    two(c, 17, t.getSecond());
    return new String(c);
  }

  private static void four(char[] c, int at, int v) {
    two(c, at, v / 100);
    two(c, at + 2, v % 100);
  }

  private static void two(char[] c, int at, int v) {
    c[at] = (char) ('0' + v / 10);
    c[at + 1] = (char) ('0' + v % 10);
  }

  private static boolean isCode(String wire) {
    if (wire == null || wire.isEmpty()) {
      return false;
    }
    int i = wire.charAt(0) == '-' ? 1 : 0;
    if (i == wire.length()) {
      return false;
    }
    for (; i < wire.length(); i++) {
      if (wire.charAt(i) < '0' || wire.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static void jsonString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  static void csvField(StringBuilder out, String s) {
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.append(s);
      return;
    }
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }

  private static byte[] bytes(StringBuilder out) {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
