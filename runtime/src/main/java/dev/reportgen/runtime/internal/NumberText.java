package dev.reportgen.runtime.internal;

import java.math.BigDecimal;

/**
 * Parses numbers straight from a char range, without creating a String on the common path and
 * without throwing for bad input: a failed parse returns a dummy value and sets {@link #problem()}.
 * One instance per cell; not thread-safe.
 *
 * <p>Grammar accepted (stricter than {@link Double#parseDouble}, which would take {@code 1d},
 * {@code 0x1p3}, {@code NaN} or surrounding blanks): {@code [+-]? (digits [. digits*]? | . digits)
 * ([eE] [+-]? digits)?}.
 */
final class NumberText {
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };
  private static final long MAX_EXACT_MANTISSA = 1L << 53;

  private final int maxLength;
  private String problem;

  NumberText(int maxLength) {
    this.maxLength = maxLength;
  }

  /** Why the last parse failed, or null when it succeeded. */
  String problem() {
    return problem;
  }

  /**
   * A whole number: plain digits, or a decimal whose value is integral ({@code 5.0}, {@code 5e2}).
   * Out of the 64-bit range and non-integral values are problems.
   */
  long parseLong(char[] c, int off, int len) {
    problem = null;
    if (len > maxLength) {
      return fail("number longer than " + maxLength + " chars");
    }
    int i = off;
    int end = off + len;
    boolean negative = false;
    if (i < end && (c[i] == '-' || c[i] == '+')) {
      negative = c[i] == '-';
      i++;
    }
    if (i == end) {
      return fail("not a number");
    }
    // Accumulate negatively so Long.MIN_VALUE fits, as Long.parseLong does.
    long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
    long multMin = limit / 10;
    long result = 0;
    while (i < end) {
      int d = c[i] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      if (result < multMin) {
        return overflowOrNotNumber(c, off, len);
      }
      result *= 10;
      if (result < limit + d) {
        return overflowOrNotNumber(c, off, len);
      }
      result -= d;
      i++;
    }
    if (i == end) { // only digits, at least one (an empty range failed above)
      return negative ? result : -result;
    }
    // Decimal point or exponent: rare, so the exact slow path is fine.
    return parseIntegralDecimal(c, off, len);
  }

  private long overflowOrNotNumber(char[] c, int off, int len) {
    if (!isNumber(c, off, len)) {
      return fail("not a number");
    }
    return parseIntegralDecimal(c, off, len);
  }

  private long parseIntegralDecimal(char[] c, int off, int len) {
    if (!isNumber(c, off, len)) {
      return fail("not a number");
    }
    try {
      // Zero in any form (0.000, 0e7) strips to BigDecimal.ZERO, scale 0: no special case.
      BigDecimal value = new BigDecimal(c, off, len).stripTrailingZeros();
      if (value.scale() > 0) {
        return fail("not a whole number");
      }
      // longValueExact refuses more than 19 integer digits before computing any (1e999999999
      // fails at once).
      return value.longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      // Exponent beyond int range or value beyond long: both mean it does not fit.
      return fail("integer out of the 64-bit range");
    }
  }

  /** A floating-point number; infinite results are problems. */
  double parseDouble(char[] c, int off, int len) {
    problem = null;
    if (len > maxLength) {
      return failDouble("number longer than " + maxLength + " chars");
    }
    if (!isNumber(c, off, len)) {
      return failDouble("not a number");
    }
    double fast = fastPath(c, off, len);
    if (!Double.isNaN(fast)) {
      return fast;
    }
    // Grammar already checked, so Double.parseDouble cannot see suffixes, hex or blanks.
    double value = Double.parseDouble(new String(c, off, len));
    if (Double.isInfinite(value)) {
      return failDouble("number out of the double range");
    }
    return value;
  }

  /**
   * Exact when the decimal mantissa fits 53 bits and the power of ten is at most 22: both are exact
   * doubles and one IEEE division or multiplication rounds correctly. NaN means "use the slow
   * path".
   */
  private static double fastPath(char[] c, int off, int len) {
    int i = off;
    int end = off + len;
    boolean negative = false;
    if (c[i] == '-' || c[i] == '+') {
      negative = c[i] == '-';
      i++;
    }
    long mantissa = 0;
    int scale = 0;
    boolean fraction = false;
    for (; i < end; i++) {
      char ch = c[i];
      if (ch == '.') {
        fraction = true;
      } else if (ch >= '0' && ch <= '9') {
        // Checked at every digit, so the mantissa never gets near overflowing a long.
        mantissa = mantissa * 10 + (ch - '0');
        if (mantissa > MAX_EXACT_MANTISSA) {
          return Double.NaN;
        }
        if (fraction) {
          scale++;
        }
      } else {
        return Double.NaN; // exponent: slow path
      }
    }
    if (scale > 22) {
      return Double.NaN;
    }
    double value = scale == 0 ? (double) mantissa : mantissa / POWERS_OF_TEN[scale];
    return negative ? -value : value;
  }

  /** Whether the range is a number in the grammar of this class. */
  static boolean isNumber(char[] c, int off, int len) {
    int i = off;
    int end = off + len;
    if (i < end && (c[i] == '-' || c[i] == '+')) {
      i++;
    }
    int intEnd = skipDigits(c, i, end);
    boolean intDigits = intEnd > i;
    i = intEnd;
    boolean fracDigits = false;
    if (i < end && c[i] == '.') {
      int fracEnd = skipDigits(c, i + 1, end);
      fracDigits = fracEnd > i + 1;
      i = fracEnd;
    }
    if (!intDigits && !fracDigits) {
      return false;
    }
    if (i < end && (c[i] == 'e' || c[i] == 'E')) {
      i++;
      if (i < end && (c[i] == '-' || c[i] == '+')) {
        i++;
      }
      int expEnd = skipDigits(c, i, end);
      if (expEnd == i) {
        return false;
      }
      i = expEnd;
    }
    return i == end;
  }

  /** The index of the first non-digit in {@code c[i, end)}, or {@code end}. */
  private static int skipDigits(char[] c, int i, int end) {
    while (i < end && c[i] >= '0' && c[i] <= '9') {
      i++;
    }
    return i;
  }

  private long fail(String why) {
    problem = why;
    return 0;
  }

  private double failDouble(String why) {
    problem = why;
    return 0;
  }
}
