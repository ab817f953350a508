package dev.reportgen.runtime;

import static dev.reportgen.runtime.Fixtures.EXPECTED;
import static dev.reportgen.runtime.Fixtures.EXPECTED1;
import static dev.reportgen.runtime.Fixtures.EXPECTED2;
import static dev.reportgen.runtime.Fixtures.HEADER;
import static dev.reportgen.runtime.Fixtures.OBJ1;
import static dev.reportgen.runtime.Fixtures.OBJ2;
import static dev.reportgen.runtime.Fixtures.ROW1;
import static dev.reportgen.runtime.Fixtures.ROW2;
import static dev.reportgen.runtime.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.Totals;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonErrorsTest {
  private static final ReportReader<Delivery> STRICT = ReportReader.of(Delivery.type());
  private static final ReportReader<Delivery> LENIENT =
      ReportReader.of(Delivery.type(), ReadOptions.lenient());
  private static final String GOOD =
      "{\"success\":1,\"data\":{\"header\":"
          + HEADER
          + ",\"rows\":["
          + ROW1
          + ","
          + ROW2
          + "]},"
          + "\"total_matches\":2}";
  private static final String GOOD_OBJECTS =
      "{\"success\":1,\"data\":[" + OBJ1 + "," + OBJ2 + "],\"comment\":\"c\"}";

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t ", "\uFEFF"})
  void emptyInputIsRejected(String text) {
    ReportParseException e =
        assertThrows(ReportParseException.class, () -> STRICT.readJson(utf8(text)));
    if (!text.startsWith("\uFEFF")) {
      assertTrue(e.problem().contains("empty input"), e.getMessage());
    }
    assertThrows(ReportParseException.class, () -> LENIENT.readJson(utf8(text)));
  }

  @Test
  void everyTruncationIsAnErrorNeverAShorterResult() {
    for (String doc : List.of(GOOD, GOOD_OBJECTS, "[" + OBJ1 + "," + OBJ2 + "]")) {
      assertEquals(EXPECTED, STRICT.readJson(utf8(doc)).rows());
      for (int cut = 0; cut < doc.length(); cut++) {
        byte[] prefix = utf8(doc.substring(0, cut));
        for (ReportReader<Delivery> reader : List.of(STRICT, LENIENT)) {
          try {
            Report<Delivery> r = reader.readJson(prefix);
            fail(
                "prefix of "
                    + cut
                    + " chars read as "
                    + r.rows().size()
                    + " rows: "
                    + doc.substring(0, cut));
          } catch (ReportParseException expected) {
            // The point of the test.
          }
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"success\":1,\"rows\":[[1,2,]]}",
        "{\"success\":1,\"rows\":[{\"a\":1,}]}",
        "{\"success\":1 \"rows\":[]}",
        "{success:1}",
        "{'success':1}",
        "{\"success\":1,\"rows\":[NaN]}",
        "{\"success\":1,\"rows\":[01]}",
        "{\"success\":1,\"rows\":[\"a\nb\"]}",
        "{\"success\":1,\"rows\":]",
        "{\"success\":1}}",
        "{\"success\":1} x",
        "{\"success\":1}{\"success\":1}",
        "{\"success\":1} []",
        "\"just a string\"",
        "42",
        "null",
        "{\"success\":1,\"rows\":[/*c*/]}",
        "{\"success\":1,\"data\":[" + "{\"date_sent\":\"2024-03-05 14:07:09\"" + "]}"
      })
  void malformedJsonIsAnErrorInBothModes(String json) {
    ReportParseException strict =
        assertThrows(ReportParseException.class, () -> STRICT.readJson(utf8(json)));
    assertTrue(strict.line() >= 1 || strict.problem().contains("no report"), strict.getMessage());
    assertThrows(ReportParseException.class, () -> LENIENT.readJson(utf8(json)));
  }

  @Test
  void invalidUtf8IsAnError() {
    byte[] bytes = utf8("{\"success\":1,\"data\":[" + OBJ1 + "]}");
    int at = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).indexOf("a@x");
    bytes[at] = (byte) 0xC3;
    bytes[at + 1] = (byte) 0x28;
    assertThrows(ReportParseException.class, () -> STRICT.readJson(bytes));
  }

  @Test
  void noReportInResponseIsAnError() {
    ReportParseException e =
        assertThrows(ReportParseException.class, () -> STRICT.readJson(utf8("{\"foo\":1}")));
    assertTrue(e.problem().contains("no report"), e.getMessage());
    assertThrows(ReportParseException.class, () -> STRICT.readJson(utf8("{}")));
  }

  @Test
  void arrayRowsWithoutHeaderAreAnError() {
    ReportParseException e =
        assertThrows(
            ReportParseException.class,
            () -> STRICT.readJson(utf8("{\"success\":1,\"rows\":[" + ROW1 + "]}")));
    assertTrue(e.problem().contains("no header"), e.getMessage());
    assertEquals(0, e.row());
  }

  private static String multiLine() {
    // Row 1 has a bad size, row 3 a bad date; rows 0 and 2 and 4 are good.
    return "{\"success\":1,\n"
        + "\"header\":"
        + HEADER
        + ",\n"
        + "\"rows\":[\n"
        + ROW1
        + ",\n"
        + ROW1.replace("1234", "\"12x4\"").replace("\"Hi\"", "[\"nested\",{\"a\":[1]}]")
        + ",\n"
        + ROW2
        + ",\n"
        + ROW2.replace("2023-12-31 23:59:59", "2023-12-31 23:59:60")
        + ",\n"
        + ROW1
        + "\n"
        + "]}";
  }

  @Test
  void strictStopsAtTheFirstBadRowWithItsPosition() {
    try (RowCursor<Delivery> c = STRICT.openJson(utf8(multiLine()))) {
      assertEquals(EXPECTED1, c.next());
      ReportParseException e = assertThrows(ReportParseException.class, c::hasNext);
      assertEquals(1, e.row());
      assertEquals("size", e.column());
      assertEquals("12x4", e.value());
      assertEquals(5, e.line());
      int expectedColumn = (ROW1.replace("1234", "\"12x4\"")).indexOf("\"12x4\"") + 1;
      assertEquals(expectedColumn, e.lineColumn());
      assertTrue(
          e.getMessage().contains("row 1") && e.getMessage().contains("'size'"), e.getMessage());
      // The cursor stays failed.
      assertThrows(ReportParseException.class, c::hasNext);
    }
  }

  @Test
  void lenientDeliversEveryGoodRowAndListsEveryBadOne() {
    Report<Delivery> report = LENIENT.readJson(utf8(multiLine()));
    assertEquals(List.of(EXPECTED1, EXPECTED2, EXPECTED1), report.rows());
    assertEquals(2, report.errors().size());
    RowError first = report.errors().get(0);
    assertEquals(1, first.row());
    assertEquals("size", first.column());
    assertEquals("12x4", first.value());
    assertEquals(5, first.line());
    assertTrue(first.lineColumn() > 1);
    RowError second = report.errors().get(1);
    assertEquals(3, second.row());
    assertEquals("date_sent", second.column());
    assertEquals("2023-12-31 23:59:60", second.value());
    assertEquals(7, second.line());
  }

  @Test
  void lenientResynchronisesAfterBadObjectRowsAndShapes() {
    String bad = OBJ1.replace("\"size\":1234", "\"size\":{\"deep\":[[[1]]]},\"more\":[1,2]");
    String dup = OBJ1.replace("\"size\":1234", "\"size\":1,\"size\":2");
    String missing = OBJ1.replace("\"sender\":\"a@x.com\",", "");
    String json =
        "{\"success\":1,\"data\":["
            + bad
            + ","
            + OBJ1
            + ",7,"
            + dup
            + ","
            + missing
            + ","
            + OBJ2
            + "]}";
    try (RowCursor<Delivery> c = LENIENT.openJson(utf8(json))) {
      assertEquals(List.of(EXPECTED1, EXPECTED2), c.stream().toList());
      List<RowError> errors = c.errors();
      assertEquals(List.of(0L, 2L, 3L, 4L), errors.stream().map(RowError::row).toList());
      assertEquals("size", errors.get(0).column());
      assertEquals("7", errors.get(1).value());
      assertEquals("size", errors.get(2).column());
      assertEquals("sender", errors.get(3).column());
      assertTrue(errors.get(3).message().contains("lacks"));
      assertEquals(6, c.rowIndex());
    }
  }

  /**
   * One binder: an array row breaking a rule reads the same whether it was streamed after the
   * header or held until a late one, placed at the value that broke it.
   */
  @Test
  void aRowTooLongReadsTheSameStreamedAndHeldForALateHeader() {
    String row = ROW1.replace("]", ",\"surplus\"]");
    String streamed = "{\"success\":1,\"header\":" + HEADER + ",\"rows\":[" + row + "]}";
    String held = "{\"success\":1,\"rows\":[" + row + "],\"header\":" + HEADER + "}";
    for (String json : List.of(streamed, held)) {
      ReportParseException e =
          assertThrows(ReportParseException.class, () -> STRICT.readJson(utf8(json)));
      assertEquals("row has more values than the header's 10 columns", e.problem(), json);
      assertEquals(
          List.of(0L, 1L, (long) json.indexOf("\"surplus\"") + 1),
          List.of(e.row(), e.line(), e.lineColumn()),
          json);
    }
  }

  /**
   * One wording per rule: a column given twice (or in two spellings) reads the same in an object
   * row and in a summary's row given as plain envelope keys.
   */
  @ParameterizedTest
  @ValueSource(strings = {"sent", "SENT"})
  void aKeyGivenTwiceReadsTheSameInObjectRowsAndPlainSummaryKeys(String second) {
    ReportReader<Totals> totals = ReportReader.of(Totals.type());
    String keys = "\"sent\":1,\"" + second + "\":2";
    for (String json :
        List.of("{\"success\":1,\"rows\":[{" + keys + "}]}", "{\"success\":1," + keys + "}")) {
      ReportParseException e =
          assertThrows(ReportParseException.class, () -> totals.readJson(utf8(json)));
      assertEquals(
          "key '" + second + "' given twice in one row (or in two spellings)", e.problem(), json);
      assertEquals("sent", e.column(), json);
      assertEquals(json.indexOf(":2") + 2, e.lineColumn(), json);
    }
  }

  @Test
  void singleFailsWhenLenientSkippedTheRow() {
    Report<Delivery> r = LENIENT.readJson(utf8("[" + OBJ1.replace("1234", "\"x\"") + "]"));
    assertEquals(List.of(), r.rows());
    assertEquals(1, r.errors().size());
    ReportParseException e = assertThrows(ReportParseException.class, r::single);
    assertEquals("size", e.column());
  }

  @Test
  void valueInErrorsIsCut() {
    String longValue = "9".repeat(50) + "x".repeat(500);
    ReportParseException e =
        assertThrows(
            ReportParseException.class,
            () -> STRICT.readJson(utf8("[" + OBJ1.replace("1234", "\"" + longValue + "\"") + "]")));
    assertTrue(e.value().length() < 120, e.value());
    assertTrue(e.getMessage().length() < 400, e.getMessage());
  }

  @Test
  void limitsFailFast() {
    ReportReader<Delivery> small =
        ReportReader.of(
            Delivery.type(),
            ReadOptions.lenient()
                .withMaxColumns(12)
                .withMaxStringLength(64)
                .withMaxNestingDepth(6)
                .withMaxNumberLength(20)
                .withMaxBufferedRowsBeforeHeader(1));
    // Header wider than maxColumns.
    String wide = "[" + "\"c\",".repeat(13).replaceAll("\"c\"", "\"c" + "\"") + "]";
    StringBuilder names = new StringBuilder("[");
    for (int i = 0; i < 13; i++) {
      names.append(i > 0 ? "," : "").append("\"c").append(i).append('"');
    }
    names.append(']');
    assertLimit(small, "{\"header\":" + names + ",\"rows\":[]}", "more than 12 columns");
    assertFalse(wide.isEmpty());
    // Object row with more keys than maxColumns.
    StringBuilder keys = new StringBuilder("[{");
    for (int i = 0; i < 13; i++) {
      keys.append(i > 0 ? "," : "").append("\"k").append(i).append("\":1");
    }
    keys.append("}]");
    ReportParseException e =
        assertThrows(
            ReportParseException.class, () -> small.readJson(utf8(keys.toString())).single());
    assertTrue(
        e.problem().contains("more than 12 keys") || e.problem().contains("exactly one row"),
        e.getMessage());
    assertLimit(small, "[" + OBJ1.replace("a@x.com", "a".repeat(100)) + "]", "limit");
    assertLimit(small, "{\"success\":1,\"x\":[[[[[[[[1]]]]]]]]}", "limit");
    assertLimit(small, "[" + OBJ1.replace("1234", "1" + "0".repeat(30)) + "]", "limit");
    assertLimit(
        small,
        "{\"rows\":[" + ROW1 + "," + ROW1 + "],\"header\":" + HEADER + "}",
        "maxBufferedRowsBeforeHeader");
    assertEquals(
        1,
        small.readJson(utf8("{\"rows\":[" + ROW1 + "],\"header\":" + HEADER + "}")).rows().size());
  }

  private static void assertLimit(ReportReader<Delivery> reader, String json, String text) {
    ReportParseException e =
        assertThrows(ReportParseException.class, () -> reader.readJson(utf8(json)));
    assertTrue(e.getMessage().contains(text), e.getMessage());
  }

  @Test
  void ioFailureOfTheSourceIsAReportIoException() {
    InputStream broken =
        new InputStream() {
          private int calls;

          @Override
          public int read() throws IOException {
            throw new IOException("socket reset");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (calls++ == 0) {
              byte[] start = utf8("{\"success\":1,\"data\":[");
              System.arraycopy(start, 0, b, off, start.length);
              return start.length;
            }
            throw new IOException("socket reset");
          }
        };
    ReportIoException e = assertThrows(ReportIoException.class, () -> STRICT.readJson(broken));
    assertEquals("socket reset", e.getCause().getMessage());
  }

  @Test
  void onlyTheSourcesOwnFailuresAreReportIoExceptions() throws IOException {
    // An EOFException thrown by the source is the source failing, not a cut gzip stream.
    InputStream eofSource =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new java.io.EOFException("peer closed");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new java.io.EOFException("peer closed");
          }
        };
    ReportIoException io = assertThrows(ReportIoException.class, () -> STRICT.readJson(eofSource));
    assertEquals("peer closed", io.getCause().getMessage());
    // A cut gzip stream is bad data, inside the header and inside the deflate data alike.
    byte[] gz = JsonEnvelopeTest.gzip(utf8(GOOD_OBJECTS));
    for (int cut : new int[] {3, gz.length / 2, gz.length - 3}) {
      byte[] prefix = Arrays.copyOf(gz, cut);
      ReportParseException e =
          assertThrows(
              ReportParseException.class,
              () -> STRICT.readJson(new java.io.ByteArrayInputStream(prefix)),
              "cut " + cut);
      assertTrue(e.problem().contains("gzip"), e.getMessage());
      assertThrows(ReportParseException.class, () -> STRICT.readJson(prefix), "cut " + cut);
    }
  }

  @Test
  void overlongUtf8AndEncodedSurrogatesAreErrorsAtTheirPosition() {
    for (byte[] bad :
        List.of(
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
      byte[] start = utf8("{\"success\":1,\n\"note\":\"ab");
      byte[] end = utf8("\",\"header\":[],\"rows\":[]}");
      byte[] doc = new byte[start.length + bad.length + end.length];
      System.arraycopy(start, 0, doc, 0, start.length);
      System.arraycopy(bad, 0, doc, start.length, bad.length);
      System.arraycopy(end, 0, doc, start.length + bad.length, end.length);
      for (boolean stream : new boolean[] {false, true}) {
        ReportParseException e =
            assertThrows(
                ReportParseException.class,
                () -> {
                  if (stream) {
                    STRICT.readJson(new java.io.ByteArrayInputStream(doc));
                  } else {
                    STRICT.readJson(doc);
                  }
                });
        assertTrue(e.problem().contains("Invalid UTF-8"), e.getMessage());
        assertEquals(List.of(2L, 11L), List.of(e.line(), e.lineColumn()), e.getMessage());
      }
    }
    // Valid 3- and 4-byte characters at the edges of those ranges still read.
    String ok =
        "{\"success\":1,\"note\":\"\u0800\ud7ff\ue000\ud800\udc00\udbff\udfff\",\"rows\":[]}";
    assertEquals(0, STRICT.readJson(utf8(ok)).rows().size());
  }

  @Test
  void randomMutationsOnlyEverThrowReportExceptions() {
    Random random = new Random(42);
    byte[] base = utf8(GOOD_OBJECTS);
    for (int i = 0; i < 3000; i++) {
      byte[] doc = Arrays.copyOf(base, base.length);
      int edits = 1 + random.nextInt(4);
      for (int k = 0; k < edits; k++) {
        int at = random.nextInt(doc.length);
        String alphabet = "{}[]\",:0-.eE\\ ntx\u0000";
        doc[at] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
      }
      for (ReportReader<Delivery> reader : List.of(STRICT, LENIENT)) {
        try {
          Report<Delivery> r = reader.readJson(doc);
          assertTrue(r.rows().size() + r.errors().size() <= 2 || r.rows().size() <= 3);
        } catch (ReportException expected) {
          // Fine: one of ours.
        }
      }
    }
  }
}
