package dev.reportgen.runtime.write;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Random values of each column type that survive the trip through both wire formats, biased towards
 * the cases writers and readers get wrong: text that needs JSON escapes and CSV quoting, non-ASCII
 * text (supplementary characters included), the ends of each value range.
 */
final class SyntheticValues {
  /** Fragments joined into strings; each is hostile to some layer (JSON, CSV, UTF-8). */
  private static final String[] FRAGMENTS = {
    "plain",
    "Quarterly report",
    "say \"hi\"",
    "a,b,c",
    "line\nbreak",
    "crlf\r\nline",
    "lone\rcr",
    "back\\slash",
    "tab\tstop",
    "ctrl\u0001\u001f\u007f",
    "nul\u0000byte",
    "caf\u00e9 \u00fc\u00df",
    "\u65e5\u672c\u8a9e",
    "emoji \ud83d\ude00",
    "math \ud835\udc00",
    "sep\u2028para\u2029",
    "\ufeffbom",
    "\"quoted, with\r\nall\"",
    " leading",
    "trailing ",
    "<b>&amp;</b>",
    "{\"json\":[1,2]}",
    "null",
    "0000-00-00",
    "=SUM(A1)",
    "#not-a-comment",
    "user@example.com"
  };

  /** Instants between 2000-01-01 and 2030-01-01, where real reports live. */
  private static final long RECENT_FROM = 946_684_800L;

  private static final long RECENT_TO = 1_893_456_000L;

  /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z. */
  private static final long EARLIEST = -62_135_596_800L;

  private static final long LATEST = 253_402_300_799L;

  private static final long[] EDGE_INTEGERS = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE};

  private static final double[] EDGE_FLOATS = {
    0.0,
    -0.0,
    0.1,
    1.0 / 3,
    1e-7,
    9.999999999999999e-8,
    1e21,
    9.999999999999999e20,
    Double.MIN_VALUE,
    Double.MIN_NORMAL,
    Double.MAX_VALUE,
    -Double.MAX_VALUE,
    123456789.125
  };

  private SyntheticValues() {}

  static long integer(SplittableRandom random) {
    return switch (random.nextInt(8)) {
      case 0 -> EDGE_INTEGERS[random.nextInt(EDGE_INTEGERS.length)];
      case 1 -> random.nextLong();
      case 2 -> -random.nextInt(1_000_000);
      default -> random.nextInt(100_000);
    };
  }

  static double floating(SplittableRandom random) {
    switch (random.nextInt(8)) {
      case 0:
        return EDGE_FLOATS[random.nextInt(EDGE_FLOATS.length)];
      case 1:
        double any;
        do {
          any = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(any));
        return any;
      case 2:
        return random.nextDouble();
      default:
        // Two decimals, like a score or a percentage.
        return random.nextInt(1_000_000) / 100.0;
    }
  }

  static Instant dateTime(SplittableRandom random) {
    long seconds =
        random.nextInt(8) == 0
            ? random.nextLong(EARLIEST, LATEST + 1)
            : random.nextLong(RECENT_FROM, RECENT_TO);
    return Instant.ofEpochSecond(seconds);
  }

  static LocalDate date(SplittableRandom random) {
    return LocalDate.ofEpochDay(Math.floorDiv(dateTime(random).getEpochSecond(), 86_400));
  }

  /** Non-empty text: one to three fragments, sometimes with a number. */
  static String text(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    int parts = 1 + random.nextInt(3);
    for (int i = 0; i < parts; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
    }
    if (random.nextBoolean()) {
      out.append(' ').append(random.nextInt(10_000));
    }
    return out.toString();
  }

  /** Text for a column, empty one time in {@code emptyOneIn} (never when 0). */
  static String text(SplittableRandom random, int emptyOneIn) {
    return emptyOneIn > 0 && random.nextInt(emptyOneIn) == 0 ? "" : text(random);
  }

  /** Candidate raw texts for an unknown enum value; callers drop those the lookup knows. */
  static String unknownEnumText(SplittableRandom random, String knownWireValue) {
    return switch (random.nextInt(6)) {
      case 0 -> "unlisted-" + random.nextInt(1000);
      case 1 -> Integer.toString(1000 + random.nextInt(9000));
      case 2 -> knownWireValue == null ? "x" : knownWireValue.toUpperCase(java.util.Locale.ROOT);
      case 3 -> knownWireValue == null ? "1.0" : knownWireValue + ".0";
      case 4 -> "\u00dcnknown \"value\", " + random.nextInt(100);
      default -> text(random);
    };
  }
}
