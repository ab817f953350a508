package dev.reportgen.benchmarks.competitors;

import static dev.reportgen.benchmarks.competitors.Json.dateTime;
import static dev.reportgen.benchmarks.competitors.Json.int64;
import static dev.reportgen.benchmarks.competitors.Json.string;
import static dev.reportgen.benchmarks.competitors.Json.stringOrNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.reportgen.luxsci.HighVolume;
import dev.reportgen.luxsci.SecureLineOptOut;
import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.luxsci.SpamFlag;
import dev.reportgen.luxsci.TlsUsed;
import dev.reportgen.runtime.RowExtras;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The ceiling on jackson-core: Sent Email rows-as-arrays decoded by hand, the way a
 * performance-minded engineer writes it for one known report. One pass over the tokens; the header
 * is mapped to column numbers once; each value decoded straight from the token (numbers from
 * jackson's number parsing, datetimes from the token's chars); the record is built from locals.
 * What it leaves out and the generated parser does not: error positions, lenient mode, extras,
 * envelope variants (it expects the header before the rows), the "" = absent rule on numbers.
 */
public final class HandWrittenSentEmailParser {
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
          "high_volume",
          "n_recipients",
          "notes",
          "opt_out",
          "secureline",
          "sendmail_id",
          "size_bytes",
          "spam",
          "template_id",
          "to",
          "used_tls",
          "user",
          "user_id");

  private HandWrittenSentEmailParser() {}

  public static void parse(byte[] json, Consumer<? super SentEmail> sink) throws IOException {
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

  private static void rows(JsonParser p, int[] columns, Consumer<? super SentEmail> sink)
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
      HighVolume highVolume = null;
      long nRecipients = 0;
      String notes = null;
      SecureLineOptOut optOut = null;
      long secureline = 0;
      String sendmailId = null;
      long sizeBytes = 0;
      SpamFlag spam = null;
      long templateId = 0;
      String to = null;
      TlsUsed usedTls = null;
      String user = null;
      long userId = 0;
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
          case 9 -> highVolume = HighVolume.fromCode(int64(p, t));
          case 10 -> nRecipients = int64(p, t);
          case 11 -> notes = stringOrNull(p, t);
          case 12 -> optOut = SecureLineOptOut.fromCode(int64(p, t));
          case 13 -> secureline = int64(p, t);
          case 14 -> sendmailId = string(p, t);
          case 15 -> sizeBytes = int64(p, t);
          case 16 -> spam = SpamFlag.fromCode(int64(p, t));
          case 17 -> templateId = int64(p, t);
          case 18 -> to = string(p, t);
          case 19 -> usedTls = t == JsonToken.VALUE_NULL ? null : TlsUsed.fromCode(int64(p, t));
          case 20 -> user = string(p, t);
          case 21 -> userId = int64(p, t);
          default -> p.skipChildren();
        }
      }
      sink.accept(
          new SentEmail(
              dateSent,
              from,
              fromIp,
              header1,
              header1Value,
              header2,
              header2Value,
              header3,
              header3Value,
              highVolume,
              nRecipients,
              notes,
              optOut,
              secureline,
              sendmailId,
              sizeBytes,
              spam,
              templateId,
              to,
              usedTls,
              user,
              userId,
              RowExtras.empty()));
    }
  }
}
