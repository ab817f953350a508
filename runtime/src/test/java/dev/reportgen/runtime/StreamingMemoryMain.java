package dev.reportgen.runtime;

import dev.reportgen.runtime.fixture.Delivery;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Run in a child JVM with a small heap by {@link StreamingMemoryTest}: streams millions of
 * synthetic rows, written on the fly by {@link ReportWriter#inputStream}, through the reader,
 * checks each row read equals the row written, and prints the heap in use at the start and at the
 * end.
 */
public final class StreamingMemoryMain {
  private static final long SEED = 20261202L;
  private static final List<String> EXTRAS = List.of("custom");
  private static final int POOL = 4096;

  private StreamingMemoryMain() {}

  public static void main(String[] args) {
    String format = args[0];
    long rows = Long.parseLong(args[1]);
    boolean json = "json".equals(format);
    // A pool of distinct synthetic rows, cycled: generating 3 million rows twice (to write them
    // and to check them) would cost far more CPU than reading them.
    List<Delivery> pool =
        SyntheticRows.of(Delivery.type(), SEED).withExtraColumns(EXTRAS).stream(POOL).toList();
    ReportWriter<Delivery> writer =
        json
            ? ReportWriter.json(
                Delivery.type(), JsonWriteOptions.defaults().withExtraColumns(EXTRAS))
            : ReportWriter.csv(
                Delivery.type(), CsvWriteOptions.defaults().withExtraColumns(EXTRAS));
    InputStream in = writer.inputStream(cycle(pool, rows));
    ReportReader<Delivery> reader = ReportReader.of(Delivery.type());
    long count = 0;
    // The sum of the indexes of the rows checked: with "rows" it shows every row came, in order.
    long indexSum = 0;
    long early = -1;
    try (RowCursor<Delivery> cursor = json ? reader.openJson(in) : reader.openCsv(in)) {
      while (cursor.hasNext()) {
        Delivery row = cursor.next();
        Delivery written = pool.get((int) (count % POOL));
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

  /** {@code count} rows: the pool's rows in order, again and again. */
  private static Iterator<Delivery> cycle(List<Delivery> pool, long count) {
    return new Iterator<>() {
      private long next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public Delivery next() {
        if (next >= count) {
          throw new NoSuchElementException();
        }
        return pool.get((int) (next++ % pool.size()));
      }
    };
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
