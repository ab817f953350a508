package dev.reportgen.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.JsonWriteOptions.Envelope;
import dev.reportgen.runtime.JsonWriteOptions.HeaderStyle;
import dev.reportgen.runtime.JsonWriteOptions.Placement;
import dev.reportgen.runtime.JsonWriteOptions.RowStyle;
import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.DeliveryStatus;
import dev.reportgen.runtime.fixture.SecureLineCode;
import dev.reportgen.runtime.fixture.Totals;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact text the writer produces, and how it refuses rows without a wire form. */
class ReportWriterTest {
  private static final Instant SENT = Instant.parse("2024-03-05T14:07:09Z");

  private static Delivery delivery(DeliveryStatus status, String sender, RowExtras extras) {
    return new Delivery(
        SENT,
        LocalDate.of(2024, 3, 5),
        status,
        SecureLineCode.OPTED_OUT,
        7,
        null,
        0.5,
        1e-8,
        sender,
        "Hi, \"you\"\n",
        null,
        extras);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void defaultJsonBodyHasTheLikeliestLuxSciShape() {
    Delivery row = delivery(DeliveryStatus.DELIVERED, "a@x.com", RowExtras.empty());
    String body = text(ReportWriter.json(Delivery.type()).toBytes(List.of(row)));
    assertEquals(
        "{\"success\":1,\"data\":{\"header\":[\"date_sent\",\"day\",\"status\",\"secureline\","
            + "\"size\",\"Opens\",\"spam_score\",\"ratio\",\"sender\",\"subject\",\"header1\"],\"rows\":[[\"2024-03-05"
            + " 14:07:09\",\"2024-03-05\",\"Delivered\",\"-2\",7,null,0.5,1e-8,\"a@x.com\",\"Hi,"
            + " \\\"you\\\"\\n"
            + "\",null]],\"total_matches\":1,\"first_row\":0}}",
        body);
  }

  @Test
  void envelopeOptionsChangeKeysAndOrder() {
    Delivery row = delivery(DeliveryStatus.DELIVERED, "a@x.com", RowExtras.empty());
    JsonWriteOptions options =
        JsonWriteOptions.defaults()
            .withEnvelope(Envelope.TOP_LEVEL)
            .withHeaderStyle(HeaderStyle.OBJECTS)
            .withHeaderPlacement(Placement.AFTER_ROWS)
            .withRowStyle(RowStyle.OBJECTS)
            .withCounts(Placement.BEFORE_ROWS)
            .withTotalMatches(120)
            .withFirstRow(50)
            .withTotalKey("matches")
            .withRowsKey("records")
            .withComment("page 2")
            .withEnumCodesAsNumbers(true);
    String body = text(ReportWriter.json(Delivery.type(), options).toBytes(List.of(row)));
    assertTrue(
        body.startsWith(
            "{\"success\":1,\"comment\":\"page 2\",\"matches\":120,\"first_row\":50,"
                + "\"records\":[{\"date_sent\":\"2024-03-05 14:07:09\",\"day\":\"2024-03-05\","
                + "\"status\":\"Delivered\",\"secureline\":-2,"),
        body);
    assertTrue(
        body.endsWith(
            "\"header1\":null}],\"header\":[{\"name\":\"date_sent\",\"type\":\"datetime\"},"
                + "{\"name\":\"day\",\"type\":\"date\"},{\"name\":\"status\",\"type\":\"enum\"},"
                + "{\"name\":\"secureline\",\"type\":\"enum\"},{\"name\":\"size\",\"type\":"
                + "\"integer\"},{\"name\":\"Opens\",\"type\":\"integer\"},{\"name\":\"spam_score\","
                + "\"type\":\"float\"},{\"name\":\"ratio\",\"type\":\"float\"},{\"name\":\"sender\","
                + "\"type\":\"string\"},{\"name\":\"subject\",\"type\":\"string\"},{\"name\":"
                + "\"header1\",\"type\":\"string\"}]}"),
        body);
    Report<Delivery> read =
        ReportReader.of(Delivery.type()).readJson(body.getBytes(StandardCharsets.UTF_8));
    assertEquals(
        new ReportMetadata(
            java.util.OptionalLong.of(120),
            java.util.OptionalLong.of(50),
            java.util.Optional.of("page 2")),
        read.metadata());
  }

  @Test
  void everyVariantIsADistinctBodyThatReadsBack() {
    List<Delivery> rows = SyntheticRows.of(Delivery.type(), 9).stream(3).toList();
    java.util.Set<String> bodies = new java.util.HashSet<>();
    for (JsonWriteOptions options : JsonWriteOptions.variants(List.of())) {
      byte[] body = ReportWriter.json(Delivery.type(), options).toBytes(rows);
      assertTrue(bodies.add(text(body)), "same body as another variant: " + options);
      assertEquals(
          rows, ReportReader.of(Delivery.type()).readJson(body).rows(), options.toString());
    }
    assertEquals(82, bodies.size());
  }

  @Test
  void csvIsRfc4180WithCrlfAndExtrasAfterTheSchemaColumns() {
    RowExtras extras = RowExtras.of(Map.of("cf", "x,y"), Map.of("status", "Bounced \"soft\""));
    Delivery row = delivery(DeliveryStatus.UNKNOWN, "a@x.com", extras);
    String file =
        text(
            ReportWriter.csv(
                    Delivery.type(), CsvWriteOptions.defaults().withExtraColumns(List.of("cf")))
                .toBytes(List.of(row)));
    assertEquals(
        "date_sent,day,status,secureline,size,Opens,spam_score,ratio,sender,subject,header1,cf\r\n"
            + "2024-03-05 14:07:09,2024-03-05,\"Bounced \"\"soft\"\"\",-2,7,,0.5,1e-8,a@x.com,"
            + "\"Hi, \"\"you\"\"\n\",,\"x,y\"\r\n",
        file);
  }

  @Test
  void anUnknownEnumWritesItsRawTextAndReadsBackUnknown() {
    RowExtras extras = RowExtras.of(Map.of(), Map.of("status", "Deferred"));
    Delivery row = delivery(DeliveryStatus.UNKNOWN, "a@x.com", extras);
    Delivery back =
        ReportReader.of(Delivery.type())
            .readJson(ReportWriter.json(Delivery.type()).toBytes(List.of(row)))
            .single();
    assertEquals(row, back);
    assertEquals("Deferred", back.extras().rawValue("status").orElseThrow());
  }

  @Test
  void aRowWithoutAWireFormIsRefusedWithRowAndColumnAndNothingOfItIsWritten() {
    Delivery good = delivery(DeliveryStatus.DELIVERED, "a@x.com", RowExtras.empty());
    Delivery noSender = delivery(DeliveryStatus.DELIVERED, null, RowExtras.empty());
    Delivery noRawText = delivery(DeliveryStatus.UNKNOWN, "a@x.com", RowExtras.empty());
    Delivery undeclared =
        delivery(DeliveryStatus.DELIVERED, "a@x.com", RowExtras.of(Map.of("cf", "1"), Map.of()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RowWriter<Delivery> writer = ReportWriter.json(Delivery.type()).open(out)) {
      writer.write(good);
      assertMessage(writer, noSender, "row 1, column sender: null in a non-nullable column");
      assertMessage(writer, noRawText, "row 1, column status: UNKNOWN needs its raw text");
      assertMessage(writer, undeclared, "row 1: extra column cf is not among the declared");
      writer.write(good);
      assertEquals(2, writer.rowCount());
    }
    assertEquals(
        List.of(good, good), ReportReader.of(Delivery.type()).readJson(out.toByteArray()).rows());
  }

  private static void assertMessage(RowWriter<Delivery> writer, Delivery row, String start) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> writer.write(row));
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
  }

  @Test
  void objectRowsWriteEachRowsOwnExtras() {
    Delivery a = delivery(DeliveryStatus.DELIVERED, "a", RowExtras.of(Map.of("x", "1"), Map.of()));
    Delivery b = delivery(DeliveryStatus.DELIVERED, "b", RowExtras.of(Map.of("y", "2"), Map.of()));
    JsonWriteOptions objects =
        JsonWriteOptions.defaults()
            .withRowStyle(RowStyle.OBJECTS)
            .withHeaderStyle(HeaderStyle.NONE);
    byte[] body = ReportWriter.json(Delivery.type(), objects).toBytes(List.of(a, b));
    assertEquals(List.of(a, b), ReportReader.of(Delivery.type()).readJson(body).rows());
    Delivery clash =
        delivery(DeliveryStatus.DELIVERED, "c", RowExtras.of(Map.of("SIZE", "2"), Map.of()));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReportWriter.json(Delivery.type(), objects).toBytes(List.of(clash)));
    assertTrue(e.getMessage().contains("SIZE clashes with a schema column"), e.getMessage());
  }

  @Test
  void optionsNoReaderCouldReadBackAreRefusedUpFront() {
    JsonWriteOptions defaults = JsonWriteOptions.defaults();
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportWriter.json(Delivery.type(), defaults.withHeaderStyle(HeaderStyle.NONE)));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportWriter.json(Delivery.type(), defaults.withEnvelope(Envelope.BARE_ARRAY)));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportWriter.json(Delivery.type(), defaults.withCounts(Placement.BEFORE_ROWS)));
    assertThrows(IllegalArgumentException.class, () -> defaults.withRowsKey("lines"));
    IllegalArgumentException clash =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ReportWriter.csv(
                    Delivery.type(),
                    CsvWriteOptions.defaults().withExtraColumns(List.of("opens"))));
    assertTrue(clash.getMessage().contains("opens clashes with a column of Delivery"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ReportWriter.csv(
                Delivery.type(), CsvWriteOptions.defaults().withExtraColumns(List.of("a", "A"))));
  }

  @Test
  void aOneColumnCsvRowWithAnEmptyValueIsQuotedSoItIsNotAnEmptyLine() {
    ReportType<Note> type = Note.TYPE;
    List<Note> rows = List.of(new Note(""), new Note("x"), new Note(""));
    byte[] file = ReportWriter.csv(type).toBytes(rows);
    assertEquals("note\r\n\"\"\r\nx\r\n\"\"\r\n", text(file));
    try (RowCursor<Note> cursor = ReportReader.of(type).openCsv(new ByteArrayInputStream(file))) {
      assertEquals(rows, cursor.stream().toList());
    }
  }

  @Test
  void gzipBodiesStartWithTheMagicBytesAndReadBack() {
    List<Totals> rows = List.of(new Totals(10, 2L, 0.2, RowExtras.empty()));
    byte[] json =
        ReportWriter.json(Totals.type(), JsonWriteOptions.defaults().withGzip(true)).toBytes(rows);
    byte[] csv =
        ReportWriter.csv(Totals.type(), CsvWriteOptions.defaults().withGzip(true)).toBytes(rows);
    assertArrayEquals(new byte[] {0x1f, (byte) 0x8b}, java.util.Arrays.copyOf(json, 2));
    assertArrayEquals(new byte[] {0x1f, (byte) 0x8b}, java.util.Arrays.copyOf(csv, 2));
    assertEquals(rows, ReportReader.of(Totals.type()).readJson(json).rows());
  }

  @Test
  void theInputStreamWritesRowsAsTheyAreReadAndMatchesTheWholeBody() throws IOException {
    SyntheticRows<Delivery> synthetic = SyntheticRows.of(Delivery.type(), 5);
    ReportWriter<Delivery> writer = ReportWriter.json(Delivery.type());
    byte[] whole = writer.toBytes(synthetic.stream(500).toList());
    try (InputStream in = writer.inputStream(synthetic.iterator(500))) {
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      byte[] buffer = new byte[37];
      for (int n; (n = in.read(buffer)) > 0; ) {
        read.write(buffer, 0, n);
      }
      assertArrayEquals(whole, read.toByteArray());
      assertEquals(-1, in.read());
    }
  }

  @Test
  void aFailingStreamIsAnUncheckedIoException() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    RowWriter<Totals> writer = ReportWriter.csv(Totals.type()).open(broken);
    UncheckedIOException e = assertThrows(UncheckedIOException.class, writer::close);
    assertEquals("disk full", e.getCause().getMessage());
    writer.close();
    assertThrows(IllegalStateException.class, () -> writer.write(null));
  }

  /** A one-column report: an empty CSV field would be an empty line. */
  record Note(String note) {
    static final ReportType<Note> TYPE =
        new ReportType<>() {
          @Override
          public String name() {
            return "Note";
          }

          @Override
          public String title() {
            return "Note";
          }

          @Override
          public List<String> endpoints() {
            return List.of();
          }

          @Override
          public ReportKind kind() {
            return ReportKind.ROWS;
          }

          @Override
          public List<Column> columns() {
            return List.of(new Column("note", "note", ColumnType.STRING, false, false));
          }

          @Override
          public boolean additionalFields() {
            return false;
          }

          @Override
          public Class<Note> recordType() {
            return Note.class;
          }

          @Override
          public dev.reportgen.runtime.spi.RowDecoder<Note> newDecoder() {
            return new dev.reportgen.runtime.spi.RowDecoder<>() {
              private String note;

              @Override
              public void reset() {
                note = null;
              }

              @Override
              public void set(int column, dev.reportgen.runtime.spi.Cell cell) {
                note = cell.string();
              }

              @Override
              public Note build(RowExtras extras) {
                return new Note(note);
              }
            };
          }

          @Override
          public Object value(Note row, int column) {
            return row.note();
          }

          @Override
          public RowExtras extras(Note row) {
            return RowExtras.empty();
          }
        };
  }
}
