package dev.reportgen.benchmarks.competitors;

import static dev.reportgen.benchmarks.competitors.Json.dateTime;
import static dev.reportgen.benchmarks.competitors.Json.dateTimeOrNull;
import static dev.reportgen.benchmarks.competitors.Json.int64;
import static dev.reportgen.benchmarks.competitors.Json.int64OrNull;
import static dev.reportgen.benchmarks.competitors.Json.string;
import static dev.reportgen.benchmarks.competitors.Json.stringOrNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.reportgen.luxsci.DeliveryStatus;
import dev.reportgen.luxsci.EmailDeliveryStatus;
import dev.reportgen.luxsci.SecureLineCode;
import dev.reportgen.luxsci.SpamFlag;
import dev.reportgen.luxsci.TlsDeliveryCode;
import dev.reportgen.luxsci.UnsubscribedFlag;
import dev.reportgen.runtime.RowExtras;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The ceiling on jackson-core for Email Delivery Status rows-as-arrays; see {@link
 * HandWrittenSentEmailParser} for what it does and leaves out. The text enum {@code status} is
 * looked up with {@code DeliveryStatus.fromWire(p.getText())}, one String per row.
 */
public final class HandWrittenEmailDeliveryStatusParser {
  private static final List<String> KEYWORDS =
      List.of(
          "date_sent",
          "from",
          "from_ip",
          "header1",
          "header1_value",
          "header2",
          "header2_value",
          "header3",
          "header3_value",
          "last_updated",
          "delivery_status_updated",
          "delivery_seconds",
          "n_recipients",
          "secureline",
          "sendmail_id",
          "size_bytes",
          "smtp_code",
          "spam",
          "opens",
          "clicks",
          "unsubscribed",
          "status",
          "details",
          "tls_delivery",
          "tls_info",
          "to",
          "user",
          "user_id",
          "template_id");

  private HandWrittenEmailDeliveryStatusParser() {}

  public static void parse(byte[] json, Consumer<? super EmailDeliveryStatus> sink)
      throws IOException {
    try (JsonParser p = Json.FACTORY.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("expected an object");
      }
      int[] columns = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken value = p.nextToken();
        if (key.equals("header") && value == JsonToken.START_ARRAY) {
          columns = Json.header(p, KEYWORDS);
        } else if (key.equals("rows") && value == JsonToken.START_ARRAY) {
          if (columns == null) {
            throw new IOException("rows before the header");
          }
          rows(p, columns, sink);
        } else {
          p.skipChildren();
        }
      }
    }
  }

  private static void rows(JsonParser p, int[] columns, Consumer<? super EmailDeliveryStatus> sink)
      throws IOException {
    while (p.nextToken() == JsonToken.START_ARRAY) {
      Instant dateSent = null;
      String from = null;
      String fromIp = null;
      String header1 = null;
      String header1Value = null;
      String header2 = null;
      String header2Value = null;
      String header3 = null;
      String header3Value = null;
      Instant lastUpdated = null;
      Instant deliveryStatusUpdated = null;
      Long deliverySeconds = null;
      long nRecipients = 0;
      SecureLineCode secureline = null;
      String sendmailId = null;
      long sizeBytes = 0;
      Long smtpCode = null;
      SpamFlag spam = null;
      long opens = 0;
      long clicks = 0;
      UnsubscribedFlag unsubscribed = null;
      DeliveryStatus status = null;
      String details = null;
      TlsDeliveryCode tlsDelivery = null;
      String tlsInfo = null;
      String to = null;
      String user = null;
      long userId = 0;
      long templateId = 0;
      int i = 0;
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        switch (columns[i++]) {
          case 0 -> dateSent = dateTime(p, t);
          case 1 -> from = stringOrNull(p, t);
          case 2 -> fromIp = stringOrNull(p, t);
          case 3 -> header1 = stringOrNull(p, t);
          case 4 -> header1Value = stringOrNull(p, t);
          case 5 -> header2 = stringOrNull(p, t);
          case 6 -> header2Value = stringOrNull(p, t);
          case 7 -> header3 = stringOrNull(p, t);
          case 8 -> header3Value = stringOrNull(p, t);
          case 9 -> lastUpdated = dateTimeOrNull(p, t);
          case 10 -> deliveryStatusUpdated = dateTimeOrNull(p, t);
          case 11 -> deliverySeconds = int64OrNull(p, t);
          case 12 -> nRecipients = int64(p, t);
          case 13 -> secureline = SecureLineCode.fromCode(int64(p, t));
          case 14 -> sendmailId = string(p, t);
          case 15 -> sizeBytes = int64(p, t);
          case 16 -> smtpCode = int64OrNull(p, t);
          case 17 -> spam = SpamFlag.fromCode(int64(p, t));
          case 18 -> opens = int64(p, t);
          case 19 -> clicks = int64(p, t);
          case 20 -> unsubscribed = UnsubscribedFlag.fromCode(int64(p, t));
          case 21 -> status = DeliveryStatus.fromWire(string(p, t));
          case 22 -> details = stringOrNull(p, t);
          case 23 -> tlsDelivery = TlsDeliveryCode.fromCode(int64(p, t));
          case 24 -> tlsInfo = stringOrNull(p, t);
          case 25 -> to = string(p, t);
          case 26 -> user = string(p, t);
          case 27 -> userId = int64(p, t);
          case 28 -> templateId = int64(p, t);
          default -> p.skipChildren();
        }
      }
      sink.accept(
          new EmailDeliveryStatus(
              dateSent,
              from,
              fromIp,
              header1,
              header1Value,
              header2,
              header2Value,
              header3,
              header3Value,
              lastUpdated,
              deliveryStatusUpdated,
              deliverySeconds,
              nRecipients,
              secureline,
              sendmailId,
              sizeBytes,
              smtpCode,
              spam,
              opens,
              clicks,
              unsubscribed,
              status,
              details,
              tlsDelivery,
              tlsInfo,
              to,
              user,
              userId,
              templateId,
              RowExtras.empty()));
    }
  }
}
