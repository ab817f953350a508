package dev.reportgen.runtime.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportIoException;
import dev.reportgen.runtime.internal.FatalReadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The byte stack under FastCSV: gzip and BOM handled on the bytes, the end mark after the last
 * byte, strict UTF-8 with lines followed, and FastCSV's buffer sized for the longest field.
 */
class CsvInputTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Every record's fields, the end mark included, as FastCSV hands them to the cursor. */
  private static List<List<String>> records(CsvInput input) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (CsvReader<CsvRecordBuffer> reader = input.open()) {
      for (CsvRecordBuffer record : reader) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < record.count; i++) {
          fields.add(record.field(i));
        }
        records.add(fields);
        assertSame(input.handler(), record);
      }
    }
    return records;
  }

  private static List<List<String>> records(byte[] bytes) throws IOException {
    return records(new CsvInput(new ByteArrayInputStream(bytes), ReadOptions.strict()));
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  @Test
  void plainGzippedAndBomPrefixedInputReadTheSame() throws IOException {
    byte[] csv = "id,name\n1,caf\u00e9\n\n2,\"a,b\"\n".getBytes(StandardCharsets.UTF_8);
    List<List<String>> plain = records(csv);
    assertEquals(List.of("id", "name"), plain.get(0));
    assertEquals(List.of("1", "caf\u00e9"), plain.get(1));
    assertEquals(List.of("2", "a,b"), plain.get(2)); // the empty line is skipped
    assertEquals(4, plain.size()); // and the end mark last
    assertEquals(1, plain.get(3).size());
    assertEquals(plain, records(gzip(csv)));
    assertEquals(plain, records(concat(BOM, csv)));
    assertEquals(plain, records(gzip(concat(BOM, csv))));
  }

  @Test
  void theDecoderIsThereOnlyOnceOpened() throws IOException {
    CsvInput input =
        new CsvInput(
            new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.US_ASCII)),
            ReadOptions.strict());
    assertNull(input.utf8());
    List<List<String>> records = records(input);
    assertEquals(3, records.size());
    assertTrue(input.utf8().ended());
    assertEquals(4, input.utf8().line()); // two lines, then the end mark's CRLF
  }

  @Test
  void aSourceFailingWhileOpeningIsAnIoErrorAndTheSourceIsClosed() {
    IOException boom = new IOException("connection reset");
    boolean[] closed = {false};
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw boom;
          }

          @Override
          public void close() throws IOException {
            closed[0] = true;
            throw new IOException("close failed too");
          }
        };
    CsvInput input = new CsvInput(failing, ReadOptions.strict());
    FatalReadException e = assertThrows(FatalReadException.class, input::open);
    ReportIoException io = assertInstanceOf(ReportIoException.class, e.error());
    assertSame(boom, io.getCause());
    assertEquals("reading the CSV input failed: connection reset", io.getMessage());
    assertTrue(closed[0]);
  }

  @Test
  void closingQuietlyClosesTheSource() {
    boolean[] closed = {false};
    InputStream source =
        new ByteArrayInputStream(new byte[0]) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    new CsvInput(source, ReadOptions.strict()).closeQuietly();
    assertTrue(closed[0]);
  }

  @Test
  void fastCsvsBufferHoldsTwoMaximalFieldsAndAtLeast64KiChars() {
    assertEquals(1 << 16, CsvInput.maxBufferSize(ReadOptions.strict().withMaxStringLength(1)));
    assertEquals(
        1 << 16, CsvInput.maxBufferSize(ReadOptions.strict().withMaxStringLength(1 << 15)));
    assertEquals(
        (1 << 16) + 2,
        CsvInput.maxBufferSize(ReadOptions.strict().withMaxStringLength((1 << 15) + 1)));
    assertEquals(
        2 * ReadOptions.DEFAULT_MAX_STRING_LENGTH, CsvInput.maxBufferSize(ReadOptions.strict()));
    assertEquals(
        Integer.MAX_VALUE - 16,
        CsvInput.maxBufferSize(ReadOptions.strict().withMaxStringLength(Integer.MAX_VALUE)));
    assertEquals(
        Integer.MAX_VALUE - 16,
        CsvInput.maxBufferSize(ReadOptions.strict().withMaxStringLength(Integer.MAX_VALUE / 2)));
    assertEquals(
        Integer.MAX_VALUE - 17,
        CsvInput.maxBufferSize(
            ReadOptions.strict().withMaxStringLength(Integer.MAX_VALUE / 2 - 8)));
  }

  @Test
  void aFieldUpToTheMaximumLengthFitsFastCsvsBuffer() throws IOException {
    int max = 40_000;
    String longField = "x".repeat(max);
    byte[] csv = ("h1,h2\n" + longField + "," + longField + "\n").getBytes(StandardCharsets.UTF_8);
    List<List<String>> records =
        records(
            new CsvInput(
                new ByteArrayInputStream(csv), ReadOptions.strict().withMaxStringLength(max)));
    assertEquals(List.of(longField, longField), records.get(1));
  }
}
