package dev.reportgen.benchmarks.competitors;

import java.time.Instant;

/**
 * What a performance-minded engineer writes by hand for {@code YYYY-MM-DD HH:MM:SS} (GMT): digit
 * arithmetic on the characters, no formatter, no intermediate String. Used by the hand-written
 * competitors (the ceiling), not by the "typical user" ones, which use {@code DateTimeFormatter}.
 * Validates the shape and ranges loosely; bad input throws.
 */
final class FastDateTime {
  private FastDateTime() {}

  static Instant parse(char[] c, int off, int len) {
    if (len != 19) {
      throw new IllegalArgumentException("not a DATETIME: " + new String(c, off, len));
    }
    int year = d(c[off]) * 1000 + d(c[off + 1]) * 100 + d(c[off + 2]) * 10 + d(c[off + 3]);
    int month = d(c[off + 5]) * 10 + d(c[off + 6]);
    int day = d(c[off + 8]) * 10 + d(c[off + 9]);
    int hour = d(c[off + 11]) * 10 + d(c[off + 12]);
    int minute = d(c[off + 14]) * 10 + d(c[off + 15]);
    int second = d(c[off + 17]) * 10 + d(c[off + 18]);
    return of(year, month, day, hour, minute, second);
  }

  static Instant parse(CharSequence c) {
    if (c.length() != 19) {
      throw new IllegalArgumentException("not a DATETIME: " + c);
    }
    int year = d(c.charAt(0)) * 1000 + d(c.charAt(1)) * 100 + d(c.charAt(2)) * 10 + d(c.charAt(3));
    int month = d(c.charAt(5)) * 10 + d(c.charAt(6));
    int day = d(c.charAt(8)) * 10 + d(c.charAt(9));
    int hour = d(c.charAt(11)) * 10 + d(c.charAt(12));
    int minute = d(c.charAt(14)) * 10 + d(c.charAt(15));
    int second = d(c.charAt(17)) * 10 + d(c.charAt(18));
    return of(year, month, day, hour, minute, second);
  }

  private static Instant of(int year, int month, int day, int hour, int minute, int second) {
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
      throw new IllegalArgumentException("DATETIME out of range");
    }
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    long epochDay = era * 146_097 + doe - 719_468;
    return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3600L + minute * 60L + second);
  }

  private static int d(char c) {
    int v = c - '0';
    if (v < 0 || v > 9) {
      throw new IllegalArgumentException("not a digit: " + c);
    }
    return v;
  }
}
