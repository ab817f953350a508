package dev.reportgen.benchmarks.jmh;

import dev.reportgen.benchmarks.competitors.Candidates;
import dev.reportgen.benchmarks.payloads.Payloads;
import java.io.IOException;
import java.util.List;
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
 * JSON, rows as objects (keys on every row): the generated parser against three binders filling a
 * record of the user's own: databind ({@code @JsonProperty} names), and dsl-json and avaje-jsonb,
 * whose converters their annotation processors generate at compile time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JsonObjectRowsBenchmark {
  @Param({"SentEmail", "EmailDeliveryStatus"})
  public String report;

  @Param({"1000", "100000"})
  public int rows;

  private Candidates<?> candidates;
  private byte[] json;

  @Setup
  public void setup() {
    candidates = Candidates.forReport(report);
    json = Payloads.jsonObjects(candidates, rows);
  }

  @Benchmark
  public void generated(Blackhole bh) {
    candidates.generatedJson(json, bh::consume);
  }

  @Benchmark
  public List<?> databindBound() throws IOException {
    return candidates.databindBound(json);
  }

  @Benchmark
  public List<?> dslJson() throws IOException {
    return candidates.dslJson(json);
  }

  @Benchmark
  public List<?> avajeJsonb() {
    return candidates.avajeJsonb(json);
  }
}
