package dev.reportgen.runtime.hostile;

import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.DeliveryStatus;
import dev.reportgen.runtime.fixture.SecureLineCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Valid report payloads for the {@link Delivery} fixture, built together with the rows they must
 * parse to, so a hostile test can compare against the exact expected result. Values cover the
 * wire variants the runtime accepts (numbers as JSON numbers and as strings, null and missing
 * values, non-ASCII text, text with quotes, commas and line breaks for CSV quoting).
 */
final class Payloads {
  private Payloads() {}

  static final DateTimeFormatter WIRE_DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  /** Header names in the order the JSON array layout and the CSV files send them. */
  static final List<String> JSON_HEADER =
      List.of("date_sent", "day", "status", "secureline", "size", "opens", "spam_score", "ratio",
          "sender", "subject");

  /** CSV column order: sender (a non-nullable string) last, see {@link CsvTruncationTest}. */
  static final List<String> CSV_HEADER =
      List.of("date_sent", "day", "status", "secureline", "size", "opens", "spam_score", "ratio",
          "subject", "sender");

  /** The wire values of one row, by header name; null means absent. */
  record WireRow(
      String dateSent,
      String day,
      String status,
      Long secureline,
      long size,
      Long opens,
      double spamScore,
      Double ratio,
      String sender,
      String subject,
      boolean numbersAsStrings) {

    Delivery expected() {
      return new Delivery(
          Instant.from(WIRE_DATETIME.parse(dateSent)),
          day == null ? null : LocalDate.parse(day),
          status == null ? null : DeliveryStatus.fromWire(status),
          secureline == null ? null : SecureLineCode.fromCode(secureline),
          size,
          opens,
          spamScore,
          ratio,
          sender,
          subject == null || subject.isEmpty() ? null : subject,
          null,
          RowExtras.empty());
    }

    /** The value of header column {@code name} as JSON text. */
    String json(String name) {
      return switch (name) {
        case "date_sent" -> str(dateSent);
        case "day" -> day == null ? "null" : str(day);
        case "status" -> status == null ? "null" : str(status);
        case "secureline" -> secureline == null ? "null" : num(Long.toString(secureline));
        case "size" -> num(Long.toString(size));
        case "opens" -> opens == null ? "null" : num(Long.toString(opens));
        case "spam_score" -> num(Double.toString(spamScore));
        case "ratio" -> ratio == null ? "null" : num(Double.toString(ratio));
        case "sender" -> str(sender);
        case "subject" -> subject == null ? "null" : str(subject);
        default -> throw new IllegalArgumentException(name);
      };
    }

    /** Whether an object row leaves the key out (absent values are sometimes just missing). */
    boolean omitInObject(String name) {
      return numbersAsStrings && json(name).equals("null");
    }

    /** The CSV field text (unquoted) of header column {@code name}; empty means absent. */
    String csv(String name) {
      return switch (name) {
        case "date_sent" -> dateSent;
        case "day" -> day == null ? "" : day;
        case "status" -> status == null ? "" : status;
        case "secureline" -> secureline == null ? "" : Long.toString(secureline);
        case "size" -> Long.toString(size);
        case "opens" -> opens == null ? "" : Long.toString(opens);
        case "spam_score" -> Double.toString(spamScore);
        case "ratio" -> ratio == null ? "" : Double.toString(ratio);
        case "sender" -> sender;
        case "subject" -> subject == null ? "" : subject;
        default -> throw new IllegalArgumentException(name);
      };
    }

    private String num(String text) {
      return numbersAsStrings ? str(text) : text;
    }
  }

  /** {@code n} varied rows; deterministic. */
  static List<WireRow> rows(int n) {
    List<WireRow> rows = new ArrayList<>();
    Instant base = Instant.parse("2024-01-01T00:00:00Z");
    String[] subjects = {
      "Hello", "Grüße, \"Freunde\"", "日本語の件名", null, "two\nlines", "comma, inside", "",
      "tab\there", "quote at end \"", "emoji \uD83D\uDE00"
    };
    for (int i = 0; i < n; i++) {
      Instant sent = base.plusSeconds(i * 3671L);
      rows.add(
          new WireRow(
              WIRE_DATETIME.format(sent),
              i % 3 == 0 ? null : sent.atZone(ZoneOffset.UTC).toLocalDate().toString(),
              i % 5 == 4 ? null : (i % 2 == 0 ? "Delivered" : "Post-Delivery Hard Fail"),
              i % 4 == 3 ? null : new long[] {1, -2, 0}[i % 3],
              1000 + 7L * i,
              i % 4 == 0 ? null : (long) i,
              i + 0.25,
              i % 5 == 0 ? null : i * 0.125,
              i % 4 == 1 ? "jürgen" + i + "@exämple.de" : "user" + i + "@example.com",
              subjects[i % subjects.length],
              i % 2 == 1));
    }
    return rows;
  }

  static List<Delivery> expected(List<WireRow> rows) {
    List<Delivery> out = new ArrayList<>();
    for (WireRow r : rows) {
      out.add(r.expected());
    }
    return out;
  }

  // ---- JSON documents

  /** A row as a JSON array aligned with {@link #JSON_HEADER}. */
  static String arrayRow(WireRow r) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < JSON_HEADER.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(r.json(JSON_HEADER.get(i)));
    }
    return s.append(']').toString();
  }

  /** A row as a JSON object (keys in a row-dependent order, some absent values left out). */
  static String objectRow(WireRow r, int index) {
    List<String> keys = new ArrayList<>(JSON_HEADER);
    java.util.Collections.rotate(keys, index);
    StringBuilder s = new StringBuilder("{");
    boolean first = true;
    for (String k : keys) {
      if (r.omitInObject(k)) {
        continue;
      }
      if (!first) {
        s.append(',');
      }
      first = false;
      s.append(str(k)).append(':').append(r.json(k));
    }
    return s.append('}').toString();
  }

  static String jsonHeader() {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < JSON_HEADER.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(str(JSON_HEADER.get(i)));
    }
    return s.append(']').toString();
  }

  /**
   * Array rows under {@code data}, one row per line, header first, metadata after the rows:
   * <pre>
   * {"success":1,"data":{"header":[...],
   * "rows":[
   * [...],
   * [...]
   * ],"total_matches":N},"comment":"ok"}
   * </pre>
   */
  static String arrayLayout(List<WireRow> rows) {
    StringBuilder s = new StringBuilder();
    s.append("{\"success\":1,\"data\":{\"header\":").append(jsonHeader()).append(",\n\"rows\":[\n");
    for (int i = 0; i < rows.size(); i++) {
      s.append(arrayRow(rows.get(i))).append(i + 1 < rows.size() ? ",\n" : "\n");
    }
    s.append("],\"total_matches\":").append(rows.size()).append("},\"comment\":\"ok\"}\n");
    return s.toString();
  }

  /** Object rows at the top level without a header, count before the rows. */
  static String objectLayout(List<WireRow> rows) {
    StringBuilder s = new StringBuilder();
    s.append("{\"success\":\"1\",\"total_matches\":\"").append(rows.size()).append("\",\n\"rows\":[\n");
    for (int i = 0; i < rows.size(); i++) {
      s.append(objectRow(rows.get(i), i)).append(i + 1 < rows.size() ? ",\n" : "\n");
    }
    s.append("]}\n");
    return s.toString();
  }

  /** Array rows before the header (Perl hash order), success flag last. */
  static String headerAfterRowsLayout(List<WireRow> rows) {
    StringBuilder s = new StringBuilder("{\"rows\":[\n");
    for (int i = 0; i < rows.size(); i++) {
      s.append(arrayRow(rows.get(i))).append(i + 1 < rows.size() ? ",\n" : "\n");
    }
    s.append("],\n\"header\":").append(jsonHeader()).append(",\"success\":true}");
    return s.toString();
  }

  /** A top-level array of object rows (no envelope at all). */
  static String topLevelArrayLayout(List<WireRow> rows) {
    StringBuilder s = new StringBuilder("[\n");
    for (int i = 0; i < rows.size(); i++) {
      s.append(objectRow(rows.get(i), i)).append(i + 1 < rows.size() ? ",\n" : "\n");
    }
    return s.append("]").toString();
  }

  static String str(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\t' -> s.append("\\t");
        default -> {
          if (c < 0x20) {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }

  // ---- CSV documents

  /** Whether a CSV writer must quote this field. */
  static boolean needsQuotes(String field) {
    return field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
        || field.indexOf('\r') >= 0;
  }

  static String quote(String field) {
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }

  /**
   * A CSV job file: header row, then one record per row, CRLF line ends; fields quoted when
   * needed, and additionally every odd row's last field (so cut points inside a quoted last
   * field are exercised too).
   */
  static CsvDoc csv(List<WireRow> rows) {
    CsvDoc.Builder b = new CsvDoc.Builder();
    b.record(CSV_HEADER, List.of());
    for (int i = 0; i < rows.size(); i++) {
      List<String> fields = new ArrayList<>();
      for (String name : CSV_HEADER) {
        fields.add(rows.get(i).csv(name));
      }
      b.record(fields, i % 2 == 1 ? List.of(fields.size() - 1) : List.of());
    }
    return b.build();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
