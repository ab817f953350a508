package dev.reportgen.client;

import dev.reportgen.luxsci.AsyncJob;
import dev.reportgen.luxsci.AsyncJobStatus;
import java.time.Duration;

/**
 * Waits for one asynchronous job: polls the job list with growing intervals, reports progress, and
 * ends at {@code complete}, {@code failed} or the timeout. The job list is read like any report
 * (paged, through the rate limiter); the job is found in it by {@code job_id}.
 */
final class JobPoller {
  private final LuxSciClient client;
  private final Time time;
  private final JobWait wait;
  private final String jobsPath;

  JobPoller(LuxSciClient client, Time time, JobWait wait, String jobsPath) {
    this.client = client;
    this.time = time;
    this.wait = wait;
    this.jobsPath = jobsPath;
  }

  AsyncJob await(AsyncJob submitted) {
    long start = time.nanoTime();
    long budget = wait.timeout().toNanos();
    String where =
        "GET " + client.config().fullPath(jobsPath) + ", waiting for job " + submitted.jobId();
    AsyncJob job = submitted;
    Duration interval = wait.initialInterval();
    int polls = 0;
    while (true) {
      if (job.status() == AsyncJobStatus.COMPLETE) {
        return job;
      }
      if (job.status() == AsyncJobStatus.FAILED) {
        throw new AsyncJobFailedException(job, where);
      }
      long left = budget - (time.nanoTime() - start);
      if (left <= 0) {
        throw new AsyncJobTimeoutException(
            "job "
                + job.jobId()
                + " did not complete within "
                + wait.timeout()
                + " ("
                + polls
                + " polls; last status "
                + job.status().wireValue()
                + progressText(job)
                + ")",
            job,
            where);
      }
      try {
        time.sleep(Duration.ofNanos(Math.min(left, interval.toNanos())));
      } catch (InterruptedException e) {
        throw Requester.interrupted(
            Call.single("GET", client.config().fullPath(jobsPath), "", ""), e);
      }
      job = poll(job.jobId(), where);
      polls++;
      wait.progress().accept(new JobProgress(job, polls));
      interval = wait.nextInterval(interval);
    }
  }

  private AsyncJob poll(long jobId, String where) {
    try (PagedRowCursor<AsyncJob> jobs =
        client.rowsAt(AsyncJob.type(), jobsPath, ReportQuery.all(), PageListener.NONE)) {
      while (jobs.hasNext()) {
        AsyncJob job = jobs.next();
        if (job.jobId() == jobId) {
          return job;
        }
      }
    }
    throw new LuxSciClientException("job " + jobId + " is not in the job list", where, null);
  }

  private static String progressText(AsyncJob job) {
    if (job.completedRows() == null || job.expectedRows() == null) {
      return "";
    }
    return ", " + job.completedRows() + " of " + job.expectedRows() + " rows";
  }
}
