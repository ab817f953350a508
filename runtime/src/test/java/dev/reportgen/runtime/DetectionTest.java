package dev.reportgen.runtime;

import static dev.reportgen.runtime.Fixtures.HEADER;
import static dev.reportgen.runtime.Fixtures.HEADER_OBJECTS;
import static dev.reportgen.runtime.Fixtures.OBJ1;
import static dev.reportgen.runtime.Fixtures.ROW1;
import static dev.reportgen.runtime.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.Totals;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DetectionTest {
  private static final List<String> NAMES =
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
  private static final List<ReportType<?>> CANDIDATES = List.of(Delivery.type(), Totals.type());

  private static List<String> jsonHeader(String json) {
    return ReportHeaders.readJsonHeader(new ByteArrayInputStream(utf8(json)));
  }

  @Test
  void readsJsonHeadersInEveryPlace() {
    assertEquals(NAMES, jsonHeader("{\"success\":1,\"header\":" + HEADER + ",\"rows\":[]}"));
    assertEquals(
        NAMES,
        jsonHeader(
            "{\"success\":1,\"data\":{\"rows\":["
                + ROW1
                + "],\"header\":"
                + HEADER_OBJECTS
                + "}}"));
    assertEquals(NAMES, jsonHeader("{\"success\":1,\"data\":[" + OBJ1 + "]}"));
    assertEquals(NAMES, jsonHeader("[" + OBJ1 + "]"));
    assertEquals(List.of(), jsonHeader("{\"success\":1,\"data\":[]}"));
    assertThrows(
        ReportErrorResponseException.class, () -> jsonHeader("{\"success\":0,\"error\":\"x\"}"));
    assertThrows(ReportParseException.class, () -> jsonHeader("{\"success\":1,\"header\":[\"a\""));
    assertThrows(ReportParseException.class, () -> jsonHeader(""));
  }

  @Test
  void readsCsvHeaders() throws IOException {
    String csv = "\uFEFFdate_sent,size,\"spam,score\"\n1,2,3\n";
    assertEquals(
        List.of("date_sent", "size", "spam,score"),
        ReportHeaders.readCsvHeader(new ByteArrayInputStream(utf8(csv))));
    assertEquals(
        List.of("date_sent", "size", "spam,score"),
        ReportHeaders.readCsvHeader(new ByteArrayInputStream(JsonEnvelopeTest.gzip(utf8(csv)))));
    assertThrows(
        ReportParseException.class,
        () -> ReportHeaders.readCsvHeader(new ByteArrayInputStream(new byte[0])));
  }

  @Test
  void detectsTheBestMatchingType() {
    assertEquals(Optional.of(Delivery.type()), ReportDetector.detect(CANDIDATES, NAMES));
    assertEquals(
        Optional.of(Totals.type()), ReportDetector.detect(CANDIDATES, List.of("SENT", "bounced")));
    // A required column missing: Delivery does not fit; nothing else does.
    assertEquals(Optional.empty(), ReportDetector.detect(CANDIDATES, List.of("date_sent", "size")));
    assertEquals(Optional.empty(), ReportDetector.detect(CANDIDATES, List.of()));
    // Two identical candidates tie: ambiguous.
    assertEquals(
        Optional.empty(),
        ReportDetector.detect(List.of(Totals.type(), Totals.type()), List.of("sent")));
  }

  private static List<String> plainKeys(String json) {
    return ReportHeaders.readJsonPlainKeys(new ByteArrayInputStream(utf8(json)));
  }

  @Test
  void readsThePlainKeysOfAnEnvelopeAndOfNestedDataOrReport() {
    assertEquals(
        List.of("success", "comment", "sent", "bounced", "rate"),
        plainKeys("{\"success\":1,\"comment\":\"c\",\"sent\":5,\"bounced\":\"1\",\"rate\":null}"));
    assertEquals(
        List.of("success", "sent", "bounced"),
        plainKeys("{\"success\":1,\"data\":{\"sent\":5,\"bounced\":1},\"meta\":{\"x\":1}}"));
    assertEquals(List.of("sent"), plainKeys("{\"report\":{\"sent\":5,\"rows\":[[1]]}}"));
    assertEquals(List.of(), plainKeys("[{\"sent\":5}]"));
    ReportParseException truncated =
        assertThrows(ReportParseException.class, () -> plainKeys("{\"success\":1,\n\"sent\":"));
    assertEquals(2, truncated.line(), truncated::getMessage);
    assertThrows(
        ReportParseException.class,
        () ->
            ReportHeaders.readJsonPlainKeys(
                new ByteArrayInputStream(utf8("{\"a\":1,\"b\":2,\"c\":3}")),
                ReadOptions.strict().withMaxColumns(2)));
  }

  @Test
  void detectsASummarySentAsPlainKeysAmongSummaryReportsOnly() {
    List<String> keys = List.of("success", "comment", "total_matches", "sent", "bounced");
    assertEquals(Optional.of(Totals.type()), ReportDetector.detectSummary(CANDIDATES, keys));
    // Delivery is not a summary report: its columns as plain keys are not a row.
    assertEquals(Optional.empty(), ReportDetector.detectSummary(CANDIDATES, NAMES));
    assertEquals(Optional.empty(), ReportDetector.detectSummary(CANDIDATES, List.of("success")));
  }
}
