package dev.reportgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DATE and DATETIME as docs/runtime.md defines them, checked against {@code java.time}: years
 * 0001-9999, real Gregorian calendar dates, 00:00:00-23:59:59, the space or {@code T}, and MySQL's
 * zero date meaning absent.
 */
class DateTimeTextTest {
  private static final String NOT_A_DATETIME = "not a DATETIME (YYYY-MM-DD HH:MM:SS)";
  private static final String NOT_A_DATE = "not a date (YYYY-MM-DD)";
  private static final String OUT_OF_RANGE = "date out of range";

  private final DateTimeText dates = new DateTimeText();

  /** Parses {@code text} from the middle of a larger array, so offsets are honoured. */
  private long dateTime(String text) {
    char[] padded = ("1999-" + text + "-12-31 23:59:59").toCharArray();
    return dates.parseDateTime(padded, 5, text.length());
  }

  private void date(String text) {
    char[] padded = ("1999-" + text + "-12-31 23:59:59").toCharArray();
    dates.parseDate(padded, 5, text.length());
  }

  private void assertDateTime(LocalDateTime expected, String text) {
    long seconds = dateTime(text);
    assertNull(dates.problem(), text);
    assertFalse(dates.zero(), text);
    assertEquals(expected.toEpochSecond(ZoneOffset.UTC), seconds, text);
  }

  private void assertDateTimeProblem(String problem, String text) {
    assertEquals(0, dateTime(text), text);
    assertEquals(problem, dates.problem(), text);
    assertFalse(dates.zero(), text);
  }

  private void assertDate(LocalDate expected, String text) {
    date(text);
    assertNull(dates.problem(), text);
    assertFalse(dates.zero(), text);
    assertEquals(expected, LocalDate.of(dates.year(), dates.month(), dates.day()), text);
  }

  private void assertDateProblem(String problem, String text) {
    date(text);
    assertEquals(problem, dates.problem(), text);
    assertFalse(dates.zero(), text);
  }

  /** Every day of years around each leap-year rule and the range ends, as java.time has it. */
  @Test
  void everyDayOfTheInterestingYearsIsTheGregorianDay() {
    int[] years = {
      1, 2, 3, 4, 99, 100, 101, 399, 400, 401, 1600, 1899, 1900, 1969, 1970, 1971, 1999, 2000, 2001,
      2023, 2024, 2100, 2400, 9998, 9999
    };
    for (int year : years) {
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        String text = String.format("%04d-%02d-%02d", year, d.getMonthValue(), d.getDayOfMonth());
        assertDate(d, text);
        assertDateTime(d.atTime(12, 0), text + " 12:00:00");
        assertEquals(
            d.toEpochDay(),
            DateTimeText.epochDay(year, d.getMonthValue(), d.getDayOfMonth()),
            text);
      }
    }
  }

  @Test
  void februaryTheTwentyNinthOnlyInLeapYears() {
    for (String leap : new String[] {"2000", "2400", "2024", "1600", "0004", "0400"}) {
      assertDate(LocalDate.parse(leap + "-02-29"), leap + "-02-29");
      assertDateProblem(OUT_OF_RANGE, leap + "-02-30");
    }
    for (String common : new String[] {"1900", "2100", "2023", "2001", "0001", "0100", "9999"}) {
      assertDateProblem(OUT_OF_RANGE, common + "-02-29");
      assertDateTimeProblem(OUT_OF_RANGE, common + "-02-29 00:00:00");
      assertDate(LocalDate.parse(common + "-02-28"), common + "-02-28");
    }
  }

  @Test
  void monthsAndDaysAtTheirLimits() {
    int[] lengths = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int month = 1; month <= 12; month++) {
      String ym = String.format("2023-%02d-", month);
      assertDate(LocalDate.of(2023, month, 1), ym + "01");
      assertDate(LocalDate.of(2023, month, lengths[month - 1]), ym + lengths[month - 1]);
      assertDateProblem(OUT_OF_RANGE, ym + (lengths[month - 1] + 1));
      assertDateProblem(OUT_OF_RANGE, ym + "00");
      assertDateProblem(OUT_OF_RANGE, ym + "32");
    }
    assertDateProblem(OUT_OF_RANGE, "2023-00-01");
    assertDateProblem(OUT_OF_RANGE, "2023-13-01");
    assertDateProblem(OUT_OF_RANGE, "2023-99-01");
    assertDateProblem(OUT_OF_RANGE, "2023-01-99");
  }

  @Test
  void yearsOneToNineThousandNineHundredNinetyNine() {
    assertDate(LocalDate.of(1, 1, 1), "0001-01-01");
    assertDate(LocalDate.of(9999, 12, 31), "9999-12-31");
    assertDateTime(LocalDateTime.of(1, 1, 1, 0, 0, 0), "0001-01-01 00:00:00");
    assertDateTime(LocalDateTime.of(9999, 12, 31, 23, 59, 59), "9999-12-31 23:59:59");
    assertDateProblem(OUT_OF_RANGE, "0000-01-01");
    assertDateTimeProblem(OUT_OF_RANGE, "0000-12-31 23:59:59");
  }

  @Test
  void everySecondOfTheDayAndNotOnePast() {
    LocalDateTime midnight = LocalDateTime.of(2024, 3, 1, 0, 0, 0);
    for (int hour = 0; hour < 24; hour++) {
      assertDateTime(midnight.withHour(hour), String.format("2024-03-01 %02d:00:00", hour));
    }
    for (int minute = 0; minute < 60; minute++) {
      assertDateTime(midnight.withMinute(minute), String.format("2024-03-01 00:%02d:00", minute));
      assertDateTime(midnight.withSecond(minute), String.format("2024-03-01 00:00:%02d", minute));
    }
    assertDateTime(LocalDateTime.of(1970, 1, 1, 0, 0, 0), "1970-01-01 00:00:00");
    assertDateTime(LocalDateTime.of(1969, 12, 31, 23, 59, 59), "1969-12-31 23:59:59");
    String outOfRange = "time of day out of range";
    assertDateTimeProblem(outOfRange, "2024-03-01 24:00:00");
    assertDateTimeProblem(outOfRange, "2024-03-01 00:60:00");
    assertDateTimeProblem(outOfRange, "2024-03-01 00:00:60");
    assertDateTimeProblem(outOfRange, "2024-03-01 23:59:60");
    assertDateTimeProblem(outOfRange, "2024-03-01 99:99:99");
  }

  @Test
  void aTOrASpaceBetweenDateAndTime() {
    LocalDateTime expected = LocalDateTime.of(2024, 1, 2, 3, 4, 5);
    assertDateTime(expected, "2024-01-02 03:04:05");
    assertDateTime(expected, "2024-01-02T03:04:05");
    assertDateTimeProblem(NOT_A_DATETIME, "2024-01-02t03:04:05");
    assertDateTimeProblem(NOT_A_DATETIME, "2024-01-02_03:04:05");
    assertDateTimeProblem(NOT_A_DATETIME, "2024-01-02 03-04-05");
    assertDateTimeProblem(NOT_A_DATETIME, "2024-01-02 03:04-05");
    assertDateTimeProblem(NOT_A_DATETIME, "2024-01-02 03-04:05");
  }

  /** A non-digit, just below '0' or just above '9', at each digit position is refused. */
  @Test
  void everyDigitPositionTakesDigitsOnly() {
    String dateTime = "2024-01-02 03:04:05";
    for (int at : new int[] {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
      for (char bad : new char[] {'/', ':', 'a', ' '}) {
        char[] text = dateTime.toCharArray();
        text[at] = bad;
        String problem = at < 10 ? NOT_A_DATE : NOT_A_DATETIME;
        assertDateTimeProblem(problem, new String(text));
        if (at < 10) {
          assertDateProblem(NOT_A_DATE, new String(text, 0, 10));
        }
      }
    }
    assertDateProblem(NOT_A_DATE, "2024/01/02");
    assertDateProblem(NOT_A_DATE, "2024-01/02");
    assertDateProblem(NOT_A_DATE, "2024/01-02");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2024-01-02",
        "2024-01-02 03:04",
        "2024-01-02 03:04:5",
        "2024-01-02 03:04:056",
        "2024-01-02 03:04:05Z",
        "2024-01-02 03:04:05.0",
        "1704164645"
      })
  void otherShapesAreNotADateTime(String text) {
    assertDateTimeProblem(NOT_A_DATETIME, text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2024-01-0",
        "2024-01-023",
        "2024-01-02 03:04:05",
        "20240102",
        "2024-1-2",
        "0000-00-00 00:00:01",
        "0000-00-00X00:00:00",
        "0000-00-00 00:00:0x"
      })
  void otherShapesAreNotADate(String text) {
    assertDateProblem("not a DATE (YYYY-MM-DD)", text);
  }

  @Test
  void theZeroDateIsAbsent() {
    for (String zero : new String[] {"0000-00-00", "0000-00-00 00:00:00", "0000-00-00T00:00:00"}) {
      assertEquals(0, dateTime(zero), zero);
      assertTrue(dates.zero(), zero);
      assertNull(dates.problem(), zero);
      date(zero);
      assertTrue(dates.zero(), zero);
      assertNull(dates.problem(), zero);
    }
  }

  @Test
  void theZeroDateWithATimeOfDayIsAnError() {
    for (String text :
        new String[] {
          "0000-00-00 00:00:01", "0000-00-00 00:01:00", "0000-00-00 01:00:00", "0000-00-00T23:59:59"
        }) {
      assertDateTimeProblem("zero date with a time of day", text);
    }
    // A malformed time after the zero date: the problem is what callers check first.
    for (String text :
        new String[] {
          "0000-00-00 00:00:0x", "0000-00-00 00.00.00", "0000-00-00 00:00.00", "0000-00-00_00:00:00"
        }) {
      assertEquals(0, dateTime(text), text);
      assertEquals(NOT_A_DATETIME, dates.problem(), text);
    }
  }

  @Test
  void aDateWithOnlySomeFieldsZeroIsNoZeroDate() {
    assertDateProblem(OUT_OF_RANGE, "0000-00-01");
    assertDateProblem(OUT_OF_RANGE, "0000-01-00");
    assertDateProblem(OUT_OF_RANGE, "2024-00-00");
    assertDateTimeProblem(OUT_OF_RANGE, "0000-00-01 00:00:00");
    assertDateTimeProblem(OUT_OF_RANGE, "0000-01-00 00:00:00");
    assertDateTimeProblem(NOT_A_DATETIME, "0000-00-01");
    assertDateTimeProblem(NOT_A_DATETIME, "0000-01-00");
    assertDateTimeProblem(NOT_A_DATETIME, "0000-00-0a");
    for (int at = 0; at < 10; at++) {
      if (at == 4 || at == 7) {
        continue;
      }
      char[] text = "0000-00-00".toCharArray();
      text[at] = '1';
      assertDateTimeProblem(NOT_A_DATETIME, new String(text));
    }
    for (int at = 11; at < 19; at++) {
      char[] text = "0000-00-00 00:00:00".toCharArray();
      text[at] = at == 13 || at == 16 ? '0' : ':';
      assertDateProblem("not a DATE (YYYY-MM-DD)", new String(text));
    }
  }

  @Test
  void eachParseStartsAfresh() {
    date("0000-00-00");
    assertTrue(dates.zero());
    assertDate(LocalDate.of(2024, 5, 6), "2024-05-06");
    assertDateProblem(OUT_OF_RANGE, "2024-05-32");
    assertDate(LocalDate.of(2024, 5, 7), "2024-05-07");
    assertEquals(0, dateTime("0000-00-00"));
    assertTrue(dates.zero());
    assertDateTime(LocalDateTime.of(2024, 5, 6, 7, 8, 9), "2024-05-06 07:08:09");
    assertDateTimeProblem(NOT_A_DATETIME, "x");
    assertDateTime(LocalDateTime.of(2024, 5, 6, 7, 8, 9), "2024-05-06 07:08:09");
  }
}
