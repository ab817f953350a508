package dev.reportgen.benchmarks.competitors;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * univocity-parsers' {@code CsvParser} ({@code parseNext()}, a {@code String[]} per record) plus
 * mapping by hand, line for line the mapping of {@link FastCsvHandMapping} (header looked up once,
 * {@code Long.parseLong}, the enums' {@code fromWire}, the hand-written datetime parser), so the
 * two differ only in the CSV parser. Its bean processor ({@code @Parsed} fields, setters) cannot
 * build records, so a user with records maps by hand too. Settings are univocity's defaults except
 * that values are not trimmed (the wire's spaces are data) and the record end is CRLF, as LuxSci
 * sends it; empty fields are null by default.
 */
public final class UnivocityHandMapping {
  private static final CsvParserSettings SETTINGS = settings();

  private UnivocityHandMapping() {}

  private static CsvParserSettings settings() {
    CsvParserSettings settings = new CsvParserSettings();
    settings.getFormat().setLineSeparator("\r\n");
    settings.setIgnoreLeadingWhitespaces(false);
    settings.setIgnoreTrailingWhitespaces(false);
    return settings;
  }

  private static CsvParser open(byte[] csv) {
    CsvParser parser = new CsvParser(SETTINGS);
    parser.beginParsing(new ByteArrayInputStream(csv), StandardCharsets.UTF_8);
    return parser;
  }

  public static void sentEmails(byte[] csv, Consumer<? super SentEmail> sink) {
    CsvParser parser = open(csv);
    try {
      Map<String, Integer> at = header(parser.parseNext());
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
      for (String[] r = parser.parseNext(); r != null; r = parser.parseNext()) {
        String tls = text(r, usedTls);
        sink.accept(
            new SentEmail(
                FastDateTime.parse(r[dateSent]),
                text(r, from),
                text(r, fromIp),
                text(r, header1),
                text(r, header1Value),
                text(r, header2),
                text(r, header2Value),
                text(r, header3),
                text(r, header3Value),
                HighVolume.fromWire(r[highVolume]),
                Long.parseLong(r[nRecipients]),
                text(r, notes),
                SecureLineOptOut.fromWire(r[optOut]),
                Long.parseLong(r[secureline]),
                r[sendmailId],
                Long.parseLong(r[sizeBytes]),
                SpamFlag.fromWire(r[spam]),
                Long.parseLong(r[templateId]),
                r[to],
                tls == null ? null : TlsUsed.fromWire(tls),
                r[user],
                Long.parseLong(r[userId]),
                RowExtras.empty()));
      }
    } finally {
      parser.stopParsing();
    }
  }

  public static void deliveryStatuses(byte[] csv, Consumer<? super EmailDeliveryStatus> sink) {
    CsvParser parser = open(csv);
    try {
      Map<String, Integer> at = header(parser.parseNext());
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
      for (String[] r = parser.parseNext(); r != null; r = parser.parseNext()) {
        sink.accept(
            new EmailDeliveryStatus(
                FastDateTime.parse(r[dateSent]),
                text(r, from),
                text(r, fromIp),
                text(r, header1),
                text(r, header1Value),
                text(r, header2),
                text(r, header2Value),
                text(r, header3),
                text(r, header3Value),
                instant(r, lastUpdated),
                instant(r, deliveryStatusUpdated),
                number(r, deliverySeconds),
                Long.parseLong(r[nRecipients]),
                SecureLineCode.fromWire(r[secureline]),
                r[sendmailId],
                Long.parseLong(r[sizeBytes]),
                number(r, smtpCode),
                SpamFlag.fromWire(r[spam]),
                Long.parseLong(r[opens]),
                Long.parseLong(r[clicks]),
                UnsubscribedFlag.fromWire(r[unsubscribed]),
                DeliveryStatus.fromWire(r[status]),
                text(r, details),
                TlsDeliveryCode.fromWire(r[tlsDelivery]),
                text(r, tlsInfo),
                r[to],
                r[user],
                Long.parseLong(r[userId]),
                Long.parseLong(r[templateId]),
                RowExtras.empty()));
      }
    } finally {
      parser.stopParsing();
    }
  }

  private static Map<String, Integer> header(String[] header) {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      at.put(header[i], i);
    }
    return at;
  }

  private static String text(String[] r, int i) {
    if (i < 0) {
      return null;
    }
    return r[i];
  }

  private static Long number(String[] r, int i) {
    String text = text(r, i);
    return text == null ? null : Long.parseLong(text);
  }

  private static Instant instant(String[] r, int i) {
    String text = text(r, i);
    return text == null ? null : FastDateTime.parse(text);
  }
}
