package dev.reportgen.benchmarks.payloads;

import java.util.SplittableRandom;

/** The six optional header1..header3(_value) columns: often all null, else one to three set. */
final class TrackedHeaders {
  private static final String[] NAMES = {"x-campaign", "x-patient-ref", "x-mailer", "x-priority"};

  private TrackedHeaders() {}

  static String[] next(SplittableRandom r) {
    String[] h = new String[6];
    if (Words.oneIn(r, 3)) {
      return h;
    }
    int slots = r.nextInt(1, 4);
    for (int i = 0; i < slots; i++) {
      h[2 * i] = NAMES[r.nextInt(NAMES.length)];
      h[2 * i + 1] =
          Words.oneIn(r, 4) ? "ClinicCRM 4." + r.nextInt(10) : "PR-" + r.nextInt(100_000);
    }
    return h;
  }
}
