package dev.reportgen.benchmarks.competitors;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import dev.reportgen.luxsci.DeliveryStatus;
import dev.reportgen.luxsci.SecureLineCode;
import dev.reportgen.luxsci.SpamFlag;
import dev.reportgen.luxsci.TlsDeliveryCode;
import dev.reportgen.luxsci.UnsubscribedFlag;
import java.time.Instant;

/**
 * What a dsl-json user writes for Email Delivery Status: a record of their own mirroring the
 * generated one, wire names in {@code @JsonAttribute}, bound by the converter dsl-json's processor
 * generates; datetimes and enums through {@link DslJsonConverters}. Not the generated record
 * itself: see docs/benchmarks.md, "Peers".
 */
@CompiledJson
public record DslJsonEmailDeliveryStatus(
    @JsonAttribute(name = "date_sent") Instant dateSent,
    @JsonAttribute(name = "from") String from,
    @JsonAttribute(name = "from_ip") String fromIp,
    @JsonAttribute(name = "header1") String header1,
    @JsonAttribute(name = "header1_value") String header1Value,
    @JsonAttribute(name = "header2") String header2,
    @JsonAttribute(name = "header2_value") String header2Value,
    @JsonAttribute(name = "header3") String header3,
    @JsonAttribute(name = "header3_value") String header3Value,
    @JsonAttribute(name = "last_updated") Instant lastUpdated,
    @JsonAttribute(name = "delivery_status_updated") Instant deliveryStatusUpdated,
    @JsonAttribute(name = "delivery_seconds") Long deliverySeconds,
    @JsonAttribute(name = "n_recipients") long nRecipients,
    @JsonAttribute(name = "secureline") SecureLineCode secureline,
    @JsonAttribute(name = "sendmail_id") String sendmailId,
    @JsonAttribute(name = "size_bytes") long sizeBytes,
    @JsonAttribute(name = "smtp_code") Long smtpCode,
    @JsonAttribute(name = "spam") SpamFlag spam,
    @JsonAttribute(name = "opens") long opens,
    @JsonAttribute(name = "clicks") long clicks,
    @JsonAttribute(name = "unsubscribed") UnsubscribedFlag unsubscribed,
    @JsonAttribute(name = "status") DeliveryStatus status,
    @JsonAttribute(name = "details") String details,
    @JsonAttribute(name = "tls_delivery") TlsDeliveryCode tlsDelivery,
    @JsonAttribute(name = "tls_info") String tlsInfo,
    @JsonAttribute(name = "to") String to,
    @JsonAttribute(name = "user") String user,
    @JsonAttribute(name = "user_id") long userId,
    @JsonAttribute(name = "template_id") long templateId) {}
