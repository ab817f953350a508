package dev.reportgen.client;

import dev.reportgen.luxsci.AsyncJob;
import dev.reportgen.luxsci.AsyncJobStatus;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Where an asynchronous job stands after one poll.
 *
 * @param job the job record as the job list reported it
 * @param polls polls made so far
 */
public record JobProgress(AsyncJob job, int polls) {
  public AsyncJobStatus status() {
    return job.status();
  }

  /** Rows written to the results file so far ({@code completed_rows}), once running. */
  public OptionalLong completedRows() {
    return job.completedRows() == null
        ? OptionalLong.empty()
        : OptionalLong.of(job.completedRows());
  }

  /** Rows the job expects to write ({@code expected_rows}), once running. */
  public OptionalLong expectedRows() {
    return job.expectedRows() == null ? OptionalLong.empty() : OptionalLong.of(job.expectedRows());
  }

  /** {@code completed_rows / expected_rows}, when both are known and expected is positive. */
  public OptionalDouble fraction() {
    OptionalLong done = completedRows();
    OptionalLong expected = expectedRows();
    if (done.isEmpty() || expected.isEmpty() || expected.getAsLong() <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((double) done.getAsLong() / expected.getAsLong());
  }
}
