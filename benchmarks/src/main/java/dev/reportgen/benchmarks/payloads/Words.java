package dev.reportgen.benchmarks.payloads;

import java.time.Instant;
import java.util.SplittableRandom;

/** Seeded building blocks for synthetic report values: addresses, ids, timestamps. */
final class Words {
  private static final String[] NAMES = {
    "jane.doe",
    "john.smith",
    "alerts",
    "newsletter",
    "billing",
    "dr.ng",
    "front.desk",
    "support",
    "maria.garcia",
    "wei.zhang",
    "noreply",
    "lab.results",
    "appointments",
    "zoë.müller"
  };
  private static final String[] DOMAINS = {
    "example-clinic.com", "example.org", "example.net", "mail.example.com", "hospital.example"
  };
  private static final String ALPHANUMERIC =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  /** 2024-01-01T00:00:00Z. */
  private static final long BASE = 1_704_067_200L;

  private static final long YEAR = 366L * 86_400L;

  private Words() {}

  static String address(SplittableRandom r) {
    return NAMES[r.nextInt(NAMES.length)]
        + (r.nextInt(3) == 0 ? "" : Integer.toString(r.nextInt(1000)))
        + "@"
        + DOMAINS[r.nextInt(DOMAINS.length)];
  }

  /** One to three addresses, comma separated (so CSV needs quotes), for {@code n} recipients. */
  static String recipients(SplittableRandom r, long n) {
    StringBuilder out = new StringBuilder(address(r));
    for (int i = 1; i < Math.min(n, 3); i++) {
      out.append(", ").append(address(r));
    }
    return out.toString();
  }

  /** Like {@code 1s7XkV-000AbC-9q}. */
  static String sendmailId(SplittableRandom r) {
    return chars(r, 6) + "-000" + chars(r, 3) + "-" + chars(r, 2);
  }

  static String chars(SplittableRandom r, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = ALPHANUMERIC.charAt(r.nextInt(ALPHANUMERIC.length()));
    }
    return new String(c);
  }

  static String ip(SplittableRandom r) {
    return "192.0.2." + r.nextInt(1, 255);
  }

  static Instant instant(SplittableRandom r) {
    return Instant.ofEpochSecond(BASE + r.nextLong(YEAR));
  }

  static <E> E pick(SplittableRandom r, E[] values) {
    return values[r.nextInt(values.length)];
  }

  /** True one time in {@code n}. */
  static boolean oneIn(SplittableRandom r, int n) {
    return r.nextInt(n) == 0;
  }
}
