package dev.reportgen.benchmarks.checks;

import dev.reportgen.benchmarks.competitors.Candidates;
import dev.reportgen.benchmarks.competitors.TokenLoop;
import dev.reportgen.benchmarks.payloads.Payloads;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The noise-robust companion of the JMH run, for a shared machine: the candidates of one comparison
 * run <em>interleaved</em> in one JVM (round-robin slices of about 200 ms, order rotated every
 * round), each slice timed by the CPU time of this process (all its threads, GC included) as well
 * as by the wall clock. Other load on the machine slows every candidate of a round alike and adds
 * nothing to this process's CPU time, so the ratios hold where back-to-back JMH benchmarks disagree
 * by 2x. Each (layout, report, rows) gets its own child JVM, so call sites stay as monomorphic as
 * in a JMH fork. Reported: median over rounds of rows per CPU-second.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.reportgen.benchmarks.checks.PairedRatios \
 *     [rounds [slice-ms [layouts]]]
 * </pre>
 *
 * <p>Defaults: 15 rounds, 200 ms slices, every layout ({@code json-arrays,json-objects,csv}). The
 * process CPU clock advances in ticks of 10 ms, and under heavy outside load a slice gets only a
 * fraction of its wall time in CPU, so few ticks: longer slices keep that rounding small.
 */
public final class PairedRatios {
  private static final String[] LAYOUTS = {"json-arrays", "json-objects", "csv"};
  private static final String[] REPORTS = {"SentEmail", "EmailDeliveryStatus"};
  private static final int[] ROWS = {1000, 100_000};
  private static long sliceNanos = 200_000_000L;

  /** Where the records go: a field, so building them cannot be optimised away. */
  static volatile Object last;

  static long count;

  private static final Consumer<Object> SINK =
      row -> {
        last = row;
        count++;
      };

  private PairedRatios() {}

  interface Op {
    void run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      sliceNanos = Long.parseLong(args[5]) * 1_000_000L;
      child(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    long sliceMillis = args.length > 1 ? Long.parseLong(args[1]) : 200;
    String[] layouts = args.length > 2 ? args[2].split(",") : LAYOUTS;
    System.out.printf(
        Locale.ROOT,
        "PairedRatios: %d interleaved rounds of %d ms slices per comparison, "
            + "one child JVM (-Xms2g -Xmx2g) each; %s %s; %d CPUs%n",
        rounds,
        sliceMillis,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    Map<String, double[]> results = new LinkedHashMap<>();
    for (String layout : layouts) {
      for (String report : REPORTS) {
        for (int rows : ROWS) {
          List<String> cmd =
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xms2g",
                  "-Xmx2g",
                  "-cp",
                  System.getProperty("java.class.path"),
                  PairedRatios.class.getName(),
                  "--child",
                  layout,
                  report,
                  Integer.toString(rows),
                  Integer.toString(rounds),
                  Long.toString(sliceMillis));
          Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
          try (BufferedReader out =
              new BufferedReader(
                  new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
              if (line.startsWith("PAIRED ")) {
                String[] f = line.split(" ");
                results.put(
                    f[1] + "|" + f[2] + "|" + f[3] + "|" + f[4],
                    new double[] {Double.parseDouble(f[5]), Double.parseDouble(f[6])});
              } else {
                System.out.println("  child: " + line);
              }
            }
          }
          if (p.waitFor() != 0) {
            throw new IllegalStateException("child failed: " + cmd);
          }
        }
      }
    }
    System.out.println();
    System.out.println(
        "| layout | report | rows | candidate | rows per CPU-second (median) "
            + "| rows per wall-second (median) |");
    System.out.println("|---|---|---:|---|---:|---:|");
    for (Map.Entry<String, double[]> e : results.entrySet()) {
      String[] k = e.getKey().split("\\|");
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %,d | %s | %,.0f | %,.0f |%n",
          k[0],
          k[1],
          Integer.parseInt(k[2]),
          k[3],
          e.getValue()[0],
          e.getValue()[1]);
    }
    System.out.println();
    System.out.println(
        "| ratio (interleaved, CPU time) | target | report | rows | measured | met "
            + "| by wall time |");
    System.out.println("|---|---:|---|---:|---:|---|---:|");
    for (String report : REPORTS) {
      for (int rows : ROWS) {
        ratio(
            results,
            "generated JSON / hand-written jackson-core",
            0.9,
            "json-arrays",
            "handWritten",
            report,
            rows);
        ratio(
            results,
            "generated JSON / databind tree + hand mapping",
            2.0,
            "json-arrays",
            "databindTree",
            report,
            rows);
        ratio(
            results,
            "generated JSON objects / databind binding",
            1.1,
            "json-objects",
            "databindBound",
            report,
            rows);
        ratio(
            results,
            "generated JSON objects / dsl-json binding",
            Double.NaN,
            "json-objects",
            "dslJson",
            report,
            rows);
        ratio(
            results,
            "generated JSON objects / avaje-jsonb binding",
            Double.NaN,
            "json-objects",
            "avajeJsonb",
            report,
            rows);
        ratio(
            results,
            "generated CSV / Jackson CSV mapping reader",
            1.5,
            "csv",
            "jacksonCsv",
            report,
            rows);
        ratio(
            results,
            "generated CSV / FastCSV + hand mapping",
            Double.NaN,
            "csv",
            "fastCsvHand",
            report,
            rows);
        ratio(
            results,
            "generated CSV / univocity-parsers + hand mapping",
            Double.NaN,
            "csv",
            "univocityHand",
            report,
            rows);
        ratio(
            results,
            "generated JSON / bare token loop",
            Double.NaN,
            "json-arrays",
            "tokenLoop",
            report,
            rows);
      }
    }
  }

  private static void ratio(
      Map<String, double[]> results,
      String label,
      double target,
      String layout,
      String other,
      String report,
      int rows) {
    double[] a = results.get(layout + "|" + report + "|" + rows + "|generated");
    double[] b = results.get(layout + "|" + report + "|" + rows + "|" + other);
    if (a == null || b == null) {
      return;
    }
    double cpu = a[0] / b[0];
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %s | %,d | %.2fx | %s | %.2fx |%n",
        label,
        Double.isNaN(target) ? "-" : String.format(Locale.ROOT, "≥ %.1fx", target),
        report,
        rows,
        cpu,
        Double.isNaN(target) ? "(reference)" : cpu >= target ? "yes" : "**no**",
        a[1] / b[1]);
  }

  private static void child(String layout, String report, int rows, int rounds) throws Exception {
    Candidates<?> c = Candidates.forReport(report);
    Map<String, Op> ops = new LinkedHashMap<>();
    switch (layout) {
      case "json-arrays" -> {
        byte[] json = Payloads.jsonArrays(c, rows);
        ops.put("generated", () -> c.generatedJson(json, SINK));
        ops.put("handWritten", () -> c.handWrittenJson(json, SINK));
        ops.put("databindTree", () -> c.databindTree(json, SINK));
        ops.put("tokenLoop", () -> SINK.accept(TokenLoop.tokens(json)));
      }
      case "json-objects" -> {
        byte[] json = Payloads.jsonObjects(c, rows);
        ops.put("generated", () -> c.generatedJson(json, SINK));
        ops.put("databindBound", () -> SINK.accept(c.databindBound(json)));
        ops.put("dslJson", () -> SINK.accept(c.dslJson(json)));
        ops.put("avajeJsonb", () -> SINK.accept(c.avajeJsonb(json)));
      }
      case "csv" -> {
        byte[] csv = Payloads.csv(c, rows);
        ops.put("generated", () -> c.generatedCsv(csv, SINK));
        ops.put("fastCsvHand", () -> c.fastCsvHand(csv, SINK));
        ops.put("jacksonCsv", () -> c.jacksonCsv(csv, SINK));
        ops.put("univocityHand", () -> c.univocityHand(csv, SINK));
      }
      default -> throw new IllegalArgumentException(layout);
    }
    List<String> names = new ArrayList<>(ops.keySet());
    int n = names.size();
    double[][] cpu = new double[n][rounds];
    double[][] wall = new double[n][rounds];
    int warmup = 6;
    for (int round = 0; round < warmup + rounds; round++) {
      for (int j = 0; j < n; j++) {
        int i = (j + round) % n;
        long[] t = slice(ops.get(names.get(i)));
        if (round >= warmup) {
          cpu[i][round - warmup] = (double) t[0] / t[2];
          wall[i][round - warmup] = (double) t[1] / t[2];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      System.out.printf(
          Locale.ROOT,
          "PAIRED %s %s %d %s %.0f %.0f%n",
          layout,
          report,
          rows,
          names.get(i),
          rows * 1e9 / median(cpu[i]),
          rows * 1e9 / median(wall[i]));
    }
  }

  /** Runs {@code op} for about one slice; returns process CPU ns, wall ns, operations. */
  private static long[] slice(Op op) throws Exception {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long wall0 = System.nanoTime();
    long ops = 0;
    long wall;
    do {
      op.run();
      ops++;
      wall = System.nanoTime() - wall0;
    } while (wall < sliceNanos);
    return new long[] {os.getProcessCpuTime() - cpu0, wall, ops};
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
