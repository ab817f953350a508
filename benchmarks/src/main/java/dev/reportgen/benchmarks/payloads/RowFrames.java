package dev.reportgen.benchmarks.payloads;

import dev.reportgen.runtime.ReportWriter;
import dev.reportgen.runtime.RowWriter;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * What a {@link ReportWriter} writes for a pool of rows, cut at the row boundaries (the writer is
 * flushed after its start and after each row): the bytes before the first row, each row's bytes
 * without the separator that precedes it, the separator, and the bytes after the last row. {@link
 * CyclingReportStream} replays them for any number of rows, so a reader can be measured at scale
 * without the writer's cost in the measurement.
 *
 * @param prefix the envelope start or the CSV header
 * @param rows one entry per row of the pool
 * @param separator what the writer puts between two rows ({@code ,} in JSON, nothing in CSV)
 * @param suffix the envelope end (empty for CSV)
 */
public record RowFrames(byte[] prefix, byte[][] rows, byte[] separator, byte[] suffix) {
  private static final byte[] COMMA = {','};

  /** The frames of {@code pool} as a JSON {@code writer} writes it: rows separated by commas. */
  public static <T> RowFrames json(ReportWriter<T> writer, List<T> pool) {
    return of(writer, pool, COMMA);
  }

  /** The frames of {@code pool} as a CSV {@code writer} writes it: records one after another. */
  public static <T> RowFrames csv(ReportWriter<T> writer, List<T> pool) {
    return of(writer, pool, new byte[0]);
  }

  private static <T> RowFrames of(ReportWriter<T> writer, List<T> pool, byte[] separator) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    byte[][] rows = new byte[pool.size()][];
    byte[] prefix;
    try (RowWriter<T> out = writer.open(sink)) {
      out.flush();
      prefix = take(sink);
      for (int i = 0; i < rows.length; i++) {
        out.write(pool.get(i));
        out.flush();
        byte[] row = take(sink);
        rows[i] = i == 0 ? row : strip(row, separator, i);
      }
    }
    return new RowFrames(prefix, rows, separator, take(sink));
  }

  private static byte[] strip(byte[] row, byte[] separator, int index) {
    for (int i = 0; i < separator.length; i++) {
      if (i >= row.length || row[i] != separator[i]) {
        throw new IllegalStateException("row " + index + " does not start with the separator");
      }
    }
    return Arrays.copyOfRange(row, separator.length, row.length);
  }

  private static byte[] take(ByteArrayOutputStream sink) {
    byte[] bytes = sink.toByteArray();
    sink.reset();
    return bytes;
  }
}
