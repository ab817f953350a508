package com.example.golden;

import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.spi.ReportgenGenerated;
import java.time.Instant;
import java.time.LocalDate;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Sent Email: one row per message sent.
 *
 * <p>Returned by {@code getEmailSMTPSentReportUser}, {@code getEmailSMTPSentReportAccount}.
 *
 * @param dateSent {@code date_sent} (DATETIME): When the message was sent.
 * @param day {@code day} (DATE, nullable): The day of the report, nullable.
 * @param size {@code size} (Integer): Message size in bytes.
 * @param retries {@code retries} (Integer, nullable): Delivery attempts, when known.
 * @param spamScore {@code spam_score} (Float): Spam score.
 * @param ratio {@code ratio} (Float, nullable): Open ratio, when known.
 * @param from {@code from} (String): Sender address (a Java keyword as a wire keyword).
 * @param opens {@code Opens} (Integer): Times opened (odd case kept on the wire).
 * @param status {@code status} (Enum {@link DeliveryStatus}, nullable): Delivery status.
 * @param secureLine {@code secureline} (Enum {@link SecureLineCode}): SecureLine use.
 * @param header1 {@code header1} (String, nullable, optional): First tracked header, only present
 *     when tracked_headers was requested.
 * @param extras columns not in the schema and raw text of unknown enum values
 */
@Generated("dev.reportgen.processor.ReportgenProcessor")
@ReportgenGenerated
@NullMarked
public record SentEmail(Instant dateSent, @Nullable LocalDate day, long size,
    @Nullable Long retries, double spamScore, @Nullable Double ratio, String from, long opens,
    @Nullable DeliveryStatus status, SecureLineCode secureLine, @Nullable String header1,
    RowExtras extras) {
  /**
   * The parser for this report.
   */
  public static ReportType<SentEmail> type() {
    return SentEmailParser.INSTANCE;
  }
}
