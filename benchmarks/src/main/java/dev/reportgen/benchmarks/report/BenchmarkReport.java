package dev.reportgen.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportgen.benchmarks.competitors.Candidates;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file ({@code -rf json -rff FILE}, with {@code -prof gc}) into the
 * markdown tables of docs/benchmarks.md: rows/s and bytes allocated per row for every candidate,
 * then the ratios the issue sets targets for.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.reportgen.benchmarks.report.BenchmarkReport FILE
 * </pre>
 */
public final class BenchmarkReport {
  private static final String[] REPORTS = {"SentEmail", "EmailDeliveryStatus"};

  private BenchmarkReport() {}

  /**
   * One JMH result: the best measurement iteration in rows/s (the machine is shared, and other load
   * only ever slows an iteration down, so the best one is the least disturbed), JMH's mean and its
   * 99.9% error, and bytes allocated per row.
   */
  record Result(double rowsPerSecond, double mean, double error, double bytesPerRow) {}

  public static void main(String[] args) throws IOException {
    JsonNode results = new ObjectMapper().readTree(new File(args[0]));
    // key: Class.method|report|rows
    Map<String, Result> byKey = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String[] parts = r.get("benchmark").asText().split("\\.");
      String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
      String report = r.get("params").get("report").asText();
      int rows = r.get("params").get("rows").asInt();
      JsonNode primary = r.get("primaryMetric");
      JsonNode norm = r.get("secondaryMetrics").get("gc.alloc.rate.norm");
      if (norm == null) {
        norm = r.get("secondaryMetrics").get("\u00b7gc.alloc.rate.norm");
      }
      double bytes = norm == null ? Double.NaN : norm.get("score").asDouble() / rows;
      double best = 0;
      for (JsonNode fork : primary.get("rawData")) {
        for (JsonNode iteration : fork) {
          best = Math.max(best, iteration.asDouble());
        }
      }
      byKey.put(
          name + "|" + report + "|" + rows,
          new Result(
              best * rows,
              primary.get("score").asDouble() * rows,
              primary.get("scoreError").asDouble() * rows,
              bytes));
    }

    System.out.println(
        "| benchmark | candidate | report | rows | rows/s, best iteration "
            + "| rows/s, JMH mean ± 99.9% | B/row |");
    System.out.println("|---|---|---|---:|---:|---:|---:|");
    for (Map.Entry<String, Result> e : byKey.entrySet()) {
      String[] k = e.getKey().split("\\|");
      String[] bm = k[0].split("\\.");
      Result v = e.getValue();
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %,d | %,.0f | %,.0f ± %,.0f | %,.0f |%n",
          bm[0].replace("Benchmark", ""),
          bm[1],
          k[1],
          Integer.parseInt(k[2]),
          v.rowsPerSecond(),
          v.mean(),
          Double.isNaN(v.error()) ? 0 : v.error(),
          v.bytesPerRow());
    }

    System.out.println();
    System.out.println(
        "| ratio (same run) | target | report | rows | best iterations | met " + "| JMH means |");
    System.out.println("|---|---:|---|---:|---:|---|---:|");
    for (String report : REPORTS) {
      for (int rows : new int[] {1000, 100000}) {
        ratio(
            byKey,
            "generated JSON / hand-written jackson-core",
            0.9,
            "JsonArrayRowsBenchmark.generated",
            "JsonArrayRowsBenchmark.handWritten",
            report,
            rows);
        ratio(
            byKey,
            "generated JSON / databind tree + hand mapping",
            2.0,
            "JsonArrayRowsBenchmark.generated",
            "JsonArrayRowsBenchmark.databindTree",
            report,
            rows);
        ratio(
            byKey,
            "generated JSON objects / databind binding",
            1.1,
            "JsonObjectRowsBenchmark.generated",
            "JsonObjectRowsBenchmark.databindBound",
            report,
            rows);
        ratio(
            byKey,
            "generated JSON objects / dsl-json binding",
            Double.NaN,
            "JsonObjectRowsBenchmark.generated",
            "JsonObjectRowsBenchmark.dslJson",
            report,
            rows);
        ratio(
            byKey,
            "generated JSON objects / avaje-jsonb binding",
            Double.NaN,
            "JsonObjectRowsBenchmark.generated",
            "JsonObjectRowsBenchmark.avajeJsonb",
            report,
            rows);
        ratio(
            byKey,
            "generated CSV / Jackson CSV mapping reader",
            1.5,
            "CsvBenchmark.generated",
            "CsvBenchmark.jacksonCsv",
            report,
            rows);
        ratio(
            byKey,
            "generated CSV / FastCSV + hand mapping",
            Double.NaN,
            "CsvBenchmark.generated",
            "CsvBenchmark.fastCsvHand",
            report,
            rows);
        ratio(
            byKey,
            "generated CSV / univocity-parsers + hand mapping",
            Double.NaN,
            "CsvBenchmark.generated",
            "CsvBenchmark.univocityHand",
            report,
            rows);
        ratio(
            byKey,
            "generated JSON / bare token loop",
            Double.NaN,
            "JsonArrayRowsBenchmark.generated",
            "JsonArrayRowsBenchmark.tokenLoop",
            report,
            rows);
      }
    }

    System.out.println();
    System.out.println(
        "| report | estimated record + values, B/row | generated JSON arrays, B/row "
            + "| generated JSON objects, B/row | generated CSV, B/row | hand-written jackson-core, B/row |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (String report : REPORTS) {
      @SuppressWarnings("unchecked")
      List<? extends Record> rows =
          (List<? extends Record>) Candidates.forReport(report).rows(10_000);
      System.out.printf(
          Locale.ROOT,
          "| %s | %,.0f | %s | %s | %s | %s |%n",
          report,
          RecordSize.averageBytes(rows),
          bytes(byKey, "JsonArrayRowsBenchmark.generated", report),
          bytes(byKey, "JsonObjectRowsBenchmark.generated", report),
          bytes(byKey, "CsvBenchmark.generated", report),
          bytes(byKey, "JsonArrayRowsBenchmark.handWritten", report));
    }
  }

  private static String bytes(Map<String, Result> byKey, String name, String report) {
    Result r = byKey.get(name + "|" + report + "|100000");
    if (r == null) {
      r = byKey.get(name + "|" + report + "|1000");
    }
    return r == null ? "-" : String.format(Locale.ROOT, "%,.0f", r.bytesPerRow());
  }

  private static void ratio(
      Map<String, Result> byKey,
      String label,
      double target,
      String a,
      String b,
      String report,
      int rows) {
    Result x = byKey.get(a + "|" + report + "|" + rows);
    Result y = byKey.get(b + "|" + report + "|" + rows);
    if (x == null || y == null) {
      return;
    }
    double ratio = x.rowsPerSecond() / y.rowsPerSecond();
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %s | %,d | %.2fx | %s | %.2fx |%n",
        label,
        Double.isNaN(target) ? "-" : String.format(Locale.ROOT, "≥ %.1fx", target),
        report,
        rows,
        ratio,
        Double.isNaN(target) ? "(reference)" : ratio >= target ? "yes" : "**no**",
        x.mean() / y.mean());
  }
}
