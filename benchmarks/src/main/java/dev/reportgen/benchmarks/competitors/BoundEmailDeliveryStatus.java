package dev.reportgen.benchmarks.competitors;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reportgen.luxsci.DeliveryStatus;
import dev.reportgen.luxsci.SecureLineCode;
import dev.reportgen.luxsci.SpamFlag;
import dev.reportgen.luxsci.TlsDeliveryCode;
import dev.reportgen.luxsci.UnsubscribedFlag;
import java.time.Instant;

/** What a databind user writes for Email Delivery Status; see {@link BoundSentEmail}. */
public record BoundEmailDeliveryStatus(
    @JsonProperty("date_sent") @JsonFormat(pattern = BoundSentEmail.DATETIME, timezone = "UTC")
        Instant dateSent,
    @JsonProperty("from") String from,
    @JsonProperty("from_ip") String fromIp,
    @JsonProperty("header1") String header1,
    @JsonProperty("header1_value") String header1Value,
    @JsonProperty("header2") String header2,
    @JsonProperty("header2_value") String header2Value,
    @JsonProperty("header3") String header3,
    @JsonProperty("header3_value") String header3Value,
    @JsonProperty("last_updated") @JsonFormat(pattern = BoundSentEmail.DATETIME, timezone = "UTC")
        Instant lastUpdated,
    @JsonProperty("delivery_status_updated")
        @JsonFormat(pattern = BoundSentEmail.DATETIME, timezone = "UTC")
        Instant deliveryStatusUpdated,
    @JsonProperty("delivery_seconds") Long deliverySeconds,
    @JsonProperty("n_recipients") long nRecipients,
    @JsonProperty("secureline") SecureLineCode secureline,
    @JsonProperty("sendmail_id") String sendmailId,
    @JsonProperty("size_bytes") long sizeBytes,
    @JsonProperty("smtp_code") Long smtpCode,
    @JsonProperty("spam") SpamFlag spam,
    @JsonProperty("opens") long opens,
    @JsonProperty("clicks") long clicks,
    @JsonProperty("unsubscribed") UnsubscribedFlag unsubscribed,
    @JsonProperty("status") DeliveryStatus status,
    @JsonProperty("details") String details,
    @JsonProperty("tls_delivery") TlsDeliveryCode tlsDelivery,
    @JsonProperty("tls_info") String tlsInfo,
    @JsonProperty("to") String to,
    @JsonProperty("user") String user,
    @JsonProperty("user_id") long userId,
    @JsonProperty("template_id") long templateId) {}
