package dev.reportgen.runtime.internal;

import java.math.BigDecimal;

/**
 * Parses numbers straight from a char range, without creating a String on the common path and
 * without throwing for bad input: a failed parse returns 0 and sets {@link #problem()}. One
 * instance per cell; not thread-safe.
 *
 * <p>Grammar accepted (stricter than {@link Double#parseDouble}, which would take {@code 1d},
 * {@code 0x1p3}, {@code NaN} or surrounding blanks): {@code [+-]? (digits [. digits*]? | . digits)
 * ([eE] [+-]? digits)?}.
 *
 * <p>Each path decides on its own what it can decide, so that no check exists only to hand a text
 * on to a slower path that would give the same answer: plain digits are an integer or out of range
 * without {@link BigDecimal}; anything else after the digits but a point or an exponent is not a
 * number; one scan (isNumber) both checks the grammar and gathers what the exact double fast path
 * needs.
 */
final class NumberText {
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };
  private static final long MAX_EXACT_MANTISSA = 1L << 53;
  private static final String NOT_A_NUMBER = "not a number";
  private static final String OUT_OF_RANGE = "integer out of the 64-bit range";

  private final int maxLength;
  private String problem;

  // What the last isNumber() found: the sign, the decimal digits without their point (as a long
  // while
  // they stay within MAX_EXACT_MANTISSA, then left as they were), how many of them follow the
  // point, and whether an exponent follows.
  private boolean negative;
  private long mantissa;
  private int scale;
  private boolean exponent;

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
      problem = "number longer than " + maxLength + " chars";
      return 0;
    }
    int i = off;
    int end = off + len;
    boolean minus = false;
    if (i < end && (c[i] == '-' || c[i] == '+')) {
      minus = c[i] == '-';
      i++;
    }
    int digitsStart = i;
    // Accumulate negatively so Long.MIN_VALUE fits, as Long.parseLong does.
    long limit = minus ? Long.MIN_VALUE : -Long.MAX_VALUE;
    long multMin = limit / 10;
    long result = 0;
    for (; i < end; i++) {
      int d = c[i] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      if (result < multMin) {
        return beyondTheRange(c, i, off, len);
      }
      result *= 10;
      if (result < limit + d) {
        return beyondTheRange(c, i, off, len);
      }
      result -= d;
    }
    if (i == end) {
      if (i == digitsStart) {
        problem = NOT_A_NUMBER; // empty, or a sign alone
        return 0;
      }
      return minus ? result : -result;
    }
    return afterTheDigits(c, i, off, len);
  }

  /**
   * The digits up to {@code c[i]} already leave the 64-bit range: out of range when only digits
   * follow, else what follows them decides ({@code 92233720368547758070e-1} is in range).
   */
  private long beyondTheRange(char[] c, int i, int off, int len) {
    int digitsEnd = skipDigits(c, i, off + len);
    if (digitsEnd == off + len) {
      problem = OUT_OF_RANGE;
      return 0;
    }
    return afterTheDigits(c, digitsEnd, off, len);
  }

  /**
   * {@code c[i]} is the first char after the leading digits: a point or an exponent makes the text
   * a decimal, which may still be a whole number; anything else is not a number.
   */
  private long afterTheDigits(char[] c, int i, int off, int len) {
    char next = c[i];
    if (next == '.' || next == 'e' || next == 'E') {
      // Rare in integer columns, so the exact BigDecimal path is fine.
      return integralDecimal(c, off, len);
    }
    problem = NOT_A_NUMBER;
    return 0;
  }

  private long integralDecimal(char[] c, int off, int len) {
    if (!isNumber(c, off, len)) {
      problem = NOT_A_NUMBER;
      return 0;
    }
    try {
      // Zero in any form (0.000, 0e7) strips to BigDecimal.ZERO, scale 0: no special case.
      BigDecimal value = new BigDecimal(c, off, len).stripTrailingZeros();
      if (value.scale() > 0) {
        problem = "not a whole number";
        return 0;
      }
      // longValueExact refuses more than 19 integer digits before computing any (1e999999999
      // fails at once).
      return value.longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      // Exponent beyond int range or value beyond long: both mean it does not fit.
      problem = OUT_OF_RANGE;
      return 0;
    }
  }

  /**
   * A floating-point number; infinite results are problems.
   *
   * <p>Without an exponent, a decimal mantissa of at most 53 bits and at most 22 digits after the
   * point are both exact doubles, and one IEEE division rounds correctly: that is the fast path.
   * Anything else goes to the JDK's correctly rounded {@link Double#parseDouble}.
   */
  double parseDouble(char[] c, int off, int len) {
    problem = null;
    if (len > maxLength) {
      problem = "number longer than " + maxLength + " chars";
      return 0;
    }
    if (!isNumber(c, off, len)) {
      problem = NOT_A_NUMBER;
      return 0;
    }
    if (!exponent && mantissa <= MAX_EXACT_MANTISSA && scale <= 22) {
      double value = mantissa / POWERS_OF_TEN[scale];
      return negative ? -value : value;
    }
    // Grammar already checked, so Double.parseDouble cannot see suffixes, hex or blanks.
    double value = Double.parseDouble(new String(c, off, len));
    if (Double.isInfinite(value)) {
      problem = "number out of the double range";
      return 0;
    }
    return value;
  }

  /**
   * Whether the range is a number in the grammar of this class; if so, {@link #negative}, {@link
   * #mantissa}, {@link #scale} and {@link #exponent} describe it.
   */
  boolean isNumber(char[] c, int off, int len) {
    int i = off;
    int end = off + len;
    negative = false;
    if (i < end && (c[i] == '-' || c[i] == '+')) {
      negative = c[i] == '-';
      i++;
    }
    mantissa = 0;
    int intEnd = mantissaDigits(c, i, end);
    boolean intDigits = intEnd > i;
    i = intEnd;
    boolean fracDigits = false;
    scale = 0;
    if (i < end && c[i] == '.') {
      int fracEnd = mantissaDigits(c, i + 1, end);
      scale = fracEnd - (i + 1);
      fracDigits = scale > 0;
      i = fracEnd;
    }
    if (!intDigits && !fracDigits) {
      return false;
    }
    exponent = i < end && (c[i] == 'e' || c[i] == 'E');
    if (exponent) {
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

  /**
   * Skips the digits from {@code i} like {@link #skipDigits}, appending them to {@link #mantissa}
   * until it passes {@link #MAX_EXACT_MANTISSA} (it then stays above it: no overflow, no fast
   * path).
   */
  private int mantissaDigits(char[] c, int i, int end) {
    for (; i < end; i++) {
      int d = c[i] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      if (mantissa <= MAX_EXACT_MANTISSA) {
        mantissa = mantissa * 10 + d;
      }
    }
    return i;
  }

  /** The index of the first non-digit in {@code c[i, end)}, or {@code end}. */
  private static int skipDigits(char[] c, int i, int end) {
    while (i < end && c[i] >= '0' && c[i] <= '9') {
      i++;
    }
    return i;
  }
}
