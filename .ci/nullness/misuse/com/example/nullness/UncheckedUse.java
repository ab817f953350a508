package com.example.nullness;

import dev.reportgen.luxsci.AsyncJob;

/** Dereferences a nullable component without a check: NullAway must report this line. */
public final class UncheckedUse {
  private UncheckedUse() {}

  public static long completedAt(AsyncJob job) {
    return job.completed().getEpochSecond();
  }
}
