package dev.reportgen.benchmarks.competitors;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reportgen.luxsci.HighVolume;
import dev.reportgen.luxsci.SecureLineOptOut;
import dev.reportgen.luxsci.SpamFlag;
import dev.reportgen.luxsci.TlsUsed;
import java.time.Instant;

/**
 * What a databind user writes for Sent Email: a record mirroring the generated one, wire names in
 * {@code @JsonProperty}, the datetime pattern in {@code @JsonFormat}.
 */
public record BoundSentEmail(
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
    @JsonProperty("high_volume") HighVolume highVolume,
    @JsonProperty("n_recipients") long nRecipients,
    @JsonProperty("notes") String notes,
    @JsonProperty("opt_out") SecureLineOptOut optOut,
    @JsonProperty("secureline") long secureline,
    @JsonProperty("sendmail_id") String sendmailId,
    @JsonProperty("size_bytes") long sizeBytes,
    @JsonProperty("spam") SpamFlag spam,
    @JsonProperty("template_id") long templateId,
    @JsonProperty("to") String to,
    @JsonProperty("used_tls") TlsUsed usedTls,
    @JsonProperty("user") String user,
    @JsonProperty("user_id") long userId) {
  static final String DATETIME = "yyyy-MM-dd HH:mm:ss";
}
