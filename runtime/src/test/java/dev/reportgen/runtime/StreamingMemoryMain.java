package dev.reportgen.runtime;

import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.DeliveryStatus;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Run in a child JVM with a small heap by {@link StreamingMemoryTest}: streams millions of rows
 * generated on the fly through the reader and prints the heap in use at the start and at the end.
 */
public final class StreamingMemoryMain {
  private StreamingMemoryMain() {}

  public static void main(String[] args) {
    String format = args[0];
    long rows = Long.parseLong(args[1]);
    ReportReader<Delivery> reader = ReportReader.of(Delivery.type());
    InputStream in = "json".equals(format) ? new RowGenerator(rows, true) : new RowGenerator(rows, false);
    long count = 0;
    long sizeSum = 0;
    long early = -1;
    try (RowCursor<Delivery> cursor = "json".equals(format) ? reader.openJson(in) : reader.openCsv(in)) {
      while (cursor.hasNext()) {
        Delivery d = cursor.next();
        if (d.size() != count || d.status() != DeliveryStatus.DELIVERED || !"a@x.com".equals(d.sender())) {
          throw new AssertionError("row " + count + " decoded wrongly: " + d);
        }
        sizeSum += d.size();
        count++;
        if (count == 100_000) {
          early = usedAfterGc();
        }
      }
      System.out.println("total=" + cursor.metadata().totalMatches().orElse(-1));
    }
    long late = usedAfterGc();
    System.out.println("rows=" + count);
    System.out.println("sum=" + sizeSum);
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

  /** Bytes of a JSON response or CSV file with {@code rows} rows, made while being read. */
  static final class RowGenerator extends InputStream {
    private final long rows;
    private final boolean json;
    private long next;
    private byte[] chunk;
    private int pos;
    private boolean ended;
    private final StringBuilder text = new StringBuilder(256);

    RowGenerator(long rows, boolean json) {
      this.rows = rows;
      this.json = json;
      chunk = (json
              ? "{\"success\":1,\"data\":{\"header\":[\"date_sent\",\"day\",\"status\",\"secureline\","
                  + "\"size\",\"opens\",\"spam_score\",\"ratio\",\"sender\",\"subject\",\"custom\"],\n\"rows\":["
              : "date_sent,day,status,secureline,size,opens,spam_score,ratio,sender,subject,custom\r\n")
          .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos == chunk.length && !refill()) {
        return -1;
      }
      int n = Math.min(len, chunk.length - pos);
      System.arraycopy(chunk, pos, b, off, n);
      pos += n;
      return n;
    }

    private boolean refill() {
      if (ended) {
        return false;
      }
      text.setLength(0);
      for (int k = 0; k < 64 && next < rows; k++, next++) {
        if (json) {
          text.append(next == 0 ? "" : ",\n")
              .append("[\"2024-03-05 14:07:09\",\"2024-03-05\",\"Delivered\",1,").append(next)
              .append(",3,0.5,\"0.25\",\"a@x.com\",\"Subject line ").append(next)
              .append("\",\"cf").append(next % 7).append("\"]");
        } else {
          text.append("2024-03-05 14:07:09,2024-03-05,Delivered,1,").append(next)
              .append(",3,0.5,0.25,a@x.com,\"Subject, line ").append(next).append("\",cf")
              .append(next % 7).append("\r\n");
        }
      }
      if (next >= rows) {
        if (json) {
          text.append("]},\"total_matches\":").append(rows).append('}');
        }
        ended = true;
      }
      chunk = text.toString().getBytes(StandardCharsets.UTF_8);
      pos = 0;
      return chunk.length > 0;
    }
  }
}
