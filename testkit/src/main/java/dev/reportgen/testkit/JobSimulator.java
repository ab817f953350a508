package dev.reportgen.testkit;

import dev.reportgen.luxsci.AsyncJob;
import dev.reportgen.luxsci.AsyncJobStatus;
import dev.reportgen.runtime.RowExtras;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The asynchronous jobs of a fake server. A job advances only when the job endpoints are polled, by
 * a set number of steps per poll, so a test sees every status in order without waiting: {@code
 * submitted}, {@code preparing}, {@code running} (for a set number of steps, {@code completed_rows}
 * rising to {@code expected_rows}), {@code uploading}, {@code complete}. The results file is
 * written on the step into {@code complete}. A job marked to fail turns {@code failed} where it
 * would have started running. Thread-safe.
 */
final class JobSimulator {
  /** Writes a job's CSV results file; called once, on the step into {@code complete}. */
  interface ResultsWriter {
    /** Writes the results and returns how many rows they hold. */
    long write(Path file) throws IOException;
  }

  private final Clock clock;
  private final JobSettings settings;
  private final List<Job> jobs = new ArrayList<>();
  private String nextFailure;

  JobSimulator(Clock clock, JobSettings settings) {
    this.clock = clock;
    this.settings = settings;
  }

  /**
   * A new job in status {@code submitted}, or empty when {@code max_jobs} jobs are unfinished.
   *
   * @param uid the submitting user's id, 0 for the account
   * @param expectedRows how many rows the results will hold
   */
  synchronized Optional<AsyncJob> submit(
      String endpoint, long uid, String destination, long expectedRows, ResultsWriter results) {
    if (unfinished() >= settings.maxJobs()) {
      return Optional.empty();
    }
    long id = jobs.size() + 1L;
    String filename = endpoint + "-" + id + (settings.gzipResults() ? ".csv.gz" : ".csv");
    Job job = new Job(id, filename, uid, destination, expectedRows, results, nextFailure, now());
    nextFailure = null;
    jobs.add(job);
    return Optional.of(snapshot(job));
  }

  /** The next job submitted fails with {@code statusDetail}. */
  synchronized void failNext(String statusDetail) {
    nextFailure = statusDetail;
  }

  /**
   * A poll of the job endpoints: every unfinished job visible to {@code uid} (all jobs when {@code
   * uid} is null) advances, and the jobs are returned in submission order.
   */
  synchronized List<AsyncJob> poll(Long uid) {
    List<AsyncJob> seen = new ArrayList<>();
    for (Job job : jobs) {
      if (uid == null || job.uid == uid) {
        for (int step = 0; step < settings.stepsPerPoll(); step++) {
          advance(job);
        }
        seen.add(snapshot(job));
      }
    }
    return seen;
  }

  /** Every job, in submission order, without advancing any. */
  synchronized List<AsyncJob> jobs() {
    return jobs.stream().map(this::snapshot).toList();
  }

  /** The results file of job {@code id} (whether or not it was written yet). */
  synchronized Optional<Path> resultsFile(long id) {
    return id >= 1 && id <= jobs.size()
        ? Optional.of(
            destinationDirectory(jobs.get((int) id - 1).destination)
                .resolve(jobs.get((int) id - 1).filename))
        : Optional.empty();
  }

  /** The directory standing for a destination: its text with unsafe characters replaced. */
  Path destinationDirectory(String destination) {
    return settings.destinationRoot().resolve(destination.replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  /** The clock's time in whole seconds: LuxSci DATETIME values have no fraction. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  private long unfinished() {
    return jobs.stream().filter(job -> !job.finished()).count();
  }

  private void advance(Job job) {
    if (job.finished()) {
      return;
    }
    Instant now = now();
    job.updated = now;
    switch (job.status) {
      case SUBMITTED -> job.status = AsyncJobStatus.PREPARING;
      case PREPARING -> {
        if (job.failure != null) {
          job.status = AsyncJobStatus.FAILED;
          job.statusDetail = job.failure;
        } else {
          job.status = AsyncJobStatus.RUNNING;
          job.completedRows = 0L;
          job.runningSteps = 0;
        }
      }
      case RUNNING -> {
        job.runningSteps++;
        if (job.runningSteps >= settings.runningSteps()) {
          job.completedRows = job.expectedRows;
          job.status = AsyncJobStatus.UPLOADING;
        } else {
          job.completedRows = job.expectedRows * job.runningSteps / settings.runningSteps();
        }
      }
      case UPLOADING -> upload(job, now);
      default -> throw new IllegalStateException("job " + job.id + " in status " + job.status);
    }
  }

  private void upload(Job job, Instant now) {
    try {
      Path file = destinationDirectory(job.destination).resolve(job.filename);
      Files.createDirectories(file.getParent());
      long written = job.results.write(file);
      job.completedRows = written;
      job.status = AsyncJobStatus.COMPLETE;
      job.completed = now;
    } catch (IOException | RuntimeException e) {
      job.status = AsyncJobStatus.FAILED;
      job.statusDetail = "The results file could not be written: " + e.getMessage();
    }
  }

  private AsyncJob snapshot(Job job) {
    return new AsyncJob(
        job.id,
        job.filename,
        job.created,
        job.updated,
        job.completed,
        job.status,
        job.statusDetail,
        job.showsProgress() ? job.expectedRows : null,
        job.showsProgress() ? job.completedRows : null,
        job.uid,
        unfinished(),
        (long) settings.maxJobs(),
        RowExtras.empty());
  }

  /** One job's mutable state; guarded by the simulator's lock. */
  private static final class Job {
    private final long id;
    private final String filename;
    private final long uid;
    private final String destination;
    private final long expectedRows;
    private final ResultsWriter results;
    private final String failure;
    private final Instant created;
    private Instant updated;
    private Instant completed;
    private AsyncJobStatus status = AsyncJobStatus.SUBMITTED;
    private String statusDetail;
    private Long completedRows;
    private int runningSteps;

    Job(
        long id,
        String filename,
        long uid,
        String destination,
        long expectedRows,
        ResultsWriter results,
        String failure,
        Instant created) {
      this.id = id;
      this.filename = filename;
      this.uid = uid;
      this.destination = destination;
      this.expectedRows = expectedRows;
      this.results = results;
      this.failure = failure;
      this.created = created;
    }

    boolean finished() {
      return status == AsyncJobStatus.COMPLETE || status == AsyncJobStatus.FAILED;
    }

    boolean showsProgress() {
      return completedRows != null;
    }
  }
}
