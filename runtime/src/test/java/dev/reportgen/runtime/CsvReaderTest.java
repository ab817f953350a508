package dev.reportgen.runtime;

import static dev.reportgen.runtime.Fixtures.EXPECTED;
import static dev.reportgen.runtime.Fixtures.EXPECTED1;
import static dev.reportgen.runtime.Fixtures.EXPECTED2;
import static dev.reportgen.runtime.Fixtures.utf8;
import static dev.reportgen.runtime.Fixtures.withExtras;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.DeliveryStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTest {
  private static final ReportReader<Delivery> STRICT = ReportReader.of(Delivery.type());
  private static final ReportReader<Delivery> LENIENT =
      ReportReader.of(Delivery.type(), ReadOptions.lenient());
  private static final String HEADER =
      "date_sent,day,status,secureline,size,opens,spam_score,ratio,sender,subject";
  private static final String ROW1 =
      "2024-03-05 14:07:09,2024-03-05,Delivered,1,1234,3,0.5,0.25,a@x.com,Hi";
  private static final String ROW2 =
      "2023-12-31 23:59:59,,Post-Delivery Hard Fail,-2,0,,1e1,,b@y.org,";

  private static Report<Delivery> read(ReportReader<Delivery> reader, String csv) {
    return reader.readCsv(new ByteArrayInputStream(utf8(csv)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void lineEndings(String eol) {
    String csv = HEADER + eol + ROW1 + eol + ROW2 + eol;
    Report<Delivery> report = read(STRICT, csv);
    assertEquals(EXPECTED, report.rows());
    assertEquals(
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
            "subject"),
        report.header());
    // No final line end.
    assertEquals(EXPECTED, read(STRICT, HEADER + eol + ROW1 + eol + ROW2).rows());
  }

  @Test
  void bomAndGzip() throws IOException {
    String csv = HEADER + "\n" + ROW1 + "\n" + ROW2 + "\n";
    assertEquals(EXPECTED, read(STRICT, "\uFEFF" + csv).rows());
    byte[] gz = JsonEnvelopeTest.gzip(utf8("\uFEFF" + csv));
    assertEquals(EXPECTED, STRICT.readCsv(new ByteArrayInputStream(gz)).rows());
    assertEquals(
        EXPECTED,
        STRICT.readCsv(new ByteArrayInputStream(JsonEnvelopeTest.gzip(utf8(csv)))).rows());
  }

  @Test
  void quotingEmbeddedQuotesAndNewlines() {
    String csv =
        HEADER
            + ",notes\r\n"
            + "\"2024-03-05 14:07:09\",\"2024-03-05\",\"Delivered\",\"1\",\"1234\",\"3\",\"0.5\",\"0.25\","
            + "\"a@x.com\",\"He said \"\"hi\"\",\r\nthen left\",\"multi\nline, \"\"quoted\"\"\"\r\n"
            + ROW2
            + ",plain\r\n";
    Report<Delivery> report = read(STRICT, csv);
    Delivery first = report.rows().get(0);
    assertEquals("He said \"hi\",\r\nthen left", first.subject());
    assertEquals(Map.of("notes", "multi\nline, \"quoted\""), first.extras().columns());
    assertEquals(withExtras(EXPECTED2, Map.of("notes", "plain"), Map.of()), report.rows().get(1));
  }

  @Test
  void emptyLinesAreSkipped() {
    assertEquals(EXPECTED, read(STRICT, HEADER + "\n\n" + ROW1 + "\n\n\n" + ROW2 + "\n\n").rows());
  }

  @Test
  void columnsMappedLikeJson() {
    String csv =
        "Subject,SENDER,spam_score,Opens,size,secureline,status,day,date_sent,custom_x\n"
            + "Hi,a@x.com,0.5,3,1234,1,Queued,2024-03-05,2024-03-05 14:07:09,cx\n";
    Delivery d = read(STRICT, csv).single();
    assertEquals(
        new Delivery(
            EXPECTED1.dateSent(),
            EXPECTED1.day(),
            DeliveryStatus.UNKNOWN,
            EXPECTED1.secureline(),
            1234,
            3L,
            0.5,
            null,
            "a@x.com",
            "Hi",
            null,
            RowExtras.of(Map.of("custom_x", "cx"), Map.of("status", "Queued"))),
        d);
  }

  @Test
  void absentSpellingsInCsv() {
    String csv = HEADER + "\n2024-03-05 14:07:09,0000-00-00,,,1,,2,,s,\"\"\n";
    Delivery d = read(STRICT, csv).single();
    assertEquals(
        new Delivery(
            EXPECTED1.dateSent(),
            null,
            null,
            null,
            1,
            null,
            2.0,
            null,
            "s",
            null,
            null,
            RowExtras.empty()),
        d);
    // Empty for a non-nullable column is an error with its position.
    ReportParseException e =
        assertThrows(
            ReportParseException.class,
            () -> read(STRICT, HEADER + "\n" + ROW1 + "\n,,,,1,,2,,s,\n"));
    assertEquals(1, e.row());
    assertEquals("date_sent", e.column());
    assertEquals(3, e.line());
  }

  @Test
  void raggedRecordsAreRowErrors() {
    String csv = HEADER + "\n" + ROW1 + ",extra\n" + ROW1 + "\n" + "a,b\n" + ROW2 + "\n";
    ReportParseException e = assertThrows(ReportParseException.class, () -> read(STRICT, csv));
    assertEquals(0, e.row());
    assertEquals(2, e.line());
    assertTrue(e.problem().contains("11 fields"), e.getMessage());
    Report<Delivery> lenient = read(LENIENT, csv);
    assertEquals(List.of(EXPECTED1, EXPECTED2), lenient.rows());
    assertEquals(List.of(0L, 2L), lenient.errors().stream().map(RowError::row).toList());
    assertEquals(List.of(2L, 4L), lenient.errors().stream().map(RowError::line).toList());
  }

  @Test
  void lenientReportsBadValuesWithLineNumbers() {
    String csv =
        HEADER
            + "\n"
            + ROW1
            + "\n"
            + "\"2024-03-05 14:07:09\",,,,\"not\nnumber\",,1,,s,\n" // record 1 spans lines 3-4
            + ROW2
            + "\n"
            + "2024-02-30 00:00:00,,,,1,,1,,s,\n"
            + ROW1
            + "\n";
    Report<Delivery> report = read(LENIENT, csv);
    assertEquals(List.of(EXPECTED1, EXPECTED2, EXPECTED1), report.rows());
    assertEquals(
        List.of(
            new RowError(1, "size", "not\nnumber", 3, -1, "not a number"),
            new RowError(3, "date_sent", "2024-02-30 00:00:00", 6, -1, "date out of range")),
        report.errors());
  }

  @Test
  void headerProblemsAreFatal() {
    ReportParseException e =
        assertThrows(
            ReportParseException.class, () -> read(LENIENT, "date_sent,spam_score,sender\n"));
    assertEquals("size", e.column());
    assertThrows(ReportParseException.class, () -> read(LENIENT, HEADER + ",size\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\uFEFF", "\n\n"})
  void emptyCsvIsRejected(String csv) {
    ReportParseException e = assertThrows(ReportParseException.class, () -> read(STRICT, csv));
    assertTrue(e.problem().contains("empty input"), e.getMessage());
  }

  @Test
  void headerOnlyHasNoRows() {
    Report<Delivery> r = read(STRICT, HEADER + "\n");
    assertEquals(List.of(), r.rows());
    assertEquals(10, r.header().size());
  }

  @Test
  void unterminatedQuoteAtEndIsAnError() {
    for (String tail :
        List.of("\"Hi", "\"Hi\n", "\"Hi\"\"", "\"Hi\"\"\n", "\"", "\"\"\"", "\"Hi\nmore\r\n")) {
      String csv =
          HEADER + "\n" + ROW1 + "\n" + ROW1.substring(0, ROW1.lastIndexOf(',') + 1) + tail;
      for (ReportReader<Delivery> reader : List.of(STRICT, LENIENT)) {
        ReportParseException e =
            assertThrows(ReportParseException.class, () -> read(reader, csv), tail);
        assertTrue(e.problem().contains("unterminated"), e.getMessage());
      }
    }
    // Closed quotes at the end are fine, including values ending in quotes or line breaks.
    for (String tail :
        List.of("\"Hi\"", "\"Hi\"\n", "\"Hi\"\"\"", "\"\"", "\"\"\"\"", "\"Hi\n\"\r\n\n")) {
      String csv = HEADER + "\n" + ROW1.substring(0, ROW1.lastIndexOf(',') + 1) + tail;
      Report<Delivery> r = read(STRICT, csv);
      assertEquals(1, r.rows().size(), tail);
    }
  }

  @Test
  void everyTruncationOfAQuotedFileIsAnErrorOrAShorterPrefixOfRecords() {
    String csv =
        HEADER + "\n" + "\"2024-03-05 14:07:09\",,,,\"12\",,\"1\",,\"a,\"\"b\"\"\",\"x\"\n";
    for (int cut = 0; cut < csv.length(); cut++) {
      String prefix = csv.substring(0, cut);
      try {
        Report<Delivery> r = read(STRICT, prefix);
        // CSV has no end marker: a cut exactly at a record boundary, or right after the last
        // separator (an empty last field), is indistinguishable from a complete file.
        assertTrue(
            r.rows().isEmpty() || prefix.endsWith("\"x\"") || prefix.endsWith("\","),
            "cut " + cut + ": " + prefix);
      } catch (ReportParseException expected) {
        // Truncated mid-record or mid-header.
      }
    }
  }

  @Test
  void malformedCsvIsAnError() {
    ReportParseException e =
        assertThrows(
            ReportParseException.class,
            () -> read(LENIENT, HEADER + "\n" + ROW1 + "\n\"2024-03-05 14:07:09\"x,,,,1,,1,,s,\n"));
    assertEquals(3, e.line());
  }

  @Test
  void invalidUtf8AndCorruptGzipAreErrors() throws IOException {
    byte[] bytes = utf8(HEADER + "\n" + ROW1 + "\n");
    byte[] broken = Arrays.copyOf(bytes, bytes.length);
    broken[HEADER.length() + 60] = (byte) 0xFF;
    assertThrows(
        ReportParseException.class, () -> STRICT.readCsv(new ByteArrayInputStream(broken)));
    byte[] gz = JsonEnvelopeTest.gzip(bytes);
    byte[] cut = Arrays.copyOf(gz, gz.length - 12);
    ReportParseException e =
        assertThrows(
            ReportParseException.class, () -> STRICT.readCsv(new ByteArrayInputStream(cut)));
    assertTrue(e.problem().contains("gzip"), e.getMessage());
  }

  @Test
  void anUnterminatedLastQuoteIsRefusedNotDelivered() {
    // The open quote swallows the rest; the damaged record never reaches the caller.
    for (String tail : List.of("\"a@x", "\"a@x\r\n", "\"a@x\"\"", "\"")) {
      String csv =
          HEADER + "\n" + ROW1 + "\n" + ROW1.substring(0, ROW1.lastIndexOf(',') + 1) + tail;
      for (ReportReader<Delivery> reader : List.of(STRICT, LENIENT)) {
        List<Delivery> rows = new java.util.ArrayList<>();
        RowCursor<Delivery> cursor = reader.openCsv(new ByteArrayInputStream(utf8(csv)));
        ReportParseException e = failureAfterRows(cursor, rows, tail);
        assertTrue(e.problem().contains("unterminated quoted field"), e.getMessage());
        assertEquals(3, e.line());
        assertEquals(List.of(EXPECTED1), rows, tail);
        assertEquals(List.of(), cursor.errors());
      }
    }
  }

  @Test
  void malformedUtf8NamesItsLineInTheText() {
    byte[] bytes = utf8(HEADER + "\n" + ROW1 + "\n" + ROW1 + "\n");
    bytes[HEADER.length() + 1 + ROW1.length() + 1 + 5] = (byte) 0xFF;
    ReportParseException e =
        assertThrows(
            ReportParseException.class, () -> STRICT.readCsv(new ByteArrayInputStream(bytes)));
    assertTrue(
        e.problem().contains("not UTF-8") && e.problem().contains("on line 3"), e.getMessage());
  }

  @Test
  void limits() {
    ReportReader<Delivery> small =
        ReportReader.of(
            Delivery.type(), ReadOptions.lenient().withMaxColumns(11).withMaxStringLength(40));
    String wide = HEADER + ",a,b\n";
    assertThrows(ReportParseException.class, () -> read(small, wide));
    String longField = HEADER + "\n" + ROW1.replace("Hi", "H".repeat(100)) + "\n";
    ReportParseException e = assertThrows(ReportParseException.class, () -> read(small, longField));
    assertTrue(e.problem().contains("maxStringLength"), e.getMessage());
  }

  @Test
  void cursorStreamsAndCloses() {
    String csv = HEADER + "\n" + ROW1 + "\n" + ROW2 + "\n";
    try (RowCursor<Delivery> c = STRICT.openCsv(new ByteArrayInputStream(utf8(csv)))) {
      assertEquals(10, c.header().size());
      assertEquals(0, c.rowIndex());
      assertEquals(EXPECTED, c.stream().toList());
      assertEquals(2, c.rowIndex());
      assertEquals(ReportMetadata.empty(), c.metadata());
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  /** Reads {@code cursor} into {@code rows} until it fails, and returns the failure. */
  private static ReportParseException failureAfterRows(
      RowCursor<Delivery> cursor, List<Delivery> rows, String what) {
    return assertThrows(
        ReportParseException.class,
        () -> {
          while (cursor.hasNext()) {
            rows.add(cursor.next());
          }
        },
        what);
  }

  /** ROW1 with a different last field (subject), given as it appears in the file. */
  private static String row1EndingWith(String subject) {
    return ROW1.substring(0, ROW1.lastIndexOf(',') + 1) + subject;
  }

  private static Delivery expected1WithSubject(String subject) {
    Delivery e = EXPECTED1;
    return new Delivery(
        e.dateSent(),
        e.day(),
        e.status(),
        e.secureline(),
        e.size(),
        e.opens(),
        e.spamScore(),
        e.ratio(),
        e.sender(),
        subject,
        e.header1(),
        e.extras());
  }

  /**
   * FastCSV 4.1.0 takes the LF right after a quoted field holding a lone CR for the second half of
   * a CRLF: it drops the field and merges two records. That input is refused, never misread; rows
   * before it may be delivered, none after.
   */
  @Test
  void aQuotedLoneCrRightBeforeARecordEndingLfIsRefused() {
    for (String subject : List.of("\"H\ri\"", "\"\rHi\"", "\"H\r\ri\"", "\"H\n\ri\"")) {
      String csv = HEADER + "\n" + ROW1 + "\n" + row1EndingWith(subject) + "\n" + ROW1 + "\n";
      for (ReportReader<Delivery> reader : List.of(STRICT, LENIENT)) {
        List<Delivery> rows = new java.util.ArrayList<>();
        RowCursor<Delivery> cursor = reader.openCsv(new ByteArrayInputStream(utf8(csv)));
        ReportParseException e = failureAfterRows(cursor, rows, subject);
        assertTrue(e.problem().contains("CR without LF"), e.getMessage());
        assertTrue(
            rows.size() <= 1 && List.of(EXPECTED1).subList(0, rows.size()).equals(rows),
            subject + ": " + rows);
      }
    }
  }

  /** The lone-CR cases FastCSV reads right are read, not refused. */
  @Test
  void loneCrsInQuotedFieldsThatFastCsvReadsRight() {
    for (String eol : List.of("\r\n", "\r")) {
      String csv = HEADER + eol + row1EndingWith("\"H\ri\"") + eol + ROW1 + eol;
      assertEquals(
          List.of(expected1WithSubject("H\ri"), EXPECTED1),
          read(STRICT, csv).rows(),
          "record ended by " + eol.replace("\r", "CR").replace("\n", "LF"));
    }
    // A quote pair after the CR clears FastCSV's CR flag.
    String pair = HEADER + "\n" + row1EndingWith("\"H\r\"\"i\"") + "\n" + ROW1 + "\n";
    assertEquals(List.of(expected1WithSubject("H\r\"i"), EXPECTED1), read(STRICT, pair).rows());
    // Not the last field: the separator ends it.
    String notLast = HEADER + ",notes\n" + row1EndingWith("\"H\ri\",x") + "\n";
    assertEquals("H\ri", read(STRICT, notLast).rows().get(0).subject());
    // A file whose records end with a bare CR, with quoted fields.
    String crFile = HEADER + "\r" + row1EndingWith("\"Hi\"") + "\r" + row1EndingWith("\"H,i\"");
    assertEquals(List.of(EXPECTED1, expected1WithSubject("H,i")), read(STRICT, crFile).rows());
  }

  /**
   * The end of input is found by a mark appended after the last byte; the same text in the data is
   * data: a field value, or a record of its own that is too short, reported as a bad row.
   */
  @Test
  void theEndMarkTextInTheDataIsReadAsData() {
    String mark = "\u0000reportgen:end-of-input\u0000";
    assertEquals(
        List.of(expected1WithSubject(mark)),
        read(STRICT, HEADER + "\n" + row1EndingWith(mark) + "\n").rows());
    for (String end : List.of("", "\n", "\r\n")) {
      Report<Delivery> report = read(LENIENT, HEADER + "\n" + ROW1 + "\n" + mark + end);
      assertEquals(List.of(EXPECTED1), report.rows());
      assertEquals(1, report.errors().size(), report.errors().toString());
      assertEquals(1, report.errors().get(0).row());
    }
  }
}
