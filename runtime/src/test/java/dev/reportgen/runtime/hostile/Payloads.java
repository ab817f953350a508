package dev.reportgen.runtime.hostile;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.DeliveryStatus;
import dev.reportgen.runtime.fixture.SecureLineCode;
import dev.reportgen.runtime.write.RowValues;
import dev.reportgen.runtime.write.WireLayout;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Valid report payloads for the {@link Delivery} fixture, built together with the rows they must
 * parse to, so a hostile test can compare against the exact expected result. The rows are typed
 * records; every value's wire text comes from the runtime's writer ({@link RowValues}, the code
 * behind {@link dev.reportgen.runtime.ReportWriter}) and every JSON string is escaped by jackson.
 * What stays here is the layout of the documents, because it covers wire variants the writer never
 * produces and the reader must still accept: numbers as JSON strings on odd rows, object rows with
 * rotated keys and absent values left out, {@code "success":"1"} and {@code true}, one row per line
 * (tests replace rows line by line), forced quotes on CSV fields.
 */
final class Payloads {
  private Payloads() {}

  /** Header names in the order the JSON array layout and the CSV files send them. */
  static final List<String> JSON_HEADER =
      List.of(
          "date_sent",
          "day",
          "status",
          "secureline",
          "size",
          "opens",
          "spam_score",
          "ratio",
          "sender",
          "subject");

  /** CSV column order: sender (a non-nullable string) last, see {@link CsvTruncationTest}. */
  static final List<String> CSV_HEADER =
      List.of(
          "date_sent",
          "day",
          "status",
          "secureline",
          "size",
          "opens",
          "spam_score",
          "ratio",
          "subject",
          "sender");

  private static final WireLayout LAYOUT = new WireLayout(Delivery.type(), List.of());

  /**
   * One row: the record and the wire text of each of its values as the writer makes it (enum codes
   * as JSON numbers). {@code numbersAsStrings}: numbers go out as JSON strings, and object rows
   * leave absent values out.
   */
  static final class WireRow {
    private final Delivery row;
    private final boolean numbersAsStrings;
    private final String[] text;
    private final boolean[] number;

    WireRow(Delivery row, boolean numbersAsStrings) {
      this.row = row;
      this.numbersAsStrings = numbersAsStrings;
      RowValues<Delivery> values = new RowValues<>(Delivery.type(), LAYOUT, true);
      values.load(row, 0, false);
      text = new String[LAYOUT.width()];
      number = new boolean[LAYOUT.width()];
      for (int i = 0; i < text.length; i++) {
        text[i] = values.text(i);
        number[i] = values.isNumber(i);
      }
    }

    /** What the reader gives for this row: a nullable empty string reads as null. */
    Delivery expected() {
      return row.subject() != null && row.subject().isEmpty()
          ? new Delivery(
              row.dateSent(),
              row.day(),
              row.status(),
              row.secureline(),
              row.size(),
              row.opens(),
              row.spamScore(),
              row.ratio(),
              row.sender(),
              null,
              row.header1(),
              row.extras())
          : row;
    }

    /** The wire text of {@code date_sent}. */
    String dateSent() {
      return text[column("date_sent")];
    }

    /** The wire text of {@code sender}. */
    String sender() {
      return text[column("sender")];
    }

    /** The value of header column {@code name} as JSON text. */
    String json(String name) {
      int i = column(name);
      if (text[i] == null) {
        return "null";
      }
      return number[i] && !numbersAsStrings ? text[i] : str(text[i]);
    }

    /** Whether an object row leaves the key out (absent values are sometimes just missing). */
    boolean omitInObject(String name) {
      return numbersAsStrings && text[column(name)] == null;
    }

    /** The CSV field text (unquoted) of header column {@code name}; empty means absent. */
    String csv(String name) {
      String value = text[column(name)];
      return value == null ? "" : value;
    }

    /** Header names match schema keywords ignoring case, as the reader maps them. */
    private static int column(String name) {
      List<String> names = LAYOUT.names();
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equalsIgnoreCase(name)) {
          return i;
        }
      }
      throw new IllegalArgumentException(name);
    }
  }

  /** {@code n} varied rows; deterministic. */
  static List<WireRow> rows(int n) {
    List<WireRow> rows = new ArrayList<>();
    Instant base = Instant.parse("2024-01-01T00:00:00Z");
    String[] subjects = {
      "Hello",
      "Grüße, \"Freunde\"",
      "日本語の件名",
      null,
      "two\nlines",
      "comma, inside",
      "",
      "tab\there",
      "quote at end \"",
      "emoji \uD83D\uDE00"
    };
    SecureLineCode[] codes = {
      SecureLineCode.ENCRYPTED, SecureLineCode.OPTED_OUT, SecureLineCode.NOT_USED
    };
    for (int i = 0; i < n; i++) {
      Instant sent = base.plusSeconds(i * 3671L);
      rows.add(
          new WireRow(
              new Delivery(
                  sent,
                  i % 3 == 0 ? null : LocalDate.ofInstant(sent, ZoneOffset.UTC),
                  i % 5 == 4
                      ? null
                      : (i % 2 == 0
                          ? DeliveryStatus.DELIVERED
                          : DeliveryStatus.POST_DELIVERY_HARD_FAIL),
                  i % 4 == 3 ? null : codes[i % 3],
                  1000 + 7L * i,
                  i % 4 == 0 ? null : (long) i,
                  i + 0.25,
                  i % 5 == 0 ? null : i * 0.125,
                  i % 4 == 1 ? "jürgen" + i + "@exämple.de" : "user" + i + "@example.com",
                  subjects[i % subjects.length],
                  null,
                  RowExtras.empty()),
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
   *
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
    s.append("{\"success\":\"1\",\"total_matches\":\"")
        .append(rows.size())
        .append("\",\n\"rows\":[\n");
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

  /** {@code text} as a JSON string, escaped by jackson as the writer's generator does. */
  static String str(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }

  // ---- CSV documents

  /** Whether a CSV writer must quote this field. */
  static boolean needsQuotes(String field) {
    return field.indexOf(',') >= 0
        || field.indexOf('"') >= 0
        || field.indexOf('\n') >= 0
        || field.indexOf('\r') >= 0;
  }

  static String quote(String field) {
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }

  /**
   * A CSV job file: header row, then one record per row, CRLF line ends; fields quoted when needed,
   * and additionally every odd row's last field (so cut points inside a quoted last field are
   * exercised too).
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
