package dev.reportgen.runtime;

import dev.reportgen.runtime.fixture.Delivery;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Run in a child JVM with a small heap by {@link StreamingMemoryTest}: streams millions of
 * synthetic rows, written on the fly by {@link ReportWriter#inputStream}, through the reader,
 * checks each row read equals the row written, and prints the heap in use at the start and at
 * the end.
 */
public final class StreamingMemoryMain {
  private static final long SEED = 20261202L;
  private static final List<String> EXTRAS = List.of("custom");

  private StreamingMemoryMain() {}

  public static void main(String[] args) {
    String format = args[0];
    long rows = Long.parseLong(args[1]);
    boolean json = "json".equals(format);
    SyntheticRows<Delivery> synthetic = SyntheticRows.of(Delivery.type(), SEED).withExtraColumns(EXTRAS);
    ReportWriter<Delivery> writer =
        json
            ? ReportWriter.json(Delivery.type(), JsonWriteOptions.defaults().withExtraColumns(EXTRAS))
            : ReportWriter.csv(Delivery.type(), CsvWriteOptions.defaults().withExtraColumns(EXTRAS));
    InputStream in = writer.inputStream(synthetic.iterator(rows));
    Iterator<Delivery> expected = synthetic.iterator(rows);
    ReportReader<Delivery> reader = ReportReader.of(Delivery.type());
    long count = 0;
    // The sum of the indexes of the rows checked: with "rows" it shows every row came, in order.
    long indexSum = 0;
    long early = -1;
    try (RowCursor<Delivery> cursor = json ? reader.openJson(in) : reader.openCsv(in)) {
      while (cursor.hasNext()) {
        Delivery row = cursor.next();
        Delivery written = expected.next();
        if (!row.equals(written)) {
          throw new AssertionError("row " + count + " read as " + row + ", written as " + written);
        }
        indexSum += count;
        count++;
        if (count == 100_000) {
          early = usedAfterGc();
        }
      }
      System.out.println("total=" + cursor.metadata().totalMatches().orElse(-1));
    }
    long late = usedAfterGc();
    System.out.println("rows=" + count);
    System.out.println("sum=" + indexSum);
    System.out.println("early=" + early);
    System.out.println("late=" + late);
    System.out.println("max=" + Runtime.getRuntime().maxMemory());
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
