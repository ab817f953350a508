package com.example.golden;

import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.EndpointScope;
import dev.reportgen.runtime.ReportCatalog;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.spi.ReportgenGenerated;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Every report type of the schema set read from {@code golden/1-enums.yaml},
 * {@code golden/2-reports.yaml}, by endpoint and by name.
 */
@Generated("dev.reportgen.processor.ReportgenProcessor")
@ReportgenGenerated
@NullMarked
public final class GoldenReports implements ReportCatalog {
  /**
   * The one instance.
   */
  public static final GoldenReports INSTANCE = new GoldenReports();

  private static final List<ReportType<?>> TYPES = List.of(
      SentEmailParser.INSTANCE,
      SentSummaryParser.INSTANCE);

  /**
   * Endpoint {@code getEmailSMTPSentReportUser}: returns {@link SentEmail} rows; the schema gives
   * no path, so a call names it.
   */
  public static final Endpoint<SentEmail> GET_EMAIL_SMTP_SENT_REPORT_USER =
      Endpoint.named("getEmailSMTPSentReportUser", SentEmailParser.INSTANCE);

  /**
   * Endpoint {@code getEmailSMTPSentReportAccount}: returns {@link SentEmail} rows, at
   * <code>/account/&#123;account&#125;/report/email/smtp/sent</code> below the API's base URL.
   */
  public static final Endpoint<SentEmail> GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT =
      new Endpoint<>("getEmailSMTPSentReportAccount", SentEmailParser.INSTANCE,
          EndpointScope.ACCOUNT, "/account/{account}/report/email/smtp/sent");

  /**
   * Endpoint {@code getEmailSMTPSentSummary}: returns {@link SentSummary} rows, at
   * <code>/user/&#123;user&#125;/report/email/smtp/sent/summary</code> below the API's base URL.
   */
  public static final Endpoint<SentSummary> GET_EMAIL_SMTP_SENT_SUMMARY =
      new Endpoint<>("getEmailSMTPSentSummary", SentSummaryParser.INSTANCE, EndpointScope.USER,
          "/user/{user}/report/email/smtp/sent/summary");

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
  public Optional<ReportType<?>> forEndpoint(@Nullable String endpoint) {
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
  public Optional<ReportType<?>> forName(@Nullable String name) {
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
