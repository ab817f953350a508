package dev.reportgen.runtime.internal;

/**
 * Parses {@code YYYY-MM-DD HH:MM:SS} and {@code YYYY-MM-DD} (GMT) straight from a char range by
 * arithmetic: no regex, no {@code DateTimeFormatter}, no String. A failed parse sets {@link
 * #problem()}; the zero date sets {@link #zero()}. One instance per cell; not thread-safe.
 *
 * <p>Accepted: the space or a {@code T} between date and time; years 0001-9999. The zero date
 * {@code 0000-00-00} and {@code 0000-00-00 00:00:00} (MySQL's "no date") mean absent.
 */
final class DateTimeText {
  private static final int DATE_LENGTH = 10;
  private static final int DATE_TIME_LENGTH = 19;
  private static final long SECONDS_PER_DAY = 86_400L;

  private String problem;
  private boolean zero;
  private int year;
  private int month;
  private int day;

  /** Why the last parse failed, or null. */
  String problem() {
    return problem;
  }

  /** Whether the last parse met the zero date (absent). */
  boolean zero() {
    return zero;
  }

  int year() {
    return year;
  }

  int month() {
    return month;
  }

  int day() {
    return day;
  }

  /** Seconds since the epoch for a DATETIME; check {@link #problem()} and {@link #zero()}. */
  long parseDateTime(char[] c, int off, int len) {
    problem = null;
    zero = false;
    if (len == DATE_LENGTH && isZeroDate(c, off)) {
      zero = true;
      return 0;
    }
    if (len != DATE_TIME_LENGTH || (c[off + 10] != ' ' && c[off + 10] != 'T')) {
      fail("not a DATETIME (YYYY-MM-DD HH:MM:SS)");
      return 0;
    }
    if (!readDate(c, off)) {
      return 0;
    }
    int hour = twoDigits(c, off + 11);
    int minute = twoDigits(c, off + 14);
    int second = twoDigits(c, off + 17);
    if (c[off + 13] != ':' || c[off + 16] != ':' || hour < 0 || minute < 0 || second < 0) {
      fail("not a DATETIME (YYYY-MM-DD HH:MM:SS)");
      return 0;
    }
    if (zero) {
      if (hour == 0 && minute == 0 && second == 0) {
        return 0;
      }
      zero = false;
      fail("zero date with a time of day");
      return 0;
    }
    if (hour > 23 || minute > 59 || second > 59) {
      fail("time of day out of range");
      return 0;
    }
    return epochDay(year, month, day) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
  }

  /** Parses a DATE into {@link #year()}, {@link #month()}, {@link #day()}. */
  void parseDate(char[] c, int off, int len) {
    problem = null;
    zero = false;
    if (len != DATE_LENGTH) {
      if (len == DATE_TIME_LENGTH && isZeroDate(c, off) && isZeroTime(c, off + 10)) {
        zero = true;
        return;
      }
      fail("not a DATE (YYYY-MM-DD)");
      return;
    }
    readDate(c, off);
  }

  private boolean readDate(char[] c, int off) {
    int y1 = twoDigits(c, off);
    int y2 = twoDigits(c, off + 2);
    int m = twoDigits(c, off + 5);
    int d = twoDigits(c, off + 8);
    if (y1 < 0 || y2 < 0 || m < 0 || d < 0 || c[off + 4] != '-' || c[off + 7] != '-') {
      fail("not a date (YYYY-MM-DD)");
      return false;
    }
    year = y1 * 100 + y2;
    month = m;
    day = d;
    if (year == 0 && month == 0 && day == 0) {
      zero = true;
      return true;
    }
    if (year == 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
      fail("date out of range");
      return false;
    }
    return true;
  }

  private static boolean isZeroDate(char[] c, int off) {
    return c[off] == '0'
        && c[off + 1] == '0'
        && c[off + 2] == '0'
        && c[off + 3] == '0'
        && c[off + 4] == '-'
        && c[off + 5] == '0'
        && c[off + 6] == '0'
        && c[off + 7] == '-'
        && c[off + 8] == '0'
        && c[off + 9] == '0';
  }

  private static boolean isZeroTime(char[] c, int off) {
    return (c[off] == ' ' || c[off] == 'T')
        && c[off + 1] == '0'
        && c[off + 2] == '0'
        && c[off + 3] == ':'
        && c[off + 4] == '0'
        && c[off + 5] == '0'
        && c[off + 6] == ':'
        && c[off + 7] == '0'
        && c[off + 8] == '0';
  }

  private static int twoDigits(char[] c, int at) {
    int a = c[at] - '0';
    int b = c[at + 1] - '0';
    if (a < 0 || a > 9 || b < 0 || b > 9) {
      return -1;
    }
    return a * 10 + b;
  }

  private static int monthLength(int year, int month) {
    switch (month) {
      case 2:
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
  static long epochDay(int y, int m, int d) {
    long yy = m <= 2 ? y - 1 : y;
    long era = Math.floorDiv(yy, 400);
    long yoe = yy - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  private void fail(String why) {
    problem = why;
  }
}
