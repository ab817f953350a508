package dev.reportgen.benchmarks.competitors;

import dev.reportgen.luxsci.DeliveryStatus;
import dev.reportgen.luxsci.SecureLineCode;
import dev.reportgen.luxsci.SpamFlag;
import dev.reportgen.luxsci.TlsDeliveryCode;
import dev.reportgen.luxsci.UnsubscribedFlag;
import io.avaje.jsonb.Json;
import java.time.Instant;

/**
 * What an avaje-jsonb user writes for Email Delivery Status: a record of their own mirroring the
 * generated one, wire names in {@code @Json.Property}, bound by the adapter avaje-jsonb's processor
 * generates; datetimes and enums through the adapters of {@link AvajeJsonbRows}.
 */
@Json
public record AvajeEmailDeliveryStatus(
    @Json.Property("date_sent") Instant dateSent,
    @Json.Property("from") String from,
    @Json.Property("from_ip") String fromIp,
    @Json.Property("header1") String header1,
    @Json.Property("header1_value") String header1Value,
    @Json.Property("header2") String header2,
    @Json.Property("header2_value") String header2Value,
    @Json.Property("header3") String header3,
    @Json.Property("header3_value") String header3Value,
    @Json.Property("last_updated") Instant lastUpdated,
    @Json.Property("delivery_status_updated") Instant deliveryStatusUpdated,
    @Json.Property("delivery_seconds") Long deliverySeconds,
    @Json.Property("n_recipients") long nRecipients,
    @Json.Property("secureline") SecureLineCode secureline,
    @Json.Property("sendmail_id") String sendmailId,
    @Json.Property("size_bytes") long sizeBytes,
    @Json.Property("smtp_code") Long smtpCode,
    @Json.Property("spam") SpamFlag spam,
    @Json.Property("opens") long opens,
    @Json.Property("clicks") long clicks,
    @Json.Property("unsubscribed") UnsubscribedFlag unsubscribed,
    @Json.Property("status") DeliveryStatus status,
    @Json.Property("details") String details,
    @Json.Property("tls_delivery") TlsDeliveryCode tlsDelivery,
    @Json.Property("tls_info") String tlsInfo,
    @Json.Property("to") String to,
    @Json.Property("user") String user,
    @Json.Property("user_id") long userId,
    @Json.Property("template_id") long templateId) {}
