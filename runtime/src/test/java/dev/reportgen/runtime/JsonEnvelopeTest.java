package dev.reportgen.runtime;

import static dev.reportgen.runtime.Fixtures.EXPECTED;
import static dev.reportgen.runtime.Fixtures.EXPECTED1;
import static dev.reportgen.runtime.Fixtures.HEADER;
import static dev.reportgen.runtime.Fixtures.HEADER_OBJECTS;
import static dev.reportgen.runtime.Fixtures.OBJ1;
import static dev.reportgen.runtime.Fixtures.OBJ2;
import static dev.reportgen.runtime.Fixtures.ROW1;
import static dev.reportgen.runtime.Fixtures.ROW2;
import static dev.reportgen.runtime.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.Totals;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonEnvelopeTest {
  private static final ReportReader<Delivery> READER = ReportReader.of(Delivery.type());
  private static final List<String> HEADER_NAMES =
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

  static Stream<Arguments> arrayRowVariants() {
    String rows = "[" + ROW1 + "," + ROW2 + "]";
    return Stream.of(
        Arguments.of(
            "top level", "{\"success\":1,\"header\":" + HEADER + ",\"rows\":" + rows + "}"),
        Arguments.of(
            "under data",
            "{\"success\":1,\"data\":{\"header\":" + HEADER + ",\"rows\":" + rows + "}}"),
        Arguments.of(
            "header objects",
            "{\"success\":1,\"data\":{\"header\":" + HEADER_OBJECTS + ",\"rows\":" + rows + "}}"),
        Arguments.of(
            "headers key", "{\"success\":1,\"headers\":" + HEADER + ",\"records\":" + rows + "}"),
        Arguments.of(
            "columns key", "{\"success\":1,\"columns\":" + HEADER + ",\"results\":" + rows + "}"),
        Arguments.of(
            "report key", "{\"success\":1,\"header\":" + HEADER + ",\"report\":" + rows + "}"),
        Arguments.of(
            "data array, header at top",
            "{\"success\":1,\"header\":" + HEADER + ",\"data\":" + rows + "}"),
        Arguments.of(
            "report object",
            "{\"success\":1,\"report\":{\"header\":" + HEADER + ",\"rows\":" + rows + "}}"),
        Arguments.of(
            "header after rows",
            "{\"rows\":"
                + rows
                + ",\"comment\":\"x\",\"header\":"
                + HEADER
                + ",\"success\":\"1\"}"),
        Arguments.of(
            "header after rows under data",
            "{\"data\":{\"rows\":"
                + rows
                + ",\"header\":"
                + HEADER_OBJECTS
                + "},\"success\":true}"),
        Arguments.of(
            "success as string, unknown keys",
            "{\"success\":\"1\",\"request_id\":\"abc\",\"debug\":{\"a\":[1,2,{\"b\":null}]},"
                + "\"header\":"
                + HEADER
                + ",\"rows\":"
                + rows
                + "}"),
        Arguments.of("no success flag", "{\"header\":" + HEADER + ",\"rows\":" + rows + "}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arrayRowVariants")
  void arrayRowVariantsGiveTheSameRows(String name, String json) {
    Report<Delivery> report = READER.readJson(utf8(json));
    assertEquals(EXPECTED, report.rows());
    assertEquals(HEADER_NAMES, report.header());
    assertEquals(List.of(), report.errors());
  }

  static Stream<Arguments> objectRowVariants() {
    String rows = "[" + OBJ1 + "," + OBJ2 + "]";
    return Stream.of(
        Arguments.of("data array, no header", "{\"success\":1,\"data\":" + rows + "}"),
        Arguments.of(
            "rows with header", "{\"success\":1,\"header\":" + HEADER + ",\"rows\":" + rows + "}"),
        Arguments.of(
            "under data, header after",
            "{\"success\":1,\"data\":{\"rows\":" + rows + ",\"header\":" + HEADER_OBJECTS + "}}"),
        Arguments.of("top-level array", rows),
        Arguments.of("results key", "{\"results\":" + rows + ",\"success\":1}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objectRowVariants")
  void objectRowVariantsGiveTheSameRows(String name, String json) {
    assertEquals(EXPECTED, READER.readJson(utf8(json)).rows());
  }

  @Test
  void headerIsEmptyForObjectRowsWithoutHeader() {
    Report<Delivery> report = READER.readJson(utf8("{\"success\":1,\"data\":[" + OBJ1 + "]}"));
    assertEquals(List.of(EXPECTED1), report.rows());
    assertEquals(List.of(), report.header());
  }

  @Test
  void allInputKindsReadTheSame() throws IOException {
    String json =
        "{\"success\":1,\"data\":{\"header\":" + HEADER + ",\"rows\":[" + ROW1 + "," + ROW2 + "]}}";
    try (RowCursor<Delivery> c = READER.openJson(new StringReader(json))) {
      assertEquals(EXPECTED, c.stream().collect(Collectors.toList()));
    }
    try (RowCursor<Delivery> c = READER.openJson(new ByteArrayInputStream(utf8(json)))) {
      List<Delivery> rows = new ArrayList<>();
      c.forEachRemaining(rows::add);
      assertEquals(EXPECTED, rows);
    }
    assertEquals(EXPECTED, READER.readJson(new ByteArrayInputStream(utf8(json))).rows());
    assertEquals(EXPECTED, READER.readJson(gzip(utf8(json))).rows());
    assertEquals(EXPECTED, READER.readJson(new ByteArrayInputStream(gzip(utf8(json)))).rows());
    // A UTF-8 byte order mark is accepted.
    byte[] bom = utf8("\uFEFF" + json);
    assertEquals(EXPECTED, READER.readJson(bom).rows());
  }

  @Test
  void cursorExposesHeaderBeforeRowsAndCountsRows() {
    String json = "{\"success\":1,\"header\":" + HEADER + ",\"rows\":[" + ROW1 + "," + ROW2 + "]}";
    try (RowCursor<Delivery> c = READER.openJson(utf8(json))) {
      assertEquals(HEADER_NAMES, c.header());
      assertEquals(0, c.rowIndex());
      assertEquals(EXPECTED1, c.next());
      assertEquals(1, c.rowIndex());
      assertTrue(c.hasNext());
      c.next();
      assertEquals(false, c.hasNext());
      assertEquals(2, c.rowIndex());
    }
  }

  @Test
  void countMetadataUnderEveryName() {
    for (String key :
        List.of(
            "total_matches", "total", "matches", "count", "total_rows", "num_rows", "n_matches")) {
      String json = "{\"success\":1,\"data\":{\"" + key + "\":\"1234\",\"rows\":[]}}";
      Report<Delivery> report = READER.readJson(utf8(json));
      assertEquals(OptionalLong.of(1234), report.metadata().totalMatches(), key);
      assertEquals(List.of(), report.rows());
    }
    for (String key : List.of("first_row", "start_row", "offset")) {
      String json =
          "{\"success\":1,\"" + key + "\":50,\"header\":" + HEADER + ",\"rows\":[" + ROW1 + "]}";
      Report<Delivery> report = READER.readJson(utf8(json));
      assertEquals(OptionalLong.of(50), report.metadata().firstRow(), key);
      assertEquals(OptionalLong.empty(), report.metadata().totalMatches());
    }
  }

  @Test
  void metadataAfterRowsAndPriorityOfCountNames() {
    String json =
        "{\"success\":1,\"rows\":["
            + OBJ1
            + "],\"count\":1,\"total_matches\":77,"
            + "\"comment\":\"Only the first page\"}";
    try (RowCursor<Delivery> c = READER.openJson(utf8(json))) {
      assertEquals(EXPECTED1, c.next());
      assertEquals(false, c.hasNext());
      assertEquals(
          new ReportMetadata(
              OptionalLong.of(77), OptionalLong.empty(), Optional.of("Only the first page")),
          c.metadata());
    }
  }

  @Test
  void countOnlyResponseHasNoRows() {
    Report<Delivery> report =
        READER.readJson(utf8("{\"success\":1,\"data\":{\"total_matches\":5000}}"));
    assertEquals(List.of(), report.rows());
    assertEquals(OptionalLong.of(5000), report.metadata().totalMatches());
    assertEquals(List.of(), READER.readJson(utf8("{\"success\":1}")).rows());
    assertEquals(List.of(), READER.readJson(utf8("{\"success\":1,\"data\":null}")).rows());
    assertEquals(List.of(), READER.readJson(utf8("{\"success\":1,\"data\":[]}")).rows());
  }

  @Test
  void countNamesInsideRowsAreColumnsNotMetadata() {
    String row = OBJ1.substring(0, OBJ1.length() - 1) + ",\"total\":\"9\",\"count\":3}";
    Report<Delivery> report = READER.readJson(utf8("{\"success\":1,\"data\":[" + row + "]}"));
    assertEquals(OptionalLong.empty(), report.metadata().totalMatches());
    assertEquals(Map.of("total", "9", "count", "3"), report.rows().get(0).extras().columns());
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of("{\"success\":0,\"error\":\"Invalid signature\"}", "Invalid signature"),
        Arguments.of("{\"error_message\":\"Bad account\",\"success\":\"0\"}", "Bad account"),
        Arguments.of("{\"success\":false,\"message\":\"Nope\",\"comment\":\"ignored\"}", "Nope"),
        Arguments.of("{\"success\":0,\"comment\":\"Only comment\"}", "Only comment"),
        Arguments.of(
            "{\"comment\":\"c\",\"success\":0,\"error\":\"e wins\",\"message\":\"m\"}", "e wins"),
        Arguments.of(
            "{\"success\":0,\"error\":{\"code\":42,\"text\":\"x\"}}",
            "{\"code\":42,\"text\":\"x\"}"),
        Arguments.of("{\"error\":\"no success key\"}", "no success key"),
        Arguments.of("{\"success\":0}", null),
        Arguments.of(
            "{\"success\":0,\"data\":{\"header\":"
                + HEADER
                + ",\"rows\":["
                + ROW1
                + "]},"
                + "\"error\":\"rows ignored\"}",
            "rows ignored"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void failureResponsesCarryTheServerMessage(String json, String message) {
    ReportErrorResponseException e =
        assertThrows(ReportErrorResponseException.class, () -> READER.readJson(utf8(json)));
    assertEquals(message, e.serverMessage());
    ReportErrorResponseException lenient =
        assertThrows(
            ReportErrorResponseException.class,
            () -> ReportReader.of(Delivery.type(), ReadOptions.lenient()).readJson(utf8(json)));
    assertEquals(message, lenient.serverMessage());
  }

  @Test
  void failureFlagAfterRowsStillFails() {
    String json = "{\"rows\":[" + OBJ1 + "],\"success\":0,\"error\":\"late\"}";
    try (RowCursor<Delivery> c = READER.openJson(utf8(json))) {
      assertEquals(EXPECTED1, c.next());
      ReportErrorResponseException e = assertThrows(ReportErrorResponseException.class, c::hasNext);
      assertEquals("late", e.serverMessage());
    }
  }

  @Test
  void badSuccessValueIsAParseError() {
    ReportParseException e =
        assertThrows(
            ReportParseException.class,
            () -> READER.readJson(utf8("{\"success\":\"maybe\",\"rows\":[]}")));
    assertTrue(e.problem().contains("success"), e.getMessage());
  }

  // ---- summary reports

  private static final ReportReader<Totals> TOTALS = ReportReader.of(Totals.type());

  static Stream<Arguments> summaryVariants() {
    return Stream.of(
        Arguments.of(
            "list of one row",
            "{\"success\":1,\"data\":{\"header\":[\"sent\",\"bounced\",\"rate\"],\"rows\":[[10,2,0.2]]}}"),
        Arguments.of(
            "flat array row",
            "{\"success\":1,\"data\":{\"header\":[\"sent\",\"bounced\",\"rate\"],\"rows\":[10,\"2\",\"0.2\"]}}"),
        Arguments.of(
            "flat array before header",
            "{\"success\":1,\"data\":{\"rows\":[\"10\",2,0.2],\"header\":[\"sent\",\"bounced\",\"rate\"]}}"),
        Arguments.of(
            "object row", "{\"success\":1,\"rows\":{\"rate\":0.2,\"sent\":\"10\",\"bounced\":2}}"),
        Arguments.of(
            "object row in list",
            "{\"success\":1,\"data\":[{\"sent\":10,\"bounced\":2,\"rate\":0.2}]}"),
        Arguments.of(
            "keys of data", "{\"success\":1,\"data\":{\"sent\":10,\"bounced\":2,\"rate\":0.2}}"),
        Arguments.of(
            "keys of the response", "{\"sent\":10,\"success\":1,\"bounced\":2,\"rate\":0.2}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("summaryVariants")
  void summaryVariantsGiveOneRow(String name, String json) {
    Report<Totals> report = TOTALS.readJson(utf8(json));
    assertEquals(new Totals(10, 2L, 0.2, RowExtras.empty()), report.single());
  }

  @Test
  void summaryKeysOfDataKeepUnknownScalarsAsExtras() {
    Totals t =
        TOTALS
            .readJson(
                utf8(
                    "{\"success\":1,\"comment\":\"ok\",\"data\":{\"sent\":3,\"extra_count\":\"4\"}}"))
            .single();
    assertEquals(new Totals(3, null, null, RowExtras.of(Map.of("extra_count", "4"), Map.of())), t);
  }

  @Test
  void singleRequiresExactlyOneRow() {
    Report<Totals> none = TOTALS.readJson(utf8("{\"success\":1,\"data\":[]}"));
    assertThrows(ReportParseException.class, none::single);
    Report<Totals> two =
        TOTALS.readJson(utf8("{\"success\":1,\"data\":[{\"sent\":1},{\"sent\":2}]}"));
    assertEquals(2, two.rows().size());
    ReportParseException e = assertThrows(ReportParseException.class, two::single);
    assertTrue(e.problem().contains("exactly one row"));
  }

  @Test
  void twoRowListsAreAnError() {
    ReportParseException e =
        assertThrows(
            ReportParseException.class,
            () -> READER.readJson(utf8("{\"rows\":[" + OBJ1 + "],\"records\":[" + OBJ1 + "]}")));
    assertTrue(e.problem().contains("two row lists"), e.getMessage());
  }

  static Stream<Arguments> rowsKeyedByRowNumber() {
    return Stream.of(
        Arguments.of(
            "'rows'",
            "{\"success\":1,\"header\":"
                + HEADER
                + ",\"rows\":{\"0\":"
                + ROW1
                + ",\"1\":"
                + ROW2
                + "}}",
            ROW1),
        Arguments.of(
            "'rows'", "{\"success\":1,\"rows\":{\"0\":" + OBJ1 + ",\"1\":" + OBJ2 + "}}", OBJ1),
        Arguments.of(
            "'data'",
            "{\"success\":1,\"header\":"
                + HEADER
                + ",\"data\":{\"0\":"
                + ROW1
                + ",\"1\":"
                + ROW2
                + "}}",
            ROW1),
        Arguments.of(
            "the response",
            "{\"header\":" + HEADER + ",\"0\":" + ROW1 + ",\"1\":" + ROW2 + ",\"success\":1}",
            ROW1));
  }

  /**
   * Rows keyed by row number are an envelope shape the reader does not take: an error about the
   * envelope (row -1), in both modes, naming the object, its numbered key and the shapes that are
   * accepted, at the first numbered row; never one bad row, nor zero rows.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rowsKeyedByRowNumber")
  void rowsKeyedByRowNumberAreAnEnvelopeError(String holder, String json, String firstRow) {
    for (ReadOptions options : List.of(ReadOptions.strict(), ReadOptions.lenient())) {
      ReportParseException e =
          assertThrows(
              ReportParseException.class,
              () -> ReportReader.of(Delivery.type(), options).readJson(utf8(json)));
      assertTrue(
          e.problem()
              .startsWith(holder + " is an object keyed by row number (key '0');" + " expected "),
          e.getMessage());
      assertTrue(e.problem().contains("a list"), e.getMessage());
      assertEquals(-1, e.row(), e.getMessage());
      assertNull(e.column(), e.getMessage());
      assertEquals(1, e.line());
      assertEquals(json.indexOf(firstRow) + 1, e.lineColumn(), e.getMessage());
    }
  }

  @Test
  void oneRowObjectUnderRowsIsStillOneRow() {
    Report<Delivery> report = READER.readJson(utf8("{\"success\":1,\"rows\":" + OBJ1 + "}"));
    assertEquals(List.of(EXPECTED1), report.rows());
  }

  @Test
  void scalarUnderARowKeyIsNotARowList() {
    Report<Delivery> report =
        READER.readJson(utf8("{\"success\":1,\"rows\":25,\"data\":[" + OBJ1 + "]}"));
    assertEquals(List.of(EXPECTED1), report.rows());
  }

  @Test
  void emptyRowsWithHeaderGiveHeaderOnly() {
    Report<Delivery> report =
        READER.readJson(utf8("{\"success\":1,\"header\":" + HEADER + ",\"rows\":[]}"));
    assertEquals(List.of(), report.rows());
    assertEquals(HEADER_NAMES, report.header());
    assertNull(report.metadata().comment().orElse(null));
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
