package dev.reportgen.luxsci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.ReportKind;
import dev.reportgen.runtime.ReportType;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry maps every endpoint of the LuxSci column reference to its report type. */
class LuxSciReportsTest {

  /** All 46 endpoints named by the reference, each with the record of the report it returns. */
  static final Map<String, Class<?>> ENDPOINTS = new LinkedHashMap<>();

  static {
    ENDPOINTS.put("getAccountJobs", AsyncJob.class);
    ENDPOINTS.put("getUserJobs", AsyncJob.class);
    ENDPOINTS.put("getUserReport2", UserCreationDetail.class);
    ENDPOINTS.put("getUserSummaryReport", UserCreationSummary.class);
    ENDPOINTS.put("getLists", MarketingList.class);
    ENDPOINTS.put("getContacts", Contact.class);
    ENDPOINTS.put("getCampaigns", Campaign.class);
    ENDPOINTS.put("getReportLogs", CampaignLog.class);
    ENDPOINTS.put("getReportOpened", CampaignOpen.class);
    ENDPOINTS.put("getReportClicked", CampaignClick.class);
    ENDPOINTS.put("getReportUrls", CampaignUrl.class);
    ENDPOINTS.put("getReportBounces", CampaignBounce.class);
    ENDPOINTS.put("getReportComplaints", CampaignComplaint.class);
    ENDPOINTS.put("getReportUnsubscribed", CampaignUnsubscribe.class);
    ENDPOINTS.put("getEmailSMTPDeliveryStatusReportUser", EmailDeliveryStatus.class);
    ENDPOINTS.put("getEmailSMTPDeliveryStatusReportAccount", EmailDeliveryStatus.class);
    ENDPOINTS.put("getEmailWebMailDeliveryStatusReportUser", EmailDeliveryStatus.class);
    ENDPOINTS.put("getEmailWebMailDeliveryStatusReportAccount", EmailDeliveryStatus.class);
    ENDPOINTS.put("getEmailSMTPSentReportUser", SentEmail.class);
    ENDPOINTS.put("getEmailSMTPSentReportAccount", SentEmail.class);
    ENDPOINTS.put("getEmailWebMailSentReportUser", SentEmail.class);
    ENDPOINTS.put("getEmailWebMailSentReportAccount", SentEmail.class);
    ENDPOINTS.put("getEmailSMTPClickReportUser", EmailUrlClick.class);
    ENDPOINTS.put("getEmailSMTPClickReportAccount", EmailUrlClick.class);
    ENDPOINTS.put("getEmailWebMailClickReportAccount", EmailUrlClick.class);
    ENDPOINTS.put("getEmailSMTPOpenReportUser", EmailOpen.class);
    ENDPOINTS.put("getEmailSMTPOpenReportAccount", EmailOpen.class);
    ENDPOINTS.put("getEmailWebMailOpenReportUser", EmailOpen.class);
    ENDPOINTS.put("getEmailWebMailOpenReportAccount", EmailOpen.class);
    ENDPOINTS.put("getEmailFeedBackLoopsReportUser", FeedbackLoopComplaint.class);
    ENDPOINTS.put("getEmailFeedBackLoopsReportAccount", FeedbackLoopComplaint.class);
    ENDPOINTS.put("getUserSuppressionReport", EmailSuppression.class);
    ENDPOINTS.put("getAccountSuppressionReport", EmailSuppression.class);
    ENDPOINTS.put("getEmailSMTPTempFailReportUser", EmailTempFailure.class);
    ENDPOINTS.put("getEmailSMTPTempFailReportAccount", EmailTempFailure.class);
    ENDPOINTS.put("getEmailSMTPDeliveryStatusSummaryReportUser", EmailDeliveryStatusSummary.class);
    ENDPOINTS.put(
        "getEmailSMTPDeliveryStatusSummaryReportAccount", EmailDeliveryStatusSummary.class);
    ENDPOINTS.put("getEmailSMTPOpenSummaryReportUser", EmailOpensSummary.class);
    ENDPOINTS.put("getEmailSMTPOpenSummaryReportAccount", EmailOpensSummary.class);
    ENDPOINTS.put("getEmailSMTPClickSummaryReportUser", EmailClicksSummary.class);
    ENDPOINTS.put("getEmailSMTPClickSummaryReportAccount", EmailClicksSummary.class);
    ENDPOINTS.put("getEmailFeedBackLoopsSummaryReportUser", FeedbackLoopSummary.class);
    ENDPOINTS.put("getEmailFeedBackLoopsSummaryReportAccount", FeedbackLoopSummary.class);
    ENDPOINTS.put("getUserSuppressionSummaryReport", EmailSuppressionSummary.class);
    ENDPOINTS.put("getAccountSuppressionSummaryReport", EmailSuppressionSummary.class);
    ENDPOINTS.put("getSMTPLoginFailureReportAccount", SmtpLoginFailure.class);
  }

  /** The six reports that return exactly one row. */
  private static final Set<Class<?>> SUMMARIES =
      Set.of(
          UserCreationSummary.class,
          EmailDeliveryStatusSummary.class,
          EmailOpensSummary.class,
          EmailClicksSummary.class,
          FeedbackLoopSummary.class,
          EmailSuppressionSummary.class);

  /** Reports whose detail form adds custom-field columns named at run time. */
  private static final Set<Class<?>> ADDITIONAL_FIELDS =
      Set.of(
          Contact.class,
          CampaignLog.class,
          CampaignOpen.class,
          CampaignClick.class,
          CampaignBounce.class,
          CampaignComplaint.class,
          CampaignUnsubscribe.class);

  @Test
  void theReferenceHas46EndpointsAnd26Reports() {
    assertEquals(46, ENDPOINTS.size());
    assertEquals(26, new HashSet<>(ENDPOINTS.values()).size());
    assertEquals(26, LuxSciReports.INSTANCE.types().size());
  }

  @Test
  void everyEndpointResolvesToItsReport() {
    ENDPOINTS.forEach(
        (endpoint, record) -> {
          ReportType<?> type =
              LuxSciReports.INSTANCE
                  .forEndpoint(endpoint)
                  .orElseThrow(() -> new AssertionError("no report for " + endpoint));
          assertSame(record, type.recordType(), endpoint);
          assertTrue(type.endpoints().contains(endpoint), endpoint);
          assertEquals(record.getSimpleName(), type.name(), endpoint);
        });
  }

  @Test
  void theRegistryClaimsNoOtherEndpoint() {
    int claimed = 0;
    for (ReportType<?> type : LuxSciReports.INSTANCE.types()) {
      for (String endpoint : type.endpoints()) {
        assertSame(ENDPOINTS.get(endpoint), type.recordType(), endpoint);
        claimed++;
      }
    }
    assertEquals(46, claimed);
    assertTrue(LuxSciReports.INSTANCE.forEndpoint("getEmailWebMailClickReportUser").isEmpty());
    assertTrue(LuxSciReports.INSTANCE.forEndpoint("getemailsmtpsentreportuser").isEmpty());
  }

  @Test
  void everyReportResolvesByNameToItself() {
    for (ReportType<?> type : LuxSciReports.INSTANCE.types()) {
      assertSame(type, LuxSciReports.INSTANCE.forName(type.name()).orElseThrow(), type.name());
    }
    assertTrue(LuxSciReports.INSTANCE.forName("List").isEmpty());
  }

  @Test
  void kindsAndCustomFieldsFollowTheReference() {
    for (ReportType<?> type : LuxSciReports.INSTANCE.types()) {
      Class<?> record = type.recordType();
      assertEquals(
          SUMMARIES.contains(record) ? ReportKind.SUMMARY : ReportKind.ROWS,
          type.kind(),
          type.name());
      assertEquals(ADDITIONAL_FIELDS.contains(record), type.additionalFields(), type.name());
    }
  }

  @Test
  void reusedTitlesBelongToDistinctReports() {
    assertEquals(FeedbackLoopComplaint.type().title(), FeedbackLoopSummary.type().title());
    assertEquals(EmailSuppression.type().title(), EmailSuppressionSummary.type().title());
    assertEquals("Email SMTP Complaint Feedback Loop", FeedbackLoopSummary.type().title());
    assertEquals("Email Suppressions", EmailSuppressionSummary.type().title());
  }

  @Test
  void theSchemasShipInTheJar() {
    for (String file :
        List.of(
            "enums.yaml",
            "async-jobs.yaml",
            "users.yaml",
            "marketing.yaml",
            "email-detail.yaml",
            "email-summary.yaml",
            "smtp-login.yaml")) {
      assertNotNull(LuxSciReports.class.getResource("/luxsci/" + file), file);
    }
  }
}
