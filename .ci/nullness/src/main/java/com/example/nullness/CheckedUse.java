package com.example.nullness;

import dev.reportgen.luxsci.AsyncJob;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.RowExtras;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Uses nullable components the way NullAway accepts: every dereference behind a check. */
public final class CheckedUse {
  private CheckedUse() {}

  /** How long the job took, from the published luxsci-models jar; null while it runs. */
  public static @Nullable Duration runTime(AsyncJob job) {
    Instant completed = job.completed();
    return completed == null ? null : Duration.between(job.created(), completed);
  }

  /** The same from the records generated in this project. */
  public static long copiedRows(byte[] body) {
    long rows = 0;
    for (com.example.nullness.AsyncJob job :
        ReportReader.of(com.example.nullness.AsyncJob.type()).readJson(body).rows()) {
      Long completed = job.completedRows();
      rows += completed == null ? 0 : completed;
      RowExtras extras = job.extras();
      rows += extras.columns().size();
    }
    return rows;
  }
}
