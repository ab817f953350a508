package dev.reportgen.benchmarks.payloads;

import static dev.reportgen.benchmarks.payloads.Words.oneIn;

import dev.reportgen.luxsci.HighVolume;
import dev.reportgen.luxsci.SecureLineOptOut;
import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.luxsci.SentEmailParser;
import dev.reportgen.luxsci.SpamFlag;
import dev.reportgen.luxsci.TlsUsed;
import dev.reportgen.runtime.RowExtras;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic Sent Email rows: strings (some needing JSON escapes or CSV quotes, some
 * non-ASCII), integers, datetimes, integer-coded enums and nulls in the nullable columns.
 */
public final class SentEmailPayloads {
  public static final long SEED = 0x5E_17_E3A1L;
  public static final PayloadWriter<SentEmail> WRITER =
      new PayloadWriter<>(SentEmailParser.INSTANCE);

  private SentEmailPayloads() {}

  public static List<SentEmail> rows(int count) {
    SplittableRandom r = new SplittableRandom(SEED);
    List<SentEmail> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(row(r));
    }
    return rows;
  }

  public static SentEmail row(SplittableRandom r) {
    String from = Words.address(r);
    String[] headers = TrackedHeaders.next(r);
    long recipients = oneIn(r, 20) ? r.nextInt(2, 500) : r.nextInt(1, 4);
    return new SentEmail(
        Words.instant(r),
        // A bounce or an empty envelope sender: `from` may be absent (issue 12).
        oneIn(r, 50) ? null : from,
        oneIn(r, 10) ? null : oneIn(r, 8) ? "MobileSync" : Words.ip(r),
        headers[0],
        headers[1],
        headers[2],
        headers[3],
        headers[4],
        headers[5],
        oneIn(r, 10) ? HighVolume.HIGH_VOLUME : HighVolume.NOT_HIGH_VOLUME,
        recipients,
        oneIn(r, 20) ? "resent by support, ticket \"#" + r.nextInt(10_000) + "\"" : null,
        Words.pick(
            r,
            new SecureLineOptOut[] {
              SecureLineOptOut.NOT_OPTED_OUT, SecureLineOptOut.NOT_OPTED_OUT,
              SecureLineOptOut.NOT_RECORDED, SecureLineOptOut.OPTED_OUT
            }),
        r.nextLong(recipients + 1),
        Words.sendmailId(r),
        oneIn(r, 50) ? r.nextLong(1_000_000, 25_000_000) : r.nextLong(400, 200_000),
        oneIn(r, 50) ? SpamFlag.REPORTED : SpamFlag.NOT_REPORTED,
        oneIn(r, 4) ? r.nextInt(1, 500) : 0,
        Words.recipients(r, recipients),
        oneIn(r, 10) ? null : oneIn(r, 5) ? TlsUsed.NOT_USED : TlsUsed.USED,
        oneIn(r, 3) ? Words.address(r) : from,
        51_000 + r.nextInt(500),
        RowExtras.empty());
  }
}
