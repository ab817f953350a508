package com.example.golden;

import dev.reportgen.runtime.ReportCatalog;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.ReportgenGenerated;
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

  private GoldenReports() {
  }

  @Override
  public List<ReportType<?>> types() {
    return TYPES;
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
