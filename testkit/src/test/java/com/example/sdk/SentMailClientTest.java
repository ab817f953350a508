package com.example.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.luxsci.LuxSciReports;
import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.runtime.SyntheticRows;
import dev.reportgen.testkit.AuthOutcome;
import dev.reportgen.testkit.Fault;
import dev.reportgen.testkit.LuxSciFakeServer;
import dev.reportgen.testkit.LuxSciFakeServerExtension;
import dev.reportgen.testkit.RecordedRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SentMailClientTest {
  // One fake LuxSci API per test class, on a free loopback port; pages capped at 64 KiB so a
  // few thousand rows take several pages, each holding fewer rows than asked.
  @RegisterExtension
  static final LuxSciFakeServerExtension LUXSCI =
      new LuxSciFakeServerExtension(server -> server.account("acme").responseByteCap(64 * 1024));

  private static SentMailClient clientFor(LuxSciFakeServer server) {
    return new SentMailClient(
        server.baseUri(),
        server.credentials().apiToken(),
        server.credentials().apiSecret(),
        "acme");
  }

  @Test
  void readsEveryRowAcrossPagesWithSignedRequests() throws Exception {
    LuxSciFakeServer server = LUXSCI.server();
    server.serveSynthetic(LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT, 2_000, 42);

    List<SentEmail> rows = clientFor(server).sentMail();

    assertEquals(SyntheticRows.of(SentEmail.type(), 42).stream(2_000).toList(), rows);
    List<RecordedRequest> requests = server.requests();
    assertEquals(AuthOutcome.LOGIN_ACCEPTED, requests.get(0).authOutcome());
    assertTrue(requests.size() > 2, "several pages");
    for (RecordedRequest page : requests.subList(1, requests.size())) {
      assertEquals(AuthOutcome.SESSION_ACCEPTED, page.authOutcome(), page.rawQuery());
    }
  }

  @Test
  void retriesARateLimitedPageAfterRetryAfter() throws Exception {
    LuxSciFakeServer server = LUXSCI.server();
    server.serve(
        LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT,
        SyntheticRows.of(SentEmail.type(), 7).stream(10).toList());
    server
        .faults()
        .onEndpoint("getEmailSMTPSentReportAccount", Fault.tooManyRequests(Duration.ofSeconds(1)));

    assertEquals(10, clientFor(server).sentMail().size());
    assertEquals(
        List.of(201, 429, 200), server.requests().stream().map(RecordedRequest::status).toList());
  }

  @Test
  void aServerErrorIsReportedNotSwallowed() {
    LuxSciFakeServer server = LUXSCI.server();
    server.faults().onEndpoint("getEmailSMTPSentReportAccount", Fault.status(503));

    IOException failure = assertThrows(IOException.class, () -> clientFor(server).sentMail());
    assertTrue(failure.getMessage().startsWith("HTTP 503"), failure.getMessage());
  }
}
