package dev.reportgen.benchmarks.competitors;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import dev.reportgen.luxsci.HighVolume;
import dev.reportgen.luxsci.SecureLineOptOut;
import dev.reportgen.luxsci.SpamFlag;
import dev.reportgen.luxsci.TlsUsed;
import java.time.Instant;

/**
 * What a dsl-json user writes for Sent Email: a record of their own mirroring the generated one,
 * wire names in {@code @JsonAttribute}, bound by the converter dsl-json's processor generates;
 * datetimes and enums through {@link DslJsonConverters}. Not the generated record itself: see
 * docs/benchmarks.md, "Peers".
 */
@CompiledJson
public record DslJsonSentEmail(
    @JsonAttribute(name = "date_sent") Instant dateSent,
    @JsonAttribute(name = "from") String from,
    @JsonAttribute(name = "from_ip") String fromIp,
    @JsonAttribute(name = "header1") String header1,
    @JsonAttribute(name = "header1_value") String header1Value,
    @JsonAttribute(name = "header2") String header2,
    @JsonAttribute(name = "header2_value") String header2Value,
    @JsonAttribute(name = "header3") String header3,
    @JsonAttribute(name = "header3_value") String header3Value,
    @JsonAttribute(name = "high_volume") HighVolume highVolume,
    @JsonAttribute(name = "n_recipients") long nRecipients,
    @JsonAttribute(name = "notes") String notes,
    @JsonAttribute(name = "opt_out") SecureLineOptOut optOut,
    @JsonAttribute(name = "secureline") long secureline,
    @JsonAttribute(name = "sendmail_id") String sendmailId,
    @JsonAttribute(name = "size_bytes") long sizeBytes,
    @JsonAttribute(name = "spam") SpamFlag spam,
    @JsonAttribute(name = "template_id") long templateId,
    @JsonAttribute(name = "to") String to,
    @JsonAttribute(name = "used_tls") TlsUsed usedTls,
    @JsonAttribute(name = "user") String user,
    @JsonAttribute(name = "user_id") long userId) {}
