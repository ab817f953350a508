package dev.reportgen.luxsci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.EndpointScope;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scope and path template of every LuxSci endpoint (issue 14). Three paths are published by
 * LuxSci; the others follow their pattern (see the header of each schema file).
 */
class LuxSciEndpointsTest {

  private static final List<Endpoint<?>> ENDPOINTS = LuxSciReports.INSTANCE.endpoints();

  /**
   * Scopes of the endpoints whose names do not end in User or Account, with the schemas' reasons:
   * the jobs endpoints name their scope first, the user reports cover the account's users, Secure
   * Marketing v3 commands are user scope, the suppression endpoints name their scope first.
   */
  private static final Map<String, EndpointScope> SCOPE_NOT_IN_THE_SUFFIX =
      Map.ofEntries(
          Map.entry("getAccountJobs", EndpointScope.ACCOUNT),
          Map.entry("getUserJobs", EndpointScope.USER),
          Map.entry("getUserReport2", EndpointScope.ACCOUNT),
          Map.entry("getUserSummaryReport", EndpointScope.ACCOUNT),
          Map.entry("getLists", EndpointScope.USER),
          Map.entry("getContacts", EndpointScope.USER),
          Map.entry("getCampaigns", EndpointScope.USER),
          Map.entry("getReportLogs", EndpointScope.USER),
          Map.entry("getReportOpened", EndpointScope.USER),
          Map.entry("getReportClicked", EndpointScope.USER),
          Map.entry("getReportUrls", EndpointScope.USER),
          Map.entry("getReportBounces", EndpointScope.USER),
          Map.entry("getReportComplaints", EndpointScope.USER),
          Map.entry("getReportUnsubscribed", EndpointScope.USER),
          Map.entry("getUserSuppressionReport", EndpointScope.USER),
          Map.entry("getAccountSuppressionReport", EndpointScope.ACCOUNT),
          Map.entry("getUserSuppressionSummaryReport", EndpointScope.USER),
          Map.entry("getAccountSuppressionSummaryReport", EndpointScope.ACCOUNT));

  @Test
  void theEndpointsAreTheReferences46() {
    assertEquals(46, ENDPOINTS.size());
    Set<String> names = new LinkedHashSet<>();
    for (Endpoint<?> endpoint : ENDPOINTS) {
      assertTrue(names.add(endpoint.name()), "listed twice: " + endpoint.name());
      assertSame(
          LuxSciReportsTest.ENDPOINTS.get(endpoint.name()),
          endpoint.type().recordType(),
          endpoint.name());
      assertSame(endpoint, LuxSciReports.INSTANCE.endpoint(endpoint.name()).orElseThrow());
    }
    assertEquals(LuxSciReportsTest.ENDPOINTS.keySet(), names);
  }

  @Test
  void everyEndpointHasAScopeAndAPathUnderItsScope() {
    for (Endpoint<?> endpoint : ENDPOINTS) {
      assertTrue(endpoint.hasPath(), endpoint.name());
      assertNotNull(endpoint.scope(), endpoint.name());
      String prefix =
          "/"
              + endpoint.scope().name().toLowerCase(Locale.ROOT)
              + "/"
              + endpoint.scope().placeholder()
              + "/report/";
      assertTrue(
          endpoint.pathTemplate().startsWith(prefix),
          endpoint.name() + ": " + endpoint.pathTemplate() + " does not start with " + prefix);
    }
  }

  @Test
  void theConfirmedPathsAreExactlyAsPublished() {
    assertEndpoint(
        LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT,
        EndpointScope.ACCOUNT,
        "/account/{account}/report/email/smtp/sent");
    assertEndpoint(
        LuxSciReports.GET_EMAIL_WEB_MAIL_SENT_REPORT_ACCOUNT,
        EndpointScope.ACCOUNT,
        "/account/{account}/report/email/webmail/sent");
    assertEndpoint(
        LuxSciReports.GET_EMAIL_WEB_MAIL_SENT_REPORT_USER,
        EndpointScope.USER,
        "/user/{user}/report/email/webmail/sent");
    assertEquals(
        "/account/acme/report/email/smtp/sent",
        LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT.path("acme").orElseThrow());
  }

  private static void assertEndpoint(
      Endpoint<SentEmail> endpoint, EndpointScope scope, String path) {
    assertSame(SentEmail.type(), endpoint.type(), endpoint.name());
    assertEquals(scope, endpoint.scope(), endpoint.name());
    assertEquals(path, endpoint.pathTemplate(), endpoint.name());
  }

  @Test
  void noTwoEndpointsShareAScopeAndPath() {
    Map<String, String> byUrl = new HashMap<>();
    for (Endpoint<?> endpoint : ENDPOINTS) {
      String url = endpoint.scope() + " " + endpoint.pathTemplate();
      String before = byUrl.put(url, endpoint.name());
      assertNull(before, () -> endpoint.name() + " and " + before + " share " + url);
    }
  }

  @Test
  void theScopeFollowsTheNameOrTheDocumentedDecision() {
    for (Endpoint<?> endpoint : ENDPOINTS) {
      String name = endpoint.name();
      EndpointScope expected =
          name.endsWith("User")
              ? EndpointScope.USER
              : name.endsWith("Account")
                  ? EndpointScope.ACCOUNT
                  : SCOPE_NOT_IN_THE_SUFFIX.get(name);
      assertNotNull(expected, name + ": no scope decided for a name without a User/Account suffix");
      assertEquals(expected, endpoint.scope(), name);
    }
  }

  /** The user and account variants of one report differ only in their scope prefix. */
  @Test
  void userAndAccountVariantsShareTheirPathBelowTheScope() {
    Map<String, String> belowScope = new HashMap<>();
    for (Endpoint<?> endpoint : ENDPOINTS) {
      String name = endpoint.name();
      String report =
          name.replaceFirst("(User|Account)$", "").replaceFirst("^get(User|Account)", "get");
      String rest = endpoint.pathTemplate().substring(endpoint.pathTemplate().indexOf("/report/"));
      if (!report.equals(name)) {
        String other = belowScope.putIfAbsent(report, rest);
        if (other != null) {
          assertEquals(other, rest, name);
        }
      }
    }
    assertEquals("/report/email/smtp/sent", belowScope.get("getEmailSMTPSentReport"));
  }
}
