package dev.reportgen.runtime.write;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Typed values as the reader expects them on the wire. Every method either returns text that the
 * runtime's reader decodes back to exactly the value given, or throws {@link
 * IllegalArgumentException} saying why the value has no wire form.
 */
public final class WireText {
  private static final long SECONDS_PER_DAY = 86_400;

  /**
   * Plain notation for decimal exponents in [-7, 21), as ECMAScript's Number#toString does (from
   * 1e-7 to below 1e21); an exponent outside, where the plain form runs to hundreds of digits.
   */
  private static final int PLAIN_MIN_EXPONENT = -7;

  private static final int PLAIN_MAX_EXPONENT = 21;

  private WireText() {}

  /** {@code YYYY-MM-DD HH:MM:SS} in GMT; whole seconds and years 0001-9999 only. */
  public static String dateTime(Instant value) {
    if (value.getNano() != 0) {
      throw new IllegalArgumentException(
          value + " has a fraction of a second; the wire format has whole seconds");
    }
    long seconds = value.getEpochSecond();
    long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    LocalDate date = dateInRange(day, value);
    char[] out = new char[19];
    putDate(out, date);
    out[10] = ' ';
    put2(out, 11, secondOfDay / 3600);
    out[13] = ':';
    put2(out, 14, secondOfDay / 60 % 60);
    out[16] = ':';
    put2(out, 17, secondOfDay % 60);
    return new String(out);
  }

  /** {@code YYYY-MM-DD}; years 0001-9999 only. */
  public static String date(LocalDate value) {
    if (value.getYear() < 1 || value.getYear() > 9999) {
      throw outOfRange(value);
    }
    char[] out = new char[10];
    putDate(out, value);
    return new String(out);
  }

  /**
   * A decimal that parses back to exactly {@code value} ({@link Double#toString}'s digits), in
   * plain notation for magnitudes from 1e-7 to below 1e21 (always with a fraction, so it stays a
   * JSON float token: {@code 5.0}, {@code 0.1}, {@code 123456.789}), else with an exponent ({@code
   * 1e-8}, {@code 1.5e300}) because the plain form would run to hundreds of digits. {@code -0.0}
   * keeps its sign.
   */
  public static String floating(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(value + " has no JSON or CSV wire form");
    }
    if (value == 0) {
      return Double.doubleToRawLongBits(value) < 0 ? "-0.0" : "0.0";
    }
    // Double.toString's digits are ones that parse back to exactly this double. It writes
    // magnitudes in [1e-3, 1e7) plainly, with a fraction; everything else as d.dddE[-]n.
    String text = Double.toString(value);
    int e = text.indexOf('E');
    if (e < 0) {
      return text;
    }
    boolean negative = value < 0;
    int exponent = Integer.parseInt(text, e + 1, text.length(), 10);
    StringBuilder digits = new StringBuilder(20);
    digits.append(text, negative ? 1 : 0, e);
    digits.deleteCharAt(1); // the point after the first digit
    while (digits.length() > 1 && digits.charAt(digits.length() - 1) == '0') {
      digits.setLength(digits.length() - 1);
    }
    StringBuilder out = new StringBuilder(32);
    if (negative) {
      out.append('-');
    }
    if (exponent >= PLAIN_MIN_EXPONENT && exponent < PLAIN_MAX_EXPONENT) {
      appendPlain(out, digits, exponent);
    } else {
      out.append(digits.charAt(0));
      if (digits.length() > 1) {
        out.append('.').append(digits, 1, digits.length());
      }
      out.append('e').append(exponent);
    }
    return out.toString();
  }

  /** {@code digits} times ten to {@code exponent - digits.length() + 1}, without an exponent. */
  private static void appendPlain(StringBuilder out, CharSequence digits, int exponent) {
    int count = digits.length();
    if (exponent < 0) {
      out.append("0.");
      for (int i = -1; i > exponent; i--) {
        out.append('0');
      }
      out.append(digits);
      return;
    }
    int whole = exponent + 1;
    if (count <= whole) {
      out.append(digits);
      for (int i = count; i < whole; i++) {
        out.append('0');
      }
      out.append(".0");
    } else {
      out.append(digits, 0, whole).append('.').append(digits, whole, count);
    }
  }

  /**
   * Whether {@code text} is an integer in canonical JSON form ({@code -?(0|[1-9][0-9]*)}, at most
   * 18 digits), so that writing it as a JSON number reads back as the same text.
   */
  public static boolean isCanonicalInteger(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    int digits = text.length() - start;
    if (digits < 1 || digits > 18) {
      return false;
    }
    if (text.charAt(start) == '0') {
      return digits == 1 && start == 0;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Fails on a lone surrogate: UTF-8 cannot encode one, and an encoder would silently write {@code
   * ?} instead.
   */
  public static void checkEncodable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          throw new IllegalArgumentException(
              String.format(
                  "lone surrogate U+%04X at index %d cannot be encoded in UTF-8", (int) c, i));
        }
      }
    }
  }

  private static LocalDate dateInRange(long epochDay, Instant value) {
    // 0001-01-01 and 9999-12-31 as epoch days.
    if (epochDay < -719_162 || epochDay > 2_932_896) {
      throw outOfRange(value);
    }
    return LocalDate.ofEpochDay(epochDay);
  }

  private static IllegalArgumentException outOfRange(Object value) {
    return new IllegalArgumentException(
        value + " is outside the years 0001-9999 that the wire format can carry");
  }

  private static void putDate(char[] out, LocalDate date) {
    int year = date.getYear();
    put2(out, 0, year / 100);
    put2(out, 2, year % 100);
    out[4] = '-';
    put2(out, 5, date.getMonthValue());
    out[7] = '-';
    put2(out, 8, date.getDayOfMonth());
  }

  private static void put2(char[] out, int at, int value) {
    out[at] = (char) ('0' + value / 10);
    out[at + 1] = (char) ('0' + value % 10);
  }
}
