package dev.reportgen.runtime.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.RowError;
import dev.reportgen.runtime.fixture.Delivery;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * Fuzzing the JSON and CSV readers with jqwik: structured report documents (valid layouts, rows
 * with wrong values mixed in) with or without a corruption on top, and raw bytes. Every property
 * has a fixed seed and a bounded number of tries for the normal build; a long run is asked for with
 * {@code -Dreportgen.fuzz.tries=N} (and optionally {@code -Dreportgen.fuzz.seed=S}), see
 * docs/hostile-input.md and {@link FuzzSettings}.
 *
 * <p>Always asserted: only ReportException subtypes escape, no read hangs. For uncorrupted
 * documents also: lenient rows + errors == rows in the document, every delivered row built from a
 * good row equals its expected value, and strict mode either reads all rows or fails at the first
 * row lenient mode lists.
 */
@AddLifecycleHook(value = FuzzSettings.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class ReaderFuzzTest {
  static final List<Payloads.WireRow> POOL = Payloads.rows(30);
  static final Duration PER_TRY = Duration.ofSeconds(10);

  /** One row of a generated document: a pool row, maybe with one value replaced. */
  record RowSpec(int pick, int badColumn, String badJson, String badCsv) {
    boolean good() {
      return badColumn < 0;
    }
  }

  enum Layout {
    ARRAY,
    OBJECT,
    HEADER_AFTER,
    TOP_LEVEL_ARRAY
  }

  enum Corruption {
    NONE,
    TRUNCATE,
    FLIP,
    INSERT,
    DELETE,
    DUPLICATE
  }

  /** A document and what was done to it. */
  record Doc(
      Layout layout, List<RowSpec> rows, Corruption corruption, int at, int arg, byte[] bytes) {
    @Override
    public String toString() {
      return layout
          + " "
          + rows.size()
          + " rows "
          + corruption
          + "@"
          + at
          + " "
          + Attempt.describe(bytes);
    }
  }

  static final String[] BAD_JSON = {
    "\"x\"",
    "{}",
    "[1,[2]]",
    "true",
    "\"2024-13-01\"",
    "1e999",
    "\"\"",
    "null",
    "-0",
    "1.5",
    "\"0000-00-00 00:00:00\"",
    "99999999999999999999",
    "\"\\u0000\"",
    "\"  7 \"",
    "\"Delivered\""
  };
  static final String[] BAD_CSV = {
    "x",
    "",
    "true",
    "2024-13-01",
    "1e999",
    "-0",
    "1.5",
    "0000-00-00 00:00:00",
    "99999999999999999999",
    " 7 ",
    "Delivered",
    "\"quoted\"",
    "a,b",
    "line\nbreak"
  };

  static Arbitrary<RowSpec> rowSpecs() {
    return Combinators.combine(
            Arbitraries.integers().between(0, POOL.size() - 1),
            Arbitraries.integers().between(-12, Payloads.JSON_HEADER.size() - 1),
            Arbitraries.of(BAD_JSON),
            Arbitraries.of(BAD_CSV))
        .as((pick, bad, json, csv) -> new RowSpec(pick, Math.max(-1, bad), json, csv));
  }

  @Provide
  Arbitrary<Doc> jsonDocuments() {
    return Combinators.combine(
            Arbitraries.of(Layout.class),
            rowSpecs().list().ofMaxSize(8),
            Arbitraries.of(Corruption.class),
            Arbitraries.integers().between(0, Integer.MAX_VALUE),
            Arbitraries.integers().between(0, 255))
        .as(
            (layout, rows, corruption, at, arg) -> {
              byte[] clean = Payloads.utf8(json(layout, rows));
              return new Doc(
                  layout, rows, corruption, at, arg, corrupt(clean, corruption, at, arg));
            });
  }

  @Provide
  Arbitrary<Doc> csvDocuments() {
    return Combinators.combine(
            rowSpecs().list().ofMaxSize(8),
            Arbitraries.of(Corruption.class),
            Arbitraries.integers().between(0, Integer.MAX_VALUE),
            Arbitraries.integers().between(0, 255))
        .as(
            (rows, corruption, at, arg) -> {
              byte[] clean = csv(rows);
              return new Doc(null, rows, corruption, at, arg, corrupt(clean, corruption, at, arg));
            });
  }

  static String json(Layout layout, List<RowSpec> specs) {
    List<Payloads.WireRow> wire = specs.stream().map(s -> POOL.get(s.pick())).toList();
    String doc =
        switch (layout) {
          case ARRAY -> Payloads.arrayLayout(wire);
          case OBJECT -> Payloads.objectLayout(wire);
          case HEADER_AFTER -> Payloads.headerAfterRowsLayout(wire);
          case TOP_LEVEL_ARRAY -> Payloads.topLevelArrayLayout(wire);
        };
    // Put the bad values in: rows are one per line, so replace line by line.
    String[] lines = doc.split("\n", -1);
    int first = layout == Layout.TOP_LEVEL_ARRAY || layout == Layout.HEADER_AFTER ? 1 : 2;
    for (int i = 0; i < specs.size(); i++) {
      RowSpec s = specs.get(i);
      if (!s.good()) {
        boolean objects = layout == Layout.OBJECT || layout == Layout.TOP_LEVEL_ARRAY;
        String row =
            objects ? badObjectRow(POOL.get(s.pick()), i, s) : badArrayRow(POOL.get(s.pick()), s);
        lines[first + i] = row + (lines[first + i].endsWith(",") ? "," : "");
      }
    }
    return String.join("\n", lines);
  }

  static String badArrayRow(Payloads.WireRow r, RowSpec s) {
    List<String> values = new ArrayList<>();
    for (int c = 0; c < Payloads.JSON_HEADER.size(); c++) {
      values.add(c == s.badColumn() ? s.badJson() : r.json(Payloads.JSON_HEADER.get(c)));
    }
    return "[" + String.join(",", values) + "]";
  }

  static String badObjectRow(Payloads.WireRow r, int index, RowSpec s) {
    StringBuilder b = new StringBuilder("{");
    for (int c = 0; c < Payloads.JSON_HEADER.size(); c++) {
      String name = Payloads.JSON_HEADER.get(c);
      b.append(c > 0 ? "," : "")
          .append(Payloads.str(name))
          .append(':')
          .append(c == s.badColumn() ? s.badJson() : r.json(name));
    }
    return b.append('}').toString();
  }

  static byte[] csv(List<RowSpec> specs) {
    CsvDoc.Builder b = new CsvDoc.Builder();
    b.record(Payloads.CSV_HEADER, List.of());
    for (RowSpec s : specs) {
      List<String> fields = new ArrayList<>();
      for (int c = 0; c < Payloads.CSV_HEADER.size(); c++) {
        fields.add(
            c == s.badColumn() ? s.badCsv() : POOL.get(s.pick()).csv(Payloads.CSV_HEADER.get(c)));
      }
      b.record(fields, List.of());
    }
    return b.build().bytes();
  }

  static byte[] corrupt(byte[] in, Corruption c, int at, int arg) {
    if (in.length == 0) {
      return in;
    }
    int i = at % in.length;
    byte[] out;
    switch (c) {
      case NONE -> out = in;
      case TRUNCATE -> out = java.util.Arrays.copyOf(in, i);
      case FLIP -> {
        out = in.clone();
        out[i] ^= (byte) (1 << (arg % 8));
      }
      case INSERT -> {
        byte[] token = INSERTS[arg % INSERTS.length];
        out = new byte[in.length + token.length];
        System.arraycopy(in, 0, out, 0, i);
        System.arraycopy(token, 0, out, i, token.length);
        System.arraycopy(in, i, out, i + token.length, in.length - i);
      }
      case DELETE -> {
        int n = Math.min(1 + arg % 16, in.length - i);
        out = new byte[in.length - n];
        System.arraycopy(in, 0, out, 0, i);
        System.arraycopy(in, i + n, out, i, in.length - i - n);
      }
      default -> {
        int n = Math.min(1 + arg, in.length - i);
        out = new byte[in.length + n];
        System.arraycopy(in, 0, out, 0, i + n);
        System.arraycopy(in, i, out, i + n, in.length - i);
      }
    }
    return out;
  }

  static final byte[][] INSERTS = {
    "{".getBytes(),
    "}".getBytes(),
    "[".getBytes(),
    "]".getBytes(),
    ",".getBytes(),
    "\"".getBytes(),
    ":".getBytes(),
    "\\".getBytes(),
    "\n".getBytes(),
    "\r".getBytes(),
    "null".getBytes(),
    "{\"success\":0}".getBytes(),
    "\"header\":[]".getBytes(),
    "[[[[[[[[[[".getBytes(),
    new byte[] {(byte) 0xC3},
    new byte[] {(byte) 0xFF, (byte) 0xFE},
    new byte[] {0},
    "<html>".getBytes(),
    "1e99999".getBytes(),
    "\"\"\"".getBytes(),
    ",,,,".getBytes()
  };

  // ---- properties

  @Property(tries = 400, seed = "7013", shrinking = ShrinkingMode.BOUNDED)
  void jsonDocumentsFailCleanlyOrParseConsistently(@ForAll("jsonDocuments") Doc doc) {
    checkDocument(doc, Attempt.Format.JSON_BYTES);
  }

  @Property(tries = 100, seed = "7014", shrinking = ShrinkingMode.BOUNDED)
  void jsonDocumentsThroughAStream(@ForAll("jsonDocuments") Doc doc) {
    checkDocument(doc, Attempt.Format.JSON_STREAM);
  }

  @Property(tries = 400, seed = "7015", shrinking = ShrinkingMode.BOUNDED)
  void csvDocumentsFailCleanlyOrParseConsistently(@ForAll("csvDocuments") Doc doc) {
    checkDocument(doc, Attempt.Format.CSV);
  }

  @Property(tries = 400, seed = "7016", shrinking = ShrinkingMode.BOUNDED)
  void jsonRawBytes(@ForAll("rawBytes") byte[] bytes) {
    onlyReportExceptions(bytes, Attempt.Format.JSON_BYTES);
  }

  @Property(tries = 400, seed = "7017", shrinking = ShrinkingMode.BOUNDED)
  void csvRawBytes(@ForAll("rawBytes") byte[] bytes) {
    onlyReportExceptions(bytes, Attempt.Format.CSV);
  }

  @Property(tries = 400, seed = "7018", shrinking = ShrinkingMode.BOUNDED)
  void jsonTokenSoup(@ForAll("jsonSoup") String text) {
    onlyReportExceptions(text.getBytes(StandardCharsets.UTF_8), Attempt.Format.JSON_BYTES);
  }

  @Property(tries = 400, seed = "7019", shrinking = ShrinkingMode.BOUNDED)
  void csvTokenSoup(@ForAll("csvSoup") String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Attempt<Delivery> lenient = onlyReportExceptions(bytes, Attempt.Format.CSV);
    int records = CsvRecordCounter.records(bytes);
    if (!lenient.failed()) {
      assertTrue(records > 0, "parsed although not well-formed: " + Attempt.describe(bytes));
      assertEquals(
          records - 1,
          lenient.rows.size() + lenient.errors.size(),
          "rows + errors != records: " + Attempt.describe(bytes));
    }
  }

  @Provide
  Arbitrary<byte[]> rawBytes() {
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(600),
        // Behind a plausible start, so the readers get past the first byte.
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMaxSize(400)
            .map(b -> concat("{\"success\":1,\"data\":{\"header\":".getBytes(), b)),
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMaxSize(400)
            .map(b -> concat((String.join(",", Payloads.CSV_HEADER) + "\r\n").getBytes(), b)),
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMaxSize(400)
            .map(b -> concat(new byte[] {0x1f, (byte) 0x8b, 8, 0}, b)));
  }

  @Provide
  Arbitrary<String> jsonSoup() {
    Arbitrary<String> tokens =
        Arbitraries.of(
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"success\"",
            "1",
            "0",
            "\"header\"",
            "\"rows\"",
            "\"data\"",
            "\"date_sent\"",
            "\"size\"",
            "\"sender\"",
            "\"spam_score\"",
            "\"2024-03-05 14:07:09\"",
            "\"a@x\"",
            "0.5",
            "-2",
            "null",
            "true",
            "\"total_matches\"",
            "\"comment\"",
            "\"error\"",
            " ",
            "\n",
            "1e5",
            "\"\\u00e9\"",
            "\"");
    return tokens.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> csvSoup() {
    Arbitrary<String> tokens = Arbitraries.of(CSV_SOUP_TOKENS);
    return tokens
        .list()
        .ofMaxSize(60)
        .map(l -> String.join(",", Payloads.CSV_HEADER) + "\r\n" + String.join("", l));
  }

  /** What token soup for the CSV reader is made of (CsvBehaviourRecordTest uses it too). */
  static final String[] CSV_SOUP_TOKENS = {
    ",",
    "\"",
    "\r\n",
    "\n",
    "\r",
    "a",
    "1",
    "0.5",
    "2024-03-05 14:07:09",
    "x@y",
    "\"\"",
    "é",
    " ",
    "Delivered"
  };

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static Attempt<Delivery> onlyReportExceptions(byte[] bytes, Attempt.Format format) {
    List<Attempt<Delivery>> result = new ArrayList<>();
    assertTimeoutPreemptively(
        PER_TRY,
        () -> {
          result.add(Attempt.run(Delivery.type(), ReadOptions.strict(), format, bytes));
          result.add(Attempt.run(Delivery.type(), ReadOptions.lenient(), format, bytes));
        },
        () -> "hung on " + Attempt.describe(bytes));
    return result.get(1);
  }

  static void checkDocument(Doc doc, Attempt.Format format) {
    List<Attempt<Delivery>> result = new ArrayList<>();
    assertTimeoutPreemptively(
        PER_TRY,
        () -> {
          result.add(Attempt.run(Delivery.type(), ReadOptions.strict(), format, doc.bytes()));
          result.add(Attempt.run(Delivery.type(), ReadOptions.lenient(), format, doc.bytes()));
        },
        () -> "hung on " + doc);
    if (doc.corruption() != Corruption.NONE) {
      return; // only ReportExceptions (checked by Attempt) and no hang
    }
    Attempt<Delivery> strict = result.get(0);
    Attempt<Delivery> lenient = result.get(1);
    String what = doc + "\nstrict: " + strict + "\nlenient: " + lenient;
    assertTrue(!lenient.failed(), what);
    List<RowSpec> specs = doc.rows();
    assertEquals(specs.size(), lenient.rows.size() + lenient.errors.size(), what);
    Set<Long> bad = lenient.errors.stream().map(RowError::row).collect(Collectors.toSet());
    int delivered = 0;
    for (int i = 0; i < specs.size(); i++) {
      if (bad.contains((long) i)) {
        assertTrue(!specs.get(i).good(), what + ": good row " + i + " reported bad");
        continue;
      }
      Delivery got = lenient.rows.get(delivered++);
      if (specs.get(i).good()) {
        assertEquals(POOL.get(specs.get(i).pick()).expected(), got, what + ": row " + i);
      }
    }
    if (lenient.errors.isEmpty()) {
      assertEquals(lenient.rows, strict.rows, what);
    } else {
      ReportParseException e = strict.parseFailure(what);
      assertEquals(lenient.errors.get(0), RowError.of(e), what);
    }
  }
}
