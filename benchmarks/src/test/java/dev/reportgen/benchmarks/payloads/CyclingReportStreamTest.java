package dev.reportgen.benchmarks.payloads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reportgen.luxsci.EmailDeliveryStatus;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.RowCursor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The replayed stream ScaleCheck reads is exactly what the writer writes: byte for byte when it
 * replays the pool once, and the pool's rows in cycle (with the stated total) beyond it.
 */
class CyclingReportStreamTest {
  private static final List<EmailDeliveryStatus> POOL = EmailDeliveryStatusPayloads.rows(50);
  private static final PayloadWriter<EmailDeliveryStatus> WRITER =
      EmailDeliveryStatusPayloads.WRITER;

  @Test
  void onePassOverThePoolIsTheWritersBody() throws IOException {
    RowFrames json = RowFrames.json(WRITER.jsonArraysWriter(POOL.size()), POOL);
    assertArrayEquals(WRITER.jsonArrays(POOL), readAll(new CyclingReportStream(json, 50)));
    RowFrames csv = RowFrames.csv(WRITER.csvWriter(), POOL);
    assertArrayEquals(WRITER.csv(POOL), readAll(new CyclingReportStream(csv, 50)));
  }

  @Test
  void moreRowsThanThePoolCycleThroughIt() {
    int rows = 175;
    List<EmailDeliveryStatus> expected = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      expected.add(POOL.get(i % POOL.size()));
    }
    ReportReader<EmailDeliveryStatus> reader = ReportReader.of(EmailDeliveryStatus.type());
    RowFrames json = RowFrames.json(WRITER.jsonArraysWriter(rows), POOL);
    try (RowCursor<EmailDeliveryStatus> cursor =
        reader.openJson(new CyclingReportStream(json, rows))) {
      assertEquals(expected, cursor.stream().toList());
      assertEquals(rows, cursor.metadata().totalMatches().orElseThrow());
    }
    RowFrames csv = RowFrames.csv(WRITER.csvWriter(), POOL);
    try (RowCursor<EmailDeliveryStatus> cursor =
        reader.openCsv(new CyclingReportStream(csv, rows))) {
      assertEquals(expected, cursor.stream().toList());
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }
}
