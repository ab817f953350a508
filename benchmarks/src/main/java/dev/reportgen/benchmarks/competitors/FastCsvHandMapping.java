package dev.reportgen.benchmarks.competitors;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
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
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * FastCSV's {@code CsvRecord} (a String per field) plus mapping by hand: header looked up once,
 * {@code Long.parseLong}, the enums' {@code fromWire}, the hand-written datetime parser.
 */
public final class FastCsvHandMapping {
  private FastCsvHandMapping() {}

  public static void sentEmails(byte[] csv, Consumer<? super SentEmail> sink) throws IOException {
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder().ofCsvRecord(new ByteArrayInputStream(csv))) {
      CloseableIterator<CsvRecord> records = reader.iterator();
      Map<String, Integer> at = header(records.next());
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
      while (records.hasNext()) {
        CsvRecord r = records.next();
        String tls = text(r, usedTls);
        sink.accept(
            new SentEmail(
                FastDateTime.parse(r.getField(dateSent)),
                text(r, from),
                text(r, fromIp),
                text(r, header1),
                text(r, header1Value),
                text(r, header2),
                text(r, header2Value),
                text(r, header3),
                text(r, header3Value),
                HighVolume.fromWire(r.getField(highVolume)),
                Long.parseLong(r.getField(nRecipients)),
                text(r, notes),
                SecureLineOptOut.fromWire(r.getField(optOut)),
                Long.parseLong(r.getField(secureline)),
                r.getField(sendmailId),
                Long.parseLong(r.getField(sizeBytes)),
                SpamFlag.fromWire(r.getField(spam)),
                Long.parseLong(r.getField(templateId)),
                r.getField(to),
                tls == null ? null : TlsUsed.fromWire(tls),
                r.getField(user),
                Long.parseLong(r.getField(userId)),
                RowExtras.empty()));
      }
    }
  }

  public static void deliveryStatuses(byte[] csv, Consumer<? super EmailDeliveryStatus> sink)
      throws IOException {
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder().ofCsvRecord(new ByteArrayInputStream(csv))) {
      CloseableIterator<CsvRecord> records = reader.iterator();
      Map<String, Integer> at = header(records.next());
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
      while (records.hasNext()) {
        CsvRecord r = records.next();
        sink.accept(
            new EmailDeliveryStatus(
                FastDateTime.parse(r.getField(dateSent)),
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
                Long.parseLong(r.getField(nRecipients)),
                SecureLineCode.fromWire(r.getField(secureline)),
                r.getField(sendmailId),
                Long.parseLong(r.getField(sizeBytes)),
                number(r, smtpCode),
                SpamFlag.fromWire(r.getField(spam)),
                Long.parseLong(r.getField(opens)),
                Long.parseLong(r.getField(clicks)),
                UnsubscribedFlag.fromWire(r.getField(unsubscribed)),
                DeliveryStatus.fromWire(r.getField(status)),
                text(r, details),
                TlsDeliveryCode.fromWire(r.getField(tlsDelivery)),
                text(r, tlsInfo),
                r.getField(to),
                r.getField(user),
                Long.parseLong(r.getField(userId)),
                Long.parseLong(r.getField(templateId)),
                RowExtras.empty()));
      }
    }
  }

  private static Map<String, Integer> header(CsvRecord header) {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < header.getFieldCount(); i++) {
      at.put(header.getField(i), i);
    }
    return at;
  }

  private static String text(CsvRecord r, int i) {
    if (i < 0) {
      return null;
    }
    String text = r.getField(i);
    return text.isEmpty() ? null : text;
  }

  private static Long number(CsvRecord r, int i) {
    String text = text(r, i);
    return text == null ? null : Long.parseLong(text);
  }

  private static Instant instant(CsvRecord r, int i) {
    String text = text(r, i);
    return text == null ? null : FastDateTime.parse(text);
  }
}
