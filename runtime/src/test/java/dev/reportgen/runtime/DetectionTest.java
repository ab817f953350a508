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
  private static final List<String> NAMES = List.of("date_sent", "day", "status", "secureline",
      "size", "opens", "spam_score", "ratio", "sender", "subject");
  private static final List<ReportType<?>> CANDIDATES = List.of(Delivery.type(), Totals.type());

  private static List<String> jsonHeader(String json) {
    return ReportHeaders.readJsonHeader(new ByteArrayInputStream(utf8(json)));
  }

  @Test
  void readsJsonHeadersInEveryPlace() {
    assertEquals(NAMES, jsonHeader("{\"success\":1,\"header\":" + HEADER + ",\"rows\":[]}"));
    assertEquals(NAMES, jsonHeader("{\"success\":1,\"data\":{\"rows\":[" + ROW1 + "],\"header\":" + HEADER_OBJECTS + "}}"));
    assertEquals(NAMES, jsonHeader("{\"success\":1,\"data\":[" + OBJ1 + "]}"));
    assertEquals(NAMES, jsonHeader("[" + OBJ1 + "]"));
    assertEquals(List.of(), jsonHeader("{\"success\":1,\"data\":[]}"));
    assertThrows(ReportErrorResponseException.class, () -> jsonHeader("{\"success\":0,\"error\":\"x\"}"));
    assertThrows(ReportParseException.class, () -> jsonHeader("{\"success\":1,\"header\":[\"a\""));
    assertThrows(ReportParseException.class, () -> jsonHeader(""));
  }

  @Test
  void readsCsvHeaders() throws IOException {
    String csv = "\uFEFFdate_sent,size,\"spam,score\"\n1,2,3\n";
    assertEquals(List.of("date_sent", "size", "spam,score"),
        ReportHeaders.readCsvHeader(new ByteArrayInputStream(utf8(csv))));
    assertEquals(List.of("date_sent", "size", "spam,score"),
        ReportHeaders.readCsvHeader(new ByteArrayInputStream(JsonEnvelopeTest.gzip(utf8(csv)))));
    assertThrows(ReportParseException.class, () -> ReportHeaders.readCsvHeader(new ByteArrayInputStream(new byte[0])));
  }

  @Test
  void detectsTheBestMatchingType() {
    assertEquals(Optional.of(Delivery.type()), ReportDetector.detect(CANDIDATES, NAMES));
    assertEquals(Optional.of(Totals.type()), ReportDetector.detect(CANDIDATES, List.of("SENT", "bounced")));
    // A required column missing: Delivery does not fit; nothing else does.
    assertEquals(Optional.empty(), ReportDetector.detect(CANDIDATES, List.of("date_sent", "size")));
    assertEquals(Optional.empty(), ReportDetector.detect(CANDIDATES, List.of()));
    // Two identical candidates tie: ambiguous.
    assertEquals(Optional.empty(), ReportDetector.detect(List.of(Totals.type(), Totals.type()), List.of("sent")));
  }
}
