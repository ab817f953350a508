package com.example.golden;

import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.ReportCatalog;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.spi.ReportgenGenerated;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Every report type of the schema set read from {@code golden/1-enums.yaml},
 * {@code golden/2-reports.yaml}, by endpoint and by name.
 */
@Generated("dev.reportgen.processor.ReportgenProcessor")
@ReportgenGenerated
public final class GoldenReports implements ReportCatalog {
  /**
   * The one instance.
   */
  public static final GoldenReports INSTANCE = new GoldenReports();

  private static final List<ReportType<?>> TYPES = List.of(
      SentEmailParser.INSTANCE,
      SentSummaryParser.INSTANCE);

  /**
   * Endpoint {@code getEmailSMTPSentReportUser}: returns {@link SentEmail} rows.
   */
  public static final Endpoint<SentEmail> GET_EMAIL_SMTP_SENT_REPORT_USER = Endpoint.named("getEmailSMTPSentReportUser",
      SentEmailParser.INSTANCE);

  /**
   * Endpoint {@code getEmailSMTPSentReportAccount}: returns {@link SentEmail} rows.
   */
  public static final Endpoint<SentEmail> GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT = Endpoint.named("getEmailSMTPSentReportAccount",
      SentEmailParser.INSTANCE);

  /**
   * Endpoint {@code getEmailSMTPSentSummary}: returns {@link SentSummary} rows.
   */
  public static final Endpoint<SentSummary> GET_EMAIL_SMTP_SENT_SUMMARY = Endpoint.named("getEmailSMTPSentSummary",
      SentSummaryParser.INSTANCE);

  private static final List<Endpoint<?>> ENDPOINTS = List.of(
      GET_EMAIL_SMTP_SENT_REPORT_USER,
      GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT,
      GET_EMAIL_SMTP_SENT_SUMMARY);

  /**
   * For {@link java.util.ServiceLoader}, which needs a public constructor; use {@link #INSTANCE}.
   */
  public GoldenReports() {
  }

  @Override
  public List<ReportType<?>> types() {
    return TYPES;
  }

  @Override
  public List<Endpoint<?>> endpoints() {
    return ENDPOINTS;
  }

  @Override
  public Optional<ReportType<?>> forEndpoint(String endpoint) {
    if (endpoint == null) {
      return Optional.empty();
    }
    return switch (endpoint) {
      case "getEmailSMTPSentReportUser", "getEmailSMTPSentReportAccount" ->
          Optional.of(SentEmailParser.INSTANCE);
      case "getEmailSMTPSentSummary" -> Optional.of(SentSummaryParser.INSTANCE);
      default -> Optional.empty();
    };
  }

  @Override
  public Optional<ReportType<?>> forName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return switch (name) {
      case "SentEmail" -> Optional.of(SentEmailParser.INSTANCE);
      case "SentSummary" -> Optional.of(SentSummaryParser.INSTANCE);
      default -> Optional.empty();
    };
  }
}
