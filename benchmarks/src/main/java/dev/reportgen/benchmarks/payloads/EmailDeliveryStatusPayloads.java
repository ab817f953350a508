package dev.reportgen.benchmarks.payloads;

import static dev.reportgen.benchmarks.payloads.Words.oneIn;

import dev.reportgen.luxsci.DeliveryStatus;
import dev.reportgen.luxsci.EmailDeliveryStatus;
import dev.reportgen.luxsci.EmailDeliveryStatusParser;
import dev.reportgen.luxsci.SecureLineCode;
import dev.reportgen.luxsci.SpamFlag;
import dev.reportgen.luxsci.TlsDeliveryCode;
import dev.reportgen.luxsci.UnsubscribedFlag;
import dev.reportgen.runtime.RowExtras;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic Email Delivery Status rows (29 columns): three datetimes (one nullable),
 * nullable integers, integer-coded enums and the text enum {@code status}, SMTP replies that need
 * JSON escapes and CSV quotes.
 */
public final class EmailDeliveryStatusPayloads {
  public static final long SEED = 0xDE_11_7E57L;
  public static final PayloadWriter<EmailDeliveryStatus> WRITER =
      new PayloadWriter<>(EmailDeliveryStatusParser.INSTANCE);

  private static final SecureLineCode[] SECURELINE = {
    SecureLineCode.NOT_USED, SecureLineCode.NOT_USED, SecureLineCode.NOT_USED, SecureLineCode.TLS,
    SecureLineCode.TLS, SecureLineCode.PGP, SecureLineCode.SMIME, SecureLineCode.ESCROW,
    SecureLineCode.OPTED_OUT, SecureLineCode.NOT_RECORDED
  };
  private static final String[] TLS_INFO = {
    "TLSv1.3 TLS_AES_256_GCM_SHA384 256/256", "TLSv1.2 ECDHE-RSA-AES128-GCM-SHA256 128/128"
  };

  private EmailDeliveryStatusPayloads() {}

  public static List<EmailDeliveryStatus> rows(int count) {
    SplittableRandom r = new SplittableRandom(SEED);
    List<EmailDeliveryStatus> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(row(r));
    }
    return rows;
  }

  public static EmailDeliveryStatus row(SplittableRandom r) {
    Instant sent = Words.instant(r);
    String from = Words.address(r);
    String[] headers = TrackedHeaders.next(r);
    DeliveryStatus status = status(r);
    boolean queued =
        status == DeliveryStatus.IN_QUEUE || status == DeliveryStatus.NO_DATA_AVAILABLE;
    boolean delivered = status == DeliveryStatus.DELIVERED;
    Long seconds = queued ? null : (Long) r.nextLong(1, 7_200);
    Instant statusUpdated = queued ? null : sent.plusSeconds(seconds);
    Instant lastUpdated =
        statusUpdated == null ? sent : statusUpdated.plusSeconds(r.nextLong(0, 86_400));
    boolean tls = delivered && !oneIn(r, 5);
    long opens = oneIn(r, 4) ? -1 : oneIn(r, 2) ? 0 : r.nextInt(1, 20);
    return new EmailDeliveryStatus(
        sent,
        // A bounce or an empty envelope sender: `from` may be absent (issue 12).
        oneIn(r, 50) ? null : from,
        oneIn(r, 10) ? null : oneIn(r, 8) ? "MobileSync" : Words.ip(r),
        headers[0],
        headers[1],
        headers[2],
        headers[3],
        headers[4],
        headers[5],
        // Never updated: the zero date, read as absent (issue 12).
        oneIn(r, 25) ? null : lastUpdated,
        statusUpdated,
        seconds,
        r.nextInt(1, 4),
        Words.pick(r, SECURELINE),
        Words.sendmailId(r),
        r.nextLong(400, 200_000),
        queued ? null : (Long) (long) (delivered ? 250 : oneIn(r, 2) ? 550 : 421),
        oneIn(r, 50) ? SpamFlag.REPORTED : SpamFlag.NOT_REPORTED,
        opens,
        opens < 0 ? -1 : r.nextInt(0, 3),
        oneIn(r, 100) ? UnsubscribedFlag.UNSUBSCRIBED : UnsubscribedFlag.NOT_UNSUBSCRIBED,
        status,
        details(r, status),
        delivered
            ? (tls ? TlsDeliveryCode.TLS_USED : TlsDeliveryCode.TLS_NOT_USED)
            : TlsDeliveryCode.UNDETERMINED,
        tls ? TLS_INFO[r.nextInt(TLS_INFO.length)] : null,
        Words.address(r),
        oneIn(r, 3) ? Words.address(r) : from,
        51_000 + r.nextInt(500),
        oneIn(r, 4) ? r.nextInt(1, 500) : 0,
        RowExtras.empty());
  }

  private static DeliveryStatus status(SplittableRandom r) {
    int n = r.nextInt(100);
    if (n < 80) {
      return DeliveryStatus.DELIVERED;
    }
    if (n < 88) {
      return DeliveryStatus.IN_QUEUE;
    }
    if (n < 93) {
      return DeliveryStatus.FAILED;
    }
    if (n < 96) {
      return DeliveryStatus.SOFT_BOUNCE;
    }
    if (n < 98) {
      return DeliveryStatus.POST_DELIVERY_HARD_FAIL;
    }
    return DeliveryStatus.NO_DATA_AVAILABLE;
  }

  private static String details(SplittableRandom r, DeliveryStatus status) {
    switch (status) {
      case DELIVERED:
        return "250 2.0.0 Ok: queued as " + Words.chars(r, 10);
      case IN_QUEUE:
        return oneIn(r, 2)
            ? null
            : "connect to mx.example.net[198.51.100."
                + r.nextInt(255)
                + "]:25: Connection timed out; will retry";
      case FAILED:
      case POST_DELIVERY_HARD_FAIL:
        return "host mx.example.org said: \"550 5.1.1 <"
            + Words.address(r)
            + ">: Recipient address rejected: User unknown\"";
      case SOFT_BOUNCE:
        return "452 4.2.2 Mailbox full, try again later";
      default:
        return null;
    }
  }
}
