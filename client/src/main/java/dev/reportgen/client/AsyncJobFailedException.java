package dev.reportgen.client;

import dev.reportgen.luxsci.AsyncJob;

/**
 * An asynchronous job reached status {@code failed}; the message holds its {@code status_detail}.
 */
public final class AsyncJobFailedException extends LuxSciClientException {
  private static final long serialVersionUID = 1L;

  private final transient AsyncJob job;

  public AsyncJobFailedException(AsyncJob job, String request) {
    super(
        "job "
            + job.jobId()
            + " failed: "
            + (job.statusDetail() == null ? "(no status_detail given)" : job.statusDetail()),
        request,
        null);
    this.job = job;
  }

  /** The failed job's record (null after deserialisation). */
  public AsyncJob job() {
    return job;
  }

  /** Why the job failed, as the server put it ({@code status_detail}), or null. */
  public String statusDetail() {
    return job == null ? null : job.statusDetail();
  }
}
