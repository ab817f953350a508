package dev.reportgen.benchmarks.payloads;

import dev.reportgen.benchmarks.competitors.Candidates;

/** The payload bytes of one report in each layout, written from the same seeded rows. */
public final class Payloads {
  private Payloads() {}

  public static <T> byte[] jsonArrays(Candidates<T> candidates, int rows) {
    return candidates.writer().jsonArrays(candidates.rows(rows));
  }

  public static <T> byte[] jsonObjects(Candidates<T> candidates, int rows) {
    return candidates.writer().jsonObjects(candidates.rows(rows));
  }

  public static <T> byte[] csv(Candidates<T> candidates, int rows) {
    return candidates.writer().csv(candidates.rows(rows));
  }
}
