package dev.reportgen.runtime.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.RowError;
import dev.reportgen.runtime.fixture.Delivery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lenient mode on a payload with N good and M bad rows: exactly the N good rows, with their
 * content, and exactly the M bad ones listed, each with its row index, column and line (and column
 * within the line for JSON). Strict mode stops at the first bad one with the same position. For
 * JSON array rows, JSON object rows and CSV.
 */
class LenientModeTest {
  static final int N = 25;
  static final List<Payloads.WireRow> ROWS = Payloads.rows(N);
  static final List<Delivery> ALL = Payloads.expected(ROWS);

  /** A defect: the column it is in (null: the row's shape) and how the row is written. */
  record Defect(String column, String message) {}

  static final Map<Integer, Defect> ARRAY_DEFECTS = new LinkedHashMap<>();
  static final Map<Integer, Defect> OBJECT_DEFECTS = new LinkedHashMap<>();
  static final Map<Integer, Defect> CSV_DEFECTS = new LinkedHashMap<>();

  static {
    ARRAY_DEFECTS.put(2, new Defect("size", "not a number"));
    ARRAY_DEFECTS.put(5, new Defect("date_sent", "not a DATETIME"));
    ARRAY_DEFECTS.put(9, new Defect("spam_score", "expected a value, got an array or object"));
    ARRAY_DEFECTS.put(13, new Defect(null, "row has 9 values but the header has 10 columns"));
    ARRAY_DEFECTS.put(17, new Defect("day", "date out of range"));
    ARRAY_DEFECTS.put(24, new Defect(null, "expected a row (array or object)"));
    OBJECT_DEFECTS.put(0, new Defect("size", "not a number"));
    OBJECT_DEFECTS.put(5, new Defect("date_sent", "the schema declares non-nullable"));
    OBJECT_DEFECTS.put(9, new Defect("spam_score", "expected a value, got an array or object"));
    OBJECT_DEFECTS.put(13, new Defect("sender", "given twice"));
    OBJECT_DEFECTS.put(19, new Defect("day", "date out of range"));
    CSV_DEFECTS.put(2, new Defect("size", "not a number"));
    CSV_DEFECTS.put(5, new Defect("date_sent", "not a DATETIME"));
    CSV_DEFECTS.put(9, new Defect(null, "record has 8 fields but the header has 10 columns"));
    CSV_DEFECTS.put(13, new Defect("spam_score", "not a number"));
    CSV_DEFECTS.put(17, new Defect("day", "date out of range"));
    CSV_DEFECTS.put(24, new Defect(null, "record has 11 fields but the header has 10 columns"));
  }

  static String arrayRow(int i) {
    Payloads.WireRow r = ROWS.get(i);
    List<String> values = new ArrayList<>();
    for (String n : Payloads.JSON_HEADER) {
      values.add(r.json(n));
    }
    switch (i) {
      case 2 -> values.set(4, "\"12 34\"");
      case 5 -> values.set(0, "\"yesterday\"");
      case 9 -> values.set(6, "{\"v\":[1,2,{\"w\":null}]}");
      case 13 -> values.remove(9);
      case 17 -> values.set(1, "\"2024-02-30\"");
      case 24 -> {
        return "\"not a row\"";
      }
      default -> {}
    }
    return "[" + String.join(",", values) + "]";
  }

  static String objectRow(int i) {
    String row = Payloads.objectRow(ROWS.get(i), i);
    return switch (i) {
      case 0 -> row.replaceFirst("\"size\":\"?[0-9]+\"?", "\"size\":\"lots\"");
      case 5 -> row.replaceFirst("\"date_sent\":\"[^\"]*\",?", "").replace(",}", "}");
      case 9 -> row.replaceFirst("\"spam_score\":\"?[0-9.]+\"?", "\"spam_score\":[[1],[2,[3]]]");
      case 13 -> row.substring(0, row.length() - 1) + ",\"sender\":\"again@x.com\"}";
      case 19 -> row.replaceFirst("\"day\":\"[^\"]*\"", "\"day\":\"2024-02-30\"");
      default -> row;
    };
  }

  static String json(boolean objects) {
    StringBuilder s =
        new StringBuilder("{\"success\":1,\"data\":{\"header\":")
            .append(Payloads.jsonHeader())
            .append(",\n\"rows\":[\n");
    for (int i = 0; i < N; i++) {
      s.append(objects ? objectRow(i) : arrayRow(i)).append(i + 1 < N ? ",\n" : "\n");
    }
    return s.append("]}}").toString();
  }

  @Test
  void jsonArrayRows() {
    check(Attempt.Format.JSON_BYTES, Payloads.utf8(json(false)), ARRAY_DEFECTS, null);
  }

  @Test
  void jsonObjectRows() {
    String json = json(true);
    assertTrue(!json.contains("\"date_sent\":\"" + ROWS.get(5).dateSent()), "defect 5 applied");
    check(Attempt.Format.JSON_BYTES, Payloads.utf8(json), OBJECT_DEFECTS, null);
  }

  @Test
  void jsonRowsThroughAStream() {
    check(Attempt.Format.JSON_STREAM, Payloads.utf8(json(true)), OBJECT_DEFECTS, null);
  }

  @Test
  void csvRows() {
    CsvDoc.Builder b = new CsvDoc.Builder();
    b.record(Payloads.CSV_HEADER, List.of());
    for (int i = 0; i < N; i++) {
      List<String> fields = new ArrayList<>();
      for (String name : Payloads.CSV_HEADER) {
        fields.add(ROWS.get(i).csv(name));
      }
      switch (i) {
        case 2 -> fields.set(4, "1,234".replace(",", ""));
        case 5 -> fields.set(0, "2024-03-05T14:07:09Z");
        case 9 -> fields.subList(8, 10).clear();
        case 13 -> fields.set(6, "0,5".replace(",", ";"));
        case 17 -> fields.set(1, "2024-02-30");
        case 24 -> fields.add("surplus");
        default -> {}
      }
      if (i == 2) {
        fields.set(4, "12 34");
      }
      b.record(fields, List.of());
    }
    CsvDoc doc = b.build();
    check(Attempt.Format.CSV, doc.bytes(), CSV_DEFECTS, doc);
  }

  static void check(Attempt.Format format, byte[] input, Map<Integer, Defect> defects, CsvDoc csv) {
    List<Delivery> good = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      if (!defects.containsKey(i)) {
        good.add(ALL.get(i));
      }
    }
    Attempt<Delivery> lenient = Attempt.run(Delivery.type(), ReadOptions.lenient(), format, input);
    assertNull(lenient.failure, String.valueOf(lenient.failure));
    assertEquals(good, lenient.rows, "exactly the good rows, in order, with their content");
    assertEquals(
        List.copyOf(defects.keySet()),
        lenient.errors.stream().map(e -> (int) e.row()).toList(),
        "exactly the bad rows: " + lenient.errors);
    int k = 0;
    for (Map.Entry<Integer, Defect> d : defects.entrySet()) {
      RowError e = lenient.errors.get(k++);
      int row = d.getKey();
      String what = format + " row " + row + ": " + e;
      assertEquals(d.getValue().column(), e.column(), what);
      assertTrue(e.message().contains(d.getValue().message()), what);
      long line = csv != null ? csv.records().get(row + 1).line() : row + 3;
      assertEquals(line, e.line(), what);
      if (csv == null) {
        assertTrue(e.lineColumn() >= 1, what + ": JSON errors carry the column in the line");
      }
    }
    // Strict: the first bad row, same position, after exactly the good rows before it.
    Attempt<Delivery> strict = Attempt.run(Delivery.type(), ReadOptions.strict(), format, input);
    ReportParseException e = strict.parseFailure(format + " strict");
    assertEquals(lenient.errors.get(0), RowError.of(e), "strict error = first lenient error");
    int first = defects.keySet().iterator().next();
    assertEquals(ALL.subList(0, first), strict.rows);
  }
}
