package dev.reportgen.benchmarks.competitors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportgen.luxsci.DeliveryStatus;
import dev.reportgen.luxsci.EmailDeliveryStatus;
import dev.reportgen.luxsci.HighVolume;
import dev.reportgen.luxsci.SecureLineCode;
import dev.reportgen.luxsci.SecureLineOptOut;
import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.luxsci.SpamFlag;
import dev.reportgen.luxsci.TlsDeliveryCode;
import dev.reportgen.luxsci.TlsUsed;
import dev.reportgen.luxsci.UnsubscribedFlag;
import dev.reportgen.runtime.RowExtras;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a user without reportgen writes for rows-as-arrays: {@code readTree} the body, find the
 * header, then map each row by hand ({@code asText}, {@code asLong}, {@code DateTimeFormatter}).
 */
public final class DatabindTreeParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private DatabindTreeParser() {}

  public static void sentEmails(byte[] json, Consumer<? super SentEmail> sink) throws IOException {
    JsonNode root = MAPPER.readTree(json);
    Map<String, Integer> at = header(root.get("header"));
    int dateSent = at.get("date_sent");
    int from = at.get("from");
    int fromIp = at.getOrDefault("from_ip", -1);
    int header1 = at.getOrDefault("header1", -1);
    int header1Value = at.getOrDefault("header1_value", -1);
    int header2 = at.getOrDefault("header2", -1);
    int header2Value = at.getOrDefault("header2_value", -1);
    int header3 = at.getOrDefault("header3", -1);
    int header3Value = at.getOrDefault("header3_value", -1);
    int highVolume = at.get("high_volume");
    int nRecipients = at.get("n_recipients");
    int notes = at.get("notes");
    int optOut = at.get("opt_out");
    int secureline = at.get("secureline");
    int sendmailId = at.get("sendmail_id");
    int sizeBytes = at.get("size_bytes");
    int spam = at.get("spam");
    int templateId = at.get("template_id");
    int to = at.get("to");
    int usedTls = at.getOrDefault("used_tls", -1);
    int user = at.get("user");
    int userId = at.get("user_id");
    for (JsonNode row : root.get("rows")) {
      JsonNode tls = row.get(usedTls);
      sink.accept(
          new SentEmail(
              instant(row.get(dateSent)),
              text(row.get(from)),
              text(row.get(fromIp)),
              text(row.get(header1)),
              text(row.get(header1Value)),
              text(row.get(header2)),
              text(row.get(header2Value)),
              text(row.get(header3)),
              text(row.get(header3Value)),
              HighVolume.fromCode(row.get(highVolume).asLong()),
              row.get(nRecipients).asLong(),
              text(row.get(notes)),
              SecureLineOptOut.fromCode(row.get(optOut).asLong()),
              row.get(secureline).asLong(),
              row.get(sendmailId).asText(),
              row.get(sizeBytes).asLong(),
              SpamFlag.fromCode(row.get(spam).asLong()),
              row.get(templateId).asLong(),
              row.get(to).asText(),
              tls == null || tls.isNull() ? null : TlsUsed.fromCode(tls.asLong()),
              row.get(user).asText(),
              row.get(userId).asLong(),
              RowExtras.empty()));
    }
  }

  public static void deliveryStatuses(byte[] json, Consumer<? super EmailDeliveryStatus> sink)
      throws IOException {
    JsonNode root = MAPPER.readTree(json);
    Map<String, Integer> at = header(root.get("header"));
    int dateSent = at.get("date_sent");
    int from = at.get("from");
    int fromIp = at.getOrDefault("from_ip", -1);
    int header1 = at.getOrDefault("header1", -1);
    int header1Value = at.getOrDefault("header1_value", -1);
    int header2 = at.getOrDefault("header2", -1);
    int header2Value = at.getOrDefault("header2_value", -1);
    int header3 = at.getOrDefault("header3", -1);
    int header3Value = at.getOrDefault("header3_value", -1);
    int lastUpdated = at.get("last_updated");
    int deliveryStatusUpdated = at.get("delivery_status_updated");
    int deliverySeconds = at.get("delivery_seconds");
    int nRecipients = at.get("n_recipients");
    int secureline = at.get("secureline");
    int sendmailId = at.get("sendmail_id");
    int sizeBytes = at.get("size_bytes");
    int smtpCode = at.get("smtp_code");
    int spam = at.get("spam");
    int opens = at.get("opens");
    int clicks = at.get("clicks");
    int unsubscribed = at.get("unsubscribed");
    int status = at.get("status");
    int details = at.get("details");
    int tlsDelivery = at.get("tls_delivery");
    int tlsInfo = at.get("tls_info");
    int to = at.get("to");
    int user = at.get("user");
    int userId = at.get("user_id");
    int templateId = at.get("template_id");
    for (JsonNode row : root.get("rows")) {
      sink.accept(
          new EmailDeliveryStatus(
              instant(row.get(dateSent)),
              text(row.get(from)),
              text(row.get(fromIp)),
              text(row.get(header1)),
              text(row.get(header1Value)),
              text(row.get(header2)),
              text(row.get(header2Value)),
              text(row.get(header3)),
              text(row.get(header3Value)),
              instant(row.get(lastUpdated)),
              instant(row.get(deliveryStatusUpdated)),
              number(row.get(deliverySeconds)),
              row.get(nRecipients).asLong(),
              SecureLineCode.fromCode(row.get(secureline).asLong()),
              row.get(sendmailId).asText(),
              row.get(sizeBytes).asLong(),
              number(row.get(smtpCode)),
              SpamFlag.fromCode(row.get(spam).asLong()),
              row.get(opens).asLong(),
              row.get(clicks).asLong(),
              UnsubscribedFlag.fromCode(row.get(unsubscribed).asLong()),
              DeliveryStatus.fromWire(row.get(status).asText()),
              text(row.get(details)),
              TlsDeliveryCode.fromCode(row.get(tlsDelivery).asLong()),
              text(row.get(tlsInfo)),
              row.get(to).asText(),
              row.get(user).asText(),
              row.get(userId).asLong(),
              row.get(templateId).asLong(),
              RowExtras.empty()));
    }
  }

  private static Map<String, Integer> header(JsonNode header) {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      at.put(header.get(i).asText(), i);
    }
    return at;
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    String text = node.asText();
    return text.isEmpty() ? null : text;
  }

  private static Long number(JsonNode node) {
    return node == null || node.isNull() ? null : node.asLong();
  }

  private static Instant instant(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return LocalDateTime.parse(node.asText(), DATETIME).toInstant(ZoneOffset.UTC);
  }
}
