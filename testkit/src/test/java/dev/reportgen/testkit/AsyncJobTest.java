package dev.reportgen.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.luxsci.AsyncJob;
import dev.reportgen.luxsci.AsyncJobStatus;
import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.SyntheticRows;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsyncJobTest {
  private static final String DESTINATION = "sftp://reports.example.com/incoming";

  @TempDir Path destinations;

  private LuxSciFakeServer start(boolean gzip) {
    LuxSciFakeServer server =
        LuxSciFakeServer.builder()
            .catalog(TestEndpoints.CATALOG)
            .destinationRoot(destinations)
            .gzipJobResults(gzip)
            .maxMatches(10)
            .start();
    server.serveSynthetic(TestEndpoints.SENT_ACCOUNT, 25, 3);
    return server;
  }

  private static AsyncJob submit(LuxSciFakeServer server, TestClient client, String auth) {
    List<AsyncJob> reply =
        TestClient.read(
                AsyncJob.type(),
                client.get(
                    auth,
                    server.path(TestEndpoints.SENT_ACCOUNT),
                    "destination="
                        + java.net.URLEncoder.encode(
                            DESTINATION, java.nio.charset.StandardCharsets.UTF_8)))
            .rows();
    assertEquals(1, reply.size());
    return reply.get(0);
  }

  private static AsyncJob poll(LuxSciFakeServer server, TestClient client, String auth) {
    List<AsyncJob> jobs =
        TestClient.read(
                AsyncJob.type(), client.get(auth, server.path(TestEndpoints.ACCOUNT_JOBS), ""))
            .rows();
    return jobs.get(jobs.size() - 1);
  }

  @Test
  void aJobMovesThroughEveryStatusAndItsResultsFileLandsAtTheDestination() throws IOException {
    try (LuxSciFakeServer server = start(false)) {
      TestClient client = new TestClient(server);
      String auth = client.login();
      AsyncJob submitted = submit(server, client, auth);
      assertEquals(AsyncJobStatus.SUBMITTED, submitted.status());
      assertEquals(1, submitted.jobId());
      assertEquals("getEmailSMTPSentReportAccount-1.csv", submitted.filename());
      assertEquals(1L, submitted.currentJobs());
      assertEquals(3L, submitted.maxJobs());
      assertEquals(0, submitted.uid());
      assertNull(submitted.expectedRows());

      Path results = server.jobResultsFile(1);
      assertEquals(
          destinations
              .resolve("sftp___reports.example.com_incoming")
              .resolve("getEmailSMTPSentReportAccount-1.csv"),
          results);
      List<AsyncJobStatus> statuses = new ArrayList<>();
      List<Long> progress = new ArrayList<>();
      AsyncJob job = submitted;
      while (job.status() != AsyncJobStatus.COMPLETE) {
        assertFalse(Files.exists(results), "results before complete, at " + job.status());
        job = poll(server, client, auth);
        statuses.add(job.status());
        progress.add(job.completedRows());
        assertTrue(statuses.size() < 10, "no end: " + statuses);
      }
      assertEquals(
          List.of(
              AsyncJobStatus.PREPARING,
              AsyncJobStatus.RUNNING,
              AsyncJobStatus.RUNNING,
              AsyncJobStatus.UPLOADING,
              AsyncJobStatus.COMPLETE),
          statuses);
      assertEquals(java.util.Arrays.asList(null, 0L, 12L, 25L, 25L), progress);
      assertEquals(25L, job.expectedRows());
      assertEquals(0L, job.currentJobs());
      assertTrue(job.completed() != null);

      // No row limit: all 25 rows, although matches is capped at 10 for synchronous requests.
      List<SentEmail> expected = new ArrayList<>();
      SyntheticRows.of(SentEmail.type(), 3).iterator(25).forEachRemaining(expected::add);
      try (InputStream in = Files.newInputStream(results)) {
        assertEquals(expected, ReportReader.of(SentEmail.type()).readCsv(in).rows());
      }
      assertEquals(List.of(job), server.jobs());
    }
  }

  @Test
  void resultsCanBeGzipped() throws IOException {
    try (LuxSciFakeServer server =
        LuxSciFakeServer.builder()
            .catalog(TestEndpoints.CATALOG)
            .destinationRoot(destinations)
            .gzipJobResults(true)
            .jobStepsPerPoll(10)
            .start()) {
      server.serveSynthetic(TestEndpoints.SENT_ACCOUNT, 5, 3);
      TestClient client = new TestClient(server);
      String auth = client.login();
      AsyncJob submitted = submit(server, client, auth);
      assertTrue(submitted.filename().endsWith(".csv.gz"), submitted.filename());
      assertEquals(AsyncJobStatus.COMPLETE, poll(server, client, auth).status());
      byte[] file = Files.readAllBytes(server.jobResultsFile(1));
      assertEquals(0x1f, file[0] & 0xff);
      assertEquals(0x8b, file[1] & 0xff);
      try (InputStream in = Files.newInputStream(server.jobResultsFile(1))) {
        assertEquals(5, ReportReader.of(SentEmail.type()).readCsv(in).rows().size());
      }
    }
  }

  @Test
  void aFailingJobReportsItsStatusDetailAndWritesNoFile() {
    try (LuxSciFakeServer server = start(false)) {
      TestClient client = new TestClient(server);
      String auth = client.login();
      server.failNextJob("Could not connect to the destination host.");
      submit(server, client, auth);
      AsyncJob job = poll(server, client, auth);
      assertEquals(AsyncJobStatus.PREPARING, job.status());
      job = poll(server, client, auth);
      assertEquals(AsyncJobStatus.FAILED, job.status());
      assertEquals("Could not connect to the destination host.", job.statusDetail());
      assertEquals(job, poll(server, client, auth), "a failed job stays failed");
      assertFalse(Files.exists(server.jobResultsFile(1)));
    }
  }

  @Test
  void submissionsPastMaxJobsAreRefused() {
    try (LuxSciFakeServer server = start(false)) {
      TestClient client = new TestClient(server);
      String auth = client.login();
      for (int i = 0; i < 3; i++) {
        submit(server, client, auth);
      }
      var refused = client.get(auth, server.path(TestEndpoints.SENT_ACCOUNT), "destination=x");
      assertEquals(400, refused.statusCode());
      assertEquals(
          "{\"success\":0,\"error_message\":\"Too many background jobs: the account "
              + "allows 3 at once.\"}",
          TestClient.text(refused));
      assertEquals(3, server.jobs().size());
    }
  }

  @Test
  void userJobListingsShowTheUsersJobsOnly() {
    try (LuxSciFakeServer server = start(false)) {
      server.serveSynthetic(TestEndpoints.WEBMAIL_SENT_USER, 4, 9);
      TestClient client = new TestClient(server);
      String account = client.login();
      String user = client.loginUser();
      submit(server, client, account);
      AsyncJob mine =
          TestClient.read(
                  AsyncJob.type(),
                  client.get(
                      user, server.path(TestEndpoints.WEBMAIL_SENT_USER), "destination=mine"))
              .rows()
              .get(0);
      assertEquals(1000, mine.uid());

      List<AsyncJob> listed =
          TestClient.read(
                  AsyncJob.type(), client.get(user, server.path(TestEndpoints.USER_JOBS), ""))
              .rows();
      assertEquals(List.of(mine.jobId()), listed.stream().map(AsyncJob::jobId).toList());
      assertEquals(
          2,
          TestClient.read(
                  AsyncJob.type(), client.get(account, server.path(TestEndpoints.ACCOUNT_JOBS), ""))
              .rows()
              .size());
    }
  }
}
