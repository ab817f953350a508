package dev.reportgen.testkit;

import dev.reportgen.luxsci.AsyncJob;
import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.EndpointScope;

/** LuxSci endpoints with paths, for the kit's tests (the confirmed sent-mail paths and jobs). */
final class TestEndpoints {
  static final Endpoint<SentEmail> SENT_ACCOUNT =
      new Endpoint<>(
          "getEmailSMTPSentReportAccount",
          SentEmail.type(),
          EndpointScope.ACCOUNT,
          "/account/{account}/report/email/smtp/sent");
  static final Endpoint<SentEmail> WEBMAIL_SENT_USER =
      new Endpoint<>(
          "getEmailWebMailSentReportUser",
          SentEmail.type(),
          EndpointScope.USER,
          "/user/{user}/report/email/webmail/sent");
  static final Endpoint<AsyncJob> ACCOUNT_JOBS =
      new Endpoint<>(
          "getAccountJobs",
          AsyncJob.type(),
          EndpointScope.ACCOUNT,
          "/account/{account}/report/jobs");
  static final Endpoint<AsyncJob> USER_JOBS =
      new Endpoint<>(
          "getUserJobs", AsyncJob.type(), EndpointScope.USER, "/user/{user}/report/jobs");

  static final EndpointCatalog CATALOG =
      EndpointCatalog.of(SENT_ACCOUNT, WEBMAIL_SENT_USER, ACCOUNT_JOBS, USER_JOBS);

  private TestEndpoints() {}
}
