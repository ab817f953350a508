package dev.reportgen.benchmarks.competitors;

import dev.reportgen.luxsci.HighVolume;
import dev.reportgen.luxsci.SecureLineOptOut;
import dev.reportgen.luxsci.SpamFlag;
import dev.reportgen.luxsci.TlsUsed;
import io.avaje.jsonb.Json;
import java.time.Instant;

/**
 * What an avaje-jsonb user writes for Sent Email: a record of their own mirroring the generated
 * one, wire names in {@code @Json.Property}, bound by the adapter avaje-jsonb's processor
 * generates; datetimes and enums through the adapters of {@link AvajeJsonbRows}.
 */
@Json
public record AvajeSentEmail(
    @Json.Property("date_sent") Instant dateSent,
    @Json.Property("from") String from,
    @Json.Property("from_ip") String fromIp,
    @Json.Property("header1") String header1,
    @Json.Property("header1_value") String header1Value,
    @Json.Property("header2") String header2,
    @Json.Property("header2_value") String header2Value,
    @Json.Property("header3") String header3,
    @Json.Property("header3_value") String header3Value,
    @Json.Property("high_volume") HighVolume highVolume,
    @Json.Property("n_recipients") long nRecipients,
    @Json.Property("notes") String notes,
    @Json.Property("opt_out") SecureLineOptOut optOut,
    @Json.Property("secureline") long secureline,
    @Json.Property("sendmail_id") String sendmailId,
    @Json.Property("size_bytes") long sizeBytes,
    @Json.Property("spam") SpamFlag spam,
    @Json.Property("template_id") long templateId,
    @Json.Property("to") String to,
    @Json.Property("used_tls") TlsUsed usedTls,
    @Json.Property("user") String user,
    @Json.Property("user_id") long userId) {}
