package dev.reportgen.benchmarks.client;

import dev.reportgen.client.ApiKey;
import dev.reportgen.client.LuxSciClient;
import dev.reportgen.client.PagedRowCursor;
import dev.reportgen.client.RateLimiter;
import dev.reportgen.client.ReportQuery;
import dev.reportgen.luxsci.LuxSciReports;
import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.RowCursor;
import dev.reportgen.testkit.LuxSciFakeServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * The client's paging at scale, in one JVM: {@code ROWS} Sent Email rows (default 1,000,000)
 * fetched over loopback from the test kit's fake server, in pages of 50,000 rows.
 *
 * <ol>
 *   <li>Heap: the live heap (after a full GC) early in the fetch and at its end; flat means the
 *       fetch keeps nothing per row or per page. Run it under {@code -Xmx64m}: the server, which
 *       writes its pages as it streams them, runs in the same heap.
 *   <li>Overhead: {@code ROUNDS} (default 3) alternating rounds of (a) the same fetch and (b)
 *       parsing the bytes of one page, held in memory, as many times as it takes to read as many
 *       rows. The ratio fetch/memory is what HTTP, paging and the server's writing add to parsing.
 *       The server writes on the same cores as the client reads, so the wall-clock ratio also pays
 *       for the server; the CPU time of the reading thread (where the client parses, pages and
 *       copies bytes from the HTTP stream) is the client's side of it, without the server's threads
 *       or the HTTP client's selector thread.
 * </ol>
 *
 * <pre>{@code java -Xmx64m -cp benchmarks/target/benchmarks.jar \
 *     dev.reportgen.benchmarks.client.ClientPagingCheck [ROWS] [ROUNDS]}</pre>
 */
public final class ClientPagingCheck {
  private static final long SEED = 2024;
  private static final int PAGE = 50_000;
  private static final Endpoint<SentEmail> SENT = LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT;
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ClientPagingCheck() {}

  public static void main(String[] args) throws Exception {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    try (LuxSciFakeServer server =
        LuxSciFakeServer.builder()
            .apiKeys(true)
            .clock(Clock.tick(Clock.systemUTC(), Duration.ofSeconds(1)))
            .start()) {
      server.serveSynthetic(SENT, rows, SEED);
      LuxSciClient client =
          LuxSciClient.builder()
              .baseUrl(server.baseUri().toString())
              .account(server.account())
              .authentication(
                  ApiKey.of(server.credentials().apiToken(), server.credentials().apiSecret()))
              .rateLimiter(RateLimiter.perMinute(100_000))
              .build();
      System.out.printf(
          Locale.ROOT,
          "max heap %.1f MB, %d rows, pages of %d%n",
          Runtime.getRuntime().maxMemory() / 1e6,
          rows,
          PAGE);

      heapCheck(client, rows);

      byte[] page = firstPage(server);
      System.out.printf(Locale.ROOT, "one page in memory: %.1f MB%n", page.length / 1e6);
      double[] fetch = new double[rounds];
      double[] memory = new double[rounds];
      double[] fetchCpu = new double[rounds];
      double[] memoryCpu = new double[rounds];
      double[] streamCpu = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        fetch[round] = timed(() -> fetchAll(client, rows, null));
        fetchCpu[round] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        cpu = THREADS.getCurrentThreadCpuTime();
        memory[round] = timed(() -> parseFromMemory(page, rows));
        memoryCpu[round] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        cpu = THREADS.getCurrentThreadCpuTime();
        parseFromMemoryStream(page, rows);
        streamCpu[round] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "round %d: wall fetch %.2f s / from memory %.2f s = %.2f; reading thread's CPU %.2f s /"
                + " %.2f s = %.2f (from an in-memory stream %.2f s)%n",
            round + 1,
            fetch[round],
            memory[round],
            fetch[round] / memory[round],
            fetchCpu[round],
            memoryCpu[round],
            fetchCpu[round] / memoryCpu[round],
            streamCpu[round]);
      }
      double f = median(fetch);
      double m = median(memory);
      System.out.printf(
          Locale.ROOT,
          "median wall: fetch %.2f s (%.0f rows/s), from memory %.2f s"
              + " (%.0f rows/s), fetch/memory %.2f%n",
          f,
          rows / f,
          m,
          rows / m,
          f / m);
      System.out.printf(
          Locale.ROOT,
          "median CPU of the reading thread: fetch/memory %.2f," + " fetch/in-memory stream %.2f%n",
          median(fetchCpu) / median(memoryCpu),
          median(fetchCpu) / median(streamCpu));
    }
  }

  private static void heapCheck(LuxSciClient client, long rows) {
    long early = Math.min(rows / 10, 100_000);
    long[] live = new long[2];
    fetchAll(
        client,
        rows,
        n -> {
          if (n == early) {
            live[0] = liveHeap();
          }
        });
    live[1] = liveHeap();
    System.out.printf(
        Locale.ROOT,
        "live heap: %.1f MB at row %d, %.1f MB after row %d%n",
        live[0] / 1e6,
        early,
        live[1] / 1e6,
        rows);
  }

  private interface RowCount {
    void at(long rows);
  }

  private static void fetchAll(LuxSciClient client, long expected, RowCount watch) {
    long n = 0;
    long bytes = 0;
    try (PagedRowCursor<SentEmail> cursor = client.rows(SENT, ReportQuery.all())) {
      while (cursor.hasNext()) {
        bytes += cursor.next().sizeBytes();
        n++;
        if (watch != null) {
          watch.at(n);
        }
      }
    }
    check(n, expected, bytes);
  }

  private static void parseFromMemory(byte[] page, long expected) {
    ReportReader<SentEmail> reader = ReportReader.of(SentEmail.type());
    long n = 0;
    long bytes = 0;
    while (n < expected) {
      try (RowCursor<SentEmail> cursor = reader.openJson(page)) {
        while (cursor.hasNext() && n < expected) {
          bytes += cursor.next().sizeBytes();
          n++;
        }
      }
    }
    check(n, expected, bytes);
  }

  /** As {@link #parseFromMemory}, through {@code openJson(InputStream)} as a fetch reads. */
  private static void parseFromMemoryStream(byte[] page, long expected) {
    ReportReader<SentEmail> reader = ReportReader.of(SentEmail.type());
    long n = 0;
    long bytes = 0;
    while (n < expected) {
      try (RowCursor<SentEmail> cursor = reader.openJson(new ByteArrayInputStream(page))) {
        while (cursor.hasNext() && n < expected) {
          bytes += cursor.next().sizeBytes();
          n++;
        }
      }
    }
    check(n, expected, bytes);
  }

  private static void check(long n, long expected, long sink) {
    if (n != expected) {
      throw new AssertionError("read " + n + " rows, expected " + expected);
    }
    if (sink == Long.MIN_VALUE) {
      System.out.println(); // keeps the sum alive
    }
  }

  /** The bytes of page 1 exactly as the server sends them, fetched with the API key. */
  private static byte[] firstPage(LuxSciFakeServer server)
      throws IOException, InterruptedException {
    URI uri = URI.create(server.uri(SENT) + "?first_row=0&matches=" + PAGE);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header(
                "X-API-Key",
                server.credentials().apiToken() + ":" + server.credentials().apiSecret())
            .build();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("page 1: HTTP " + response.statusCode());
    }
    return response.body();
  }

  private static long liveHeap() {
    System.gc();
    System.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  private static double timed(Runnable run) {
    long start = System.nanoTime();
    run.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
