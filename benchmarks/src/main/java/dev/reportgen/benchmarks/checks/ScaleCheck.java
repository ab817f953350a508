package dev.reportgen.benchmarks.checks;

import dev.reportgen.benchmarks.payloads.CyclingReportStream;
import dev.reportgen.benchmarks.payloads.EmailDeliveryStatusPayloads;
import dev.reportgen.benchmarks.payloads.PayloadWriter;
import dev.reportgen.benchmarks.payloads.RowFrames;
import dev.reportgen.luxsci.EmailDeliveryStatus;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.RowCursor;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Streams a 5-million-row Email Delivery Status report, JSON then CSV, through the generated
 * parser. The report is produced on the fly by an InputStream and never held in memory: a pool of
 * rows encoded once by the runtime's writer, replayed ({@link CyclingReportStream}). Run under a
 * small heap:
 *
 * <pre>
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar dev.reportgen.benchmarks.checks.ScaleCheck [rows]
 * </pre>
 *
 * <p>Prints rows/s, the heap after each collection (as the rows went by) and the peak; exits 1 if a
 * read fails, a row count or checksum is off, or the heap after GC grows between the first and the
 * last fifth of the rows (more than 1.5x + 4 MB).
 */
public final class ScaleCheck {
  private static final int POOL = 4096;
  private static final double MB = 1024.0 * 1024.0;

  private ScaleCheck() {}

  public static void main(String[] args) throws IOException {
    long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 5_000_000L;
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "ScaleCheck: %,d rows of EmailDeliveryStatus per format; "
            + "max heap %.0f MB; %s %s; %d CPUs%n",
        rows,
        rt.maxMemory() / MB,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        rt.availableProcessors());

    List<EmailDeliveryStatus> pool = EmailDeliveryStatusPayloads.rows(POOL);
    PayloadWriter<EmailDeliveryStatus> w = EmailDeliveryStatusPayloads.WRITER;
    RowFrames json = RowFrames.json(w.jsonArraysWriter(rows), pool);
    RowFrames csv = RowFrames.csv(w.csvWriter(), pool);
    long expectedChecksum = expectedChecksum(pool, rows);
    pool = null;

    HeapWatch heap = new HeapWatch();
    ReportReader<EmailDeliveryStatus> reader = ReportReader.of(EmailDeliveryStatus.type());
    boolean ok = true;
    for (String format : List.of("JSON", "CSV")) {
      System.gc();
      heap.reset();
      InputStream in = new CyclingReportStream(format.equals("JSON") ? json : csv, rows);
      long start = System.nanoTime();
      long count = 0;
      long checksum = 0;
      long[] liveAt = new long[2];
      long gcPause = 0;
      try (RowCursor<EmailDeliveryStatus> cursor =
          format.equals("JSON") ? reader.openJson(in) : reader.openCsv(in)) {
        while (cursor.hasNext()) {
          EmailDeliveryStatus row = cursor.next();
          checksum += row.sizeBytes();
          if ((++count & 0x3ff) == 0) {
            heap.rows.set(count);
          }
          if (count == rows / 10 || count == rows - 1) {
            // Live data with the cursor open: a full collection, then the heap in use.
            long t = System.nanoTime();
            System.gc();
            liveAt[count == rows / 10 ? 0 : 1] = usedHeap();
            gcPause += System.nanoTime() - t;
          }
        }
      }
      double seconds = (System.nanoTime() - start - gcPause) / 1e9;
      ok &= report(format, rows, count, checksum, expectedChecksum, seconds, heap);
      System.out.printf(
          Locale.ROOT,
          "  live heap after a full GC with the cursor open: "
              + "at row %,d %.1f MB, at row %,d %.1f MB%n",
          rows / 10,
          liveAt[0] / MB,
          rows - 1,
          liveAt[1] / MB);
      if (liveAt[1] > liveAt[0] + 2 * MB) {
        System.out.println("  FAIL: live heap grew");
        ok = false;
      }
    }
    System.out.println(ok ? "ScaleCheck: PASS" : "ScaleCheck: FAIL");
    if (!ok) {
      System.exit(1);
    }
  }

  private static long usedHeap() {
    return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long expectedChecksum(List<EmailDeliveryStatus> pool, long rows) {
    long sum = 0;
    for (long i = 0; i < rows % pool.size(); i++) {
      sum += pool.get((int) i).sizeBytes();
    }
    long cycle = 0;
    for (EmailDeliveryStatus row : pool) {
      cycle += row.sizeBytes();
    }
    return sum + cycle * (rows / pool.size());
  }

  private static boolean report(
      String format,
      long rows,
      long count,
      long checksum,
      long expectedChecksum,
      double seconds,
      HeapWatch heap) {
    List<HeapWatch.Sample> samples = heap.samples();
    long firstFifthMax = 0;
    long lastFifthMax = 0;
    long overallMax = 0;
    for (HeapWatch.Sample s : samples) {
      overallMax = Math.max(overallMax, s.usedAfter());
      if (s.rows() <= rows / 5) {
        firstFifthMax = Math.max(firstFifthMax, s.usedAfter());
      } else if (s.rows() >= rows - rows / 5) {
        lastFifthMax = Math.max(lastFifthMax, s.usedAfter());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%n%s: %,d rows in %.1f s = %,.0f rows/s%n",
        format,
        count,
        seconds,
        count / seconds);
    System.out.printf(
        Locale.ROOT,
        "  %d collections; heap used after GC: max %.1f MB, "
            + "max in first fifth of rows %.1f MB, max in last fifth %.1f MB; "
            + "peak (sum of heap pool peaks) %.1f MB%n",
        samples.size(),
        overallMax / MB,
        firstFifthMax / MB,
        lastFifthMax / MB,
        heap.peakPoolsSum() / MB);
    StringBuilder line = new StringBuilder("  heap after GC by rows read:");
    long step = Math.max(1, rows / 10);
    long nextMark = step;
    for (HeapWatch.Sample s : samples) {
      if (s.rows() >= nextMark) {
        line.append(
            String.format(Locale.ROOT, " %,dk=%.1fMB", s.rows() / 1000, s.usedAfter() / MB));
        while (nextMark <= s.rows()) {
          nextMark += step;
        }
      }
    }
    System.out.println(line);
    boolean ok = true;
    if (count != rows) {
      System.out.printf(Locale.ROOT, "  FAIL: read %,d rows, expected %,d%n", count, rows);
      ok = false;
    }
    if (checksum != expectedChecksum) {
      System.out.printf(
          Locale.ROOT, "  FAIL: checksum %d, expected %d%n", checksum, expectedChecksum);
      ok = false;
    }
    if (samples.size() >= 2 && lastFifthMax > firstFifthMax * 1.5 + 4 * MB) {
      System.out.printf(
          Locale.ROOT,
          "  FAIL: heap grew (%.1f MB -> %.1f MB)%n",
          firstFifthMax / MB,
          lastFifthMax / MB);
      ok = false;
    }
    System.out.println(ok ? "  flat heap, all rows read: OK" : "  NOT OK");
    return ok;
  }
}
