package dev.reportgen.benchmarks.jmh;

import dev.reportgen.benchmarks.competitors.Candidates;
import dev.reportgen.benchmarks.payloads.Payloads;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * CSV job result files: the generated CSV path against FastCSV and univocity-parsers, each plus
 * mapping by hand, and Jackson CSV's mapping reader (binding each record to the databind record).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CsvBenchmark {
  @Param({"SentEmail", "EmailDeliveryStatus"})
  public String report;

  @Param({"1000", "100000"})
  public int rows;

  private Candidates<?> candidates;
  private byte[] csv;

  @Setup
  public void setup() {
    candidates = Candidates.forReport(report);
    csv = Payloads.csv(candidates, rows);
  }

  @Benchmark
  public void generated(Blackhole bh) {
    candidates.generatedCsv(csv, bh::consume);
  }

  @Benchmark
  public void fastCsvHand(Blackhole bh) throws IOException {
    candidates.fastCsvHand(csv, bh::consume);
  }

  @Benchmark
  public void jacksonCsv(Blackhole bh) throws IOException {
    candidates.jacksonCsv(csv, bh::consume);
  }

  @Benchmark
  public void univocityHand(Blackhole bh) {
    candidates.univocityHand(csv, bh::consume);
  }
}
