package com.example.golden;

import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.spi.ReportgenGenerated;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Sent Summary: SMTP totals for the account.
 *
 * <p>Returned by {@code getEmailSMTPSentSummary}. A summary report: every response holds exactly
 * one row. Rows may carry custom-field columns named at run time; they are kept in
 * {@link RowExtras#columns()}.
 *
 * @param total {@code total} (Integer): Messages sent.
 * @param lastStatus {@code last_status} (Enum {@link DeliveryStatus}, nullable, optional): Status
 *     of the most recent message.
 * @param extras columns not in the schema and raw text of unknown enum values
 */
@Generated("dev.reportgen.processor.ReportgenProcessor")
@ReportgenGenerated
@NullMarked
public record SentSummary(long total, @Nullable DeliveryStatus lastStatus, RowExtras extras) {
  /**
   * The parser for this report.
   */
  public static ReportType<SentSummary> type() {
    return SentSummaryParser.INSTANCE;
  }
}
