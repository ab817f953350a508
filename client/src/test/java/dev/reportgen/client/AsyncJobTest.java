package dev.reportgen.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.luxsci.AsyncJob;
import dev.reportgen.luxsci.AsyncJobStatus;
import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.EndpointScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsyncJobTest {
  private static final Endpoint<SentEmail> SENT =
      new Endpoint<>(
          "getEmailSMTPSentReportAccount",
          SentEmail.type(),
          EndpointScope.ACCOUNT,
          "/account/{account}/report/email/smtp/sent");
  private static final JobWait WAIT = JobWait.defaults().withJobsPath("/account/acme/jobs");

  private final FakeTime time = new FakeTime();
  private final FakeApi api = new FakeApi(time);
  private final LuxSciClient client = Fixtures.client(api, time);

  private AsyncJob submit() {
    return client.submit(
        SENT,
        ReportQuery.builder()
            .destination("sftp://files.example.com/in")
            .after(java.time.Instant.parse("2024-01-01T00:00:00Z"))
            .build());
  }

  @Test
  void submitReturnsTheJobRecord() {
    AsyncJob job = submit();
    assertEquals(7, job.jobId());
    assertEquals(AsyncJobStatus.SUBMITTED, job.status());
    assertEquals(5L, job.maxJobs());
    assertEquals(
        "GET /perl/api/v2/account/acme/report/email/smtp/sent?after_date=2024-01-01"
            + "%2000%3A00%3A00&first_row=0&destination=sftp%3A%2F%2Ffiles.example.com%2Fin",
        api.log().get(1));
  }

  @Test
  void awaitPollsWithGrowingIntervalsAndReportsProgressUntilComplete() {
    api.scriptJob(null, "preparing", "running", "running", "uploading", "complete");
    AsyncJob job = submit();
    List<String> progress = new ArrayList<>();
    AsyncJob done =
        client.awaitJob(
            job,
            WAIT.withProgress(
                p ->
                    progress.add(
                        p.status().wireValue()
                            + " "
                            + p.completedRows()
                            + "/"
                            + p.expectedRows()
                            + " "
                            + p.fraction())));
    assertEquals(AsyncJobStatus.COMPLETE, done.status());
    assertEquals("job-7.csv", done.filename());
    assertEquals(
        List.of(
            "preparing OptionalLong.empty/OptionalLong.empty OptionalDouble.empty",
            "running OptionalLong[400]/OptionalLong[1000] OptionalDouble[0.4]",
            "running OptionalLong[400]/OptionalLong[1000] OptionalDouble[0.4]",
            "uploading OptionalLong[1000]/OptionalLong[1000] OptionalDouble[1.0]",
            "complete OptionalLong[1000]/OptionalLong[1000] OptionalDouble[1.0]"),
        progress);
    assertEquals(
        List.of(
            Duration.ofSeconds(2),
            Duration.ofSeconds(3),
            Duration.ofMillis(4500),
            Duration.ofMillis(6750),
            Duration.ofMillis(10125)),
        time.sleeps());
  }

  @Test
  void aFailedJobRaisesItsStatusDetail() {
    api.scriptJob("Destination host refused the upload", "running", "failed");
    AsyncJob job = submit();
    AsyncJobFailedException e =
        Secrets.expect(AsyncJobFailedException.class, () -> client.awaitJob(job, WAIT));
    assertEquals("Destination host refused the upload", e.statusDetail());
    assertEquals(
        "job 7 failed: Destination host refused the upload [GET /perl/api/v2/account/acme"
            + "/jobs, waiting for job 7]",
        e.getMessage());
  }

  @Test
  void waitingEndsAtTheTimeout() {
    api.scriptJob(null, "running", "running", "running", "running", "running", "running");
    AsyncJob job = submit();
    AsyncJobTimeoutException e =
        Secrets.expect(
            AsyncJobTimeoutException.class,
            () -> client.awaitJob(job, WAIT.withTimeout(Duration.ofSeconds(10))));
    assertTrue(
        e.getMessage()
            .startsWith(
                "job 7 did not complete within PT10S (4 polls; last"
                    + " status running, 400 of 1000 rows)"),
        e.getMessage());
    assertEquals(AsyncJobStatus.RUNNING, e.lastSeen().status());
    long waited = time.sleeps().stream().mapToLong(Duration::toMillis).sum();
    assertEquals(10_000, waited, "the last wait is cut to the time left");
  }

  @Test
  void aQueryWithoutDestinationIsNotAJob() {
    Secrets.expect(IllegalArgumentException.class, () -> client.submit(SENT, ReportQuery.all()));
    Secrets.expect(
        IllegalArgumentException.class,
        () -> client.rows(SENT, ReportQuery.builder().destination("sftp://x").build()));
  }

  @Test
  void theJobListIsTheSchemasJobEndpointOfTheClientsScope() {
    api.scriptJob(null, "complete");
    AsyncJob job = submit();
    assertEquals(AsyncJobStatus.COMPLETE, client.awaitJob(job, JobWait.defaults()).status());
    assertEquals(
        "GET /perl/api/v2/account/acme/report/jobs?first_row=0&matches=50000",
        api.log().get(api.log().size() - 1));
  }
}
