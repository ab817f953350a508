package dev.reportgen.runtime.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportHeaders;
import dev.reportgen.runtime.ReportIoException;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.RowCursor;
import dev.reportgen.runtime.RowError;
import dev.reportgen.runtime.fixture.Delivery;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the CSV reader does at its edges, through {@link ReportReader}: the field and column limits
 * (which end the read in either mode), the row index and line of each row and error, where an
 * unterminated quote opened, failures of the caller's stream, and closing.
 */
class CsvRowCursorLimitsTest {
  private static final String HEADER =
      "date_sent,day,status,secureline,size,opens,spam_score,ratio,sender,subject";
  private static final String ROW =
      "2024-03-05 14:07:09,2024-03-05,Delivered,1,1234,3,0.5,0.25,a@x.com,Hi";
  private static final String BAD_ROW =
      "2024-03-05 14:07:09,2024-03-05,Delivered,1,12x,3,0.5,0.25,a@x.com,Hi";

  private static ReportReader<Delivery> reader(ReadOptions options) {
    return ReportReader.of(Delivery.type(), options);
  }

  private static InputStream bytes(String csv) {
    return new ByteArrayInputStream(csv.getBytes(UTF_8));
  }

  private static ReportParseException refused(ReadOptions options, String csv) {
    return assertThrows(ReportParseException.class, () -> reader(options).readCsv(bytes(csv)));
  }

  /** ROW with its field {@code index} (0-based) replaced by {@code value}. */
  private static String rowWith(int index, String value) {
    String[] fields = ROW.split(",", -1);
    fields[index] = value;
    return String.join(",", fields);
  }

  @Test
  void aFieldOfExactlyMaxStringLengthIsReadAndOneMoreIsRefused() {
    for (ReadOptions mode : List.of(ReadOptions.strict(), ReadOptions.lenient())) {
      ReadOptions limit = mode.withMaxStringLength(30);
      String atLimit = HEADER + "\n" + rowWith(9, "s".repeat(30)) + "\n" + ROW;
      assertEquals("s".repeat(30), reader(limit).readCsv(bytes(atLimit)).rows().get(0).subject());
      ReportParseException first =
          refused(limit, HEADER + "\n" + ROW + "\n" + rowWith(0, "d".repeat(31)) + "\n" + ROW);
      assertEquals("field 1 is longer than maxStringLength allows", first.problem());
      assertEquals(1, first.row());
      assertEquals(3, first.line());
      ReportParseException last =
          refused(limit, HEADER + "\n" + rowWith(9, "s".repeat(31)) + "\n" + ROW + "\n");
      assertEquals("field 10 is longer than maxStringLength allows", last.problem());
      assertEquals(0, last.row());
      assertEquals(2, last.line());
    }
  }

  /**
   * A limit shorter than the reader's own end-of-input mark still reads a file whose fields all fit
   * (the mark once fell under the limit and every read failed as an unterminated quote).
   */
  @Test
  void aLimitShorterThanTheEndMarkReadsAFileWhoseFieldsFit() {
    for (ReadOptions mode : List.of(ReadOptions.strict(), ReadOptions.lenient())) {
      ReadOptions small = mode.withMaxStringLength(19);
      assertEquals(1, reader(small).readCsv(bytes(HEADER + "\n" + ROW + "\n")).rows().size());
      assertEquals(1, reader(small).readCsv(bytes(HEADER + "\n" + ROW)).rows().size());
      ReportParseException open = refused(small, HEADER + "\n" + rowWith(9, "\"Hi"));
      assertTrue(
          open.problem().startsWith("truncated input: unterminated quoted field"), open.problem());
    }
  }

  @Test
  void aHeaderNameLongerThanMaxStringLengthIsRefused() {
    ReportParseException e =
        refused(ReadOptions.lenient().withMaxStringLength(8), HEADER + "\n" + ROW + "\n");
    assertEquals("field 1 is longer than maxStringLength allows", e.problem());
    assertEquals(-1, e.row());
    assertEquals(1, e.line());
  }

  @Test
  void aRecordWithMoreFieldsThanMaxColumnsIsRefused() {
    ReadOptions ten = ReadOptions.lenient().withMaxColumns(10);
    assertEquals(1, reader(ten).readCsv(bytes(HEADER + "\n" + ROW + "\n")).rows().size());
    ReportParseException header = refused(ten, HEADER + ",notes\n" + ROW + ",n\n");
    assertEquals("record has more fields than maxColumns allows", header.problem());
    assertEquals(-1, header.row());
    assertEquals(1, header.line());
    ReportParseException row = refused(ten, HEADER + "\n" + ROW + "\n\n" + ROW + ",x\n");
    assertEquals("record has more fields than maxColumns allows", row.problem());
    assertEquals(1, row.row());
    assertEquals(4, row.line());
  }

  @Test
  void readingOnlyTheHeaderAppliesTheLimits() {
    assertEquals(
        List.of("a", "bb", "c"),
        ReportHeaders.readCsvHeader(bytes("a,bb,c\n1,2,3\n"), ReadOptions.strict()));
    ReportParseException wide =
        assertThrows(
            ReportParseException.class,
            () ->
                ReportHeaders.readCsvHeader(
                    bytes("a,b,c\n"), ReadOptions.strict().withMaxColumns(2)));
    assertEquals("record has more fields than maxColumns allows", wide.problem());
    ReportParseException longName =
        assertThrows(
            ReportParseException.class,
            () ->
                ReportHeaders.readCsvHeader(
                    bytes("a,bbb\n"), ReadOptions.strict().withMaxStringLength(2)));
    assertEquals("field 2 is longer than maxStringLength allows", longName.problem());
    assertEquals(1, longName.line());
  }

  /** While a row waits read ahead, the cursor's index is that row's; bad rows count too. */
  @Test
  void theRowIndexCountsGoodAndBadRows() {
    String csv = HEADER + "\n" + ROW + "\n" + BAD_ROW + "\n" + ROW + "\n" + ROW + "\n";
    try (RowCursor<Delivery> cursor = reader(ReadOptions.lenient()).openCsv(bytes(csv))) {
      assertTrue(cursor.hasNext());
      assertEquals(0, cursor.rowIndex());
      cursor.next();
      assertEquals(1, cursor.rowIndex());
      assertTrue(cursor.hasNext()); // skips the bad row 1, reads row 2 ahead
      assertEquals(2, cursor.rowIndex());
      cursor.next();
      assertTrue(cursor.hasNext());
      assertEquals(3, cursor.rowIndex());
      cursor.next();
      assertFalse(cursor.hasNext());
      assertEquals(4, cursor.rowIndex());
      assertEquals(List.of(new RowError(1, "size", "12x", 3, -1, "not a number")), cursor.errors());
    }
  }

  /**
   * An unterminated quote names the line it opened on: the record's first line plus the line breaks
   * in the record's earlier fields, a CRLF counting once.
   */
  @Test
  void anUnterminatedQuoteNamesTheLineItOpenedOn() {
    String start = HEADER + ",notes\n" + ROW + ",n\n"; // the record under test is on line 3
    String[][] cases = {
      {"\"a\nb\",\"x", "4"},
      {"\"a\rb\",\"x", "4"},
      {"\"a\r\nb\",\"x", "4"},
      {"\"a\n\rb\",\"x", "5"},
      {"\"a\r\rb\",\"x", "5"},
      {"\"a\n\nb\",\"x", "5"},
      {"\"a\r\n\r\nb\",\"x", "5"},
      {"\"\r\n\",\"x\ny", "4"},
      {"s,\"x", "3"},
    };
    for (String[] c : cases) {
      String csv = start + ROW.substring(0, ROW.lastIndexOf(',') + 1) + c[0];
      ReportParseException e = refused(ReadOptions.strict(), csv);
      assertEquals(
          "truncated input: unterminated quoted field at end of input (the quote opened on line "
              + c[1]
              + ")",
          e.problem(),
          c[0].replace("\r", "CR").replace("\n", "LF"));
      assertEquals(1, e.row());
      assertEquals(3, e.line());
    }
  }

  @Test
  void aFailureOfTheCallersStreamIsAnIoFailure() {
    failsAsAnIoFailure(false);
  }

  /**
   * A caller's stream may fail unchecked, as adapters over other I/O APIs do: an {@code
   * UncheckedIOException} deep in the file is still an I/O failure with its cause, not a CSV syntax
   * error and not the end of the rows.
   */
  @Test
  void anUncheckedIoFailureOfTheCallersStreamIsAnIoFailure() {
    failsAsAnIoFailure(true);
  }

  /** A stream failing at its first byte, in the header, in a row: a ReportIoException with it. */
  private static void failsAsAnIoFailure(boolean unchecked) {
    IOException boom = new IOException("disk on fire");
    for (int after : new int[] {0, 5, HEADER.length() + 30}) {
      InputStream failing =
          new InputStream() {
            private final InputStream data = bytes(HEADER + "\n" + ROW + "\n" + ROW + "\n");
            private int left = after;

            @Override
            public int read() throws IOException {
              if (left-- <= 0 && unchecked) {
                throw new UncheckedIOException(boom);
              }
              if (left < 0) {
                throw boom;
              }
              return data.read();
            }
          };
      ReportIoException e =
          assertThrows(
              ReportIoException.class,
              () -> reader(ReadOptions.lenient()).readCsv(failing),
              "after " + after);
      assertSame(boom, e.getCause(), "after " + after);
    }
  }

  @Test
  void closingTheCursorClosesTheCallersStream() {
    for (int rowsRead = -1; rowsRead <= 1; rowsRead++) {
      boolean[] closed = {false};
      InputStream in =
          new ByteArrayInputStream((HEADER + "\n" + ROW + "\n" + ROW + "\n").getBytes(UTF_8)) {
            @Override
            public void close() {
              closed[0] = true;
            }
          };
      RowCursor<Delivery> cursor = reader(ReadOptions.strict()).openCsv(in);
      if (rowsRead >= 0) {
        assertEquals(10, cursor.header().size());
      }
      for (int i = 0; i < rowsRead; i++) {
        cursor.next();
      }
      assertFalse(closed[0], "open while rows remain, " + rowsRead);
      cursor.close();
      assertTrue(closed[0], "closed after " + rowsRead + " rows");
    }
  }
}
