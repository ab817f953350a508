package dev.reportgen.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportException;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.RowCursor;
import dev.reportgen.runtime.RowError;
import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.SecureLineCode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The byte scanner one case at a time: each document is read with the scanner and on jackson's
 * general path, the two must agree (rows, lenient errors, the failure with its position), the value
 * must be the one the JSON text means, and the scanner's own counts say whether it decoded the row
 * or gave it to jackson. A scanner that gives up too often is slow but still right, so the counts
 * are what tells its fast path from jackson's; a scanner that accepts too much is wrong, which the
 * comparison tells.
 */
class ArrayRowScannerTest {
  private static final String HEADER =
      "[\"date_sent\",\"day\",\"status\",\"secureline\",\"size\",\"Opens\",\"spam_score\","
          + "\"ratio\",\"sender\",\"subject\"]";

  /** One usual row's values, in {@link #HEADER}'s order. */
  private static final String[] USUAL = {
    "\"2024-03-05 14:07:09\"",
    "\"2024-03-05\"",
    "\"Delivered\"",
    "1",
    "10",
    "null",
    "0.5",
    "null",
    "\"s@example.com\"",
    "\"hi\""
  };

  private static final int SECURELINE = 3;
  private static final int SIZE = 4;
  private static final int OPENS = 5;
  private static final int SPAM_SCORE = 6;
  private static final int RATIO = 7;
  private static final int SENDER = 8;

  /** A usual row with value {@code column} replaced by the JSON text {@code json}. */
  private static String row(int column, String json) {
    String[] values = USUAL.clone();
    values[column] = json;
    return "[" + String.join(",", values) + "]";
  }

  private static String usual() {
    return "[" + String.join(",", USUAL) + "]";
  }

  /** A document whose row list holds {@code rows} (JSON arrays) separated by {@code ",\n"}. */
  private static String doc(List<String> rows) {
    return "{\"success\":1,\"data\":{\"header\":"
        + HEADER
        + ",\n\"rows\":[\n"
        + String.join(",\n", rows)
        + "\n],\"total_matches\":"
        + rows.size()
        + "},\"comment\":\"ok\"}\n";
  }

  private static String doc(String... rows) {
    return doc(List.of(rows));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** What one read gave. */
  record Read(
      List<Delivery> rows, List<RowError> errors, String failure, long scanned, long giveUps) {
    /** What the reader gave, without the scanner's own counts. */
    List<Object> outcome() {
      return Arrays.asList(rows, errors, failure);
    }
  }

  private static Read read(Supplier<RowCursor<Delivery>> open) {
    List<Delivery> rows = new ArrayList<>();
    String failure = null;
    RowCursor<Delivery> cursor = open.get();
    try {
      while (cursor.hasNext()) {
        rows.add(cursor.next());
      }
    } catch (ReportParseException e) {
      failure = e.getMessage() + " | at " + e.line() + ":" + e.lineColumn() + " row " + e.row();
    } catch (ReportException e) {
      failure = e.getMessage();
    }
    Read read =
        new Read(
            rows,
            List.copyOf(cursor.errors()),
            failure,
            ScanPaths.scannedRows(cursor),
            ScanPaths.scanGiveUps(cursor));
    cursor.close();
    return read;
  }

  /** {@code json} read with the scanner, after checking the general path reads the same. */
  private static Read scanned(ReadOptions options, byte[] json) {
    Read general = read(() -> ScanPaths.open(Delivery.type(), options, json, false));
    Read fast = read(() -> ScanPaths.open(Delivery.type(), options, json, true));
    assertEquals(0, general.scanned());
    assertEquals(general.outcome(), fast.outcome(), () -> new String(json, StandardCharsets.UTF_8));
    return fast;
  }

  private static Read scanned(ReadOptions options, String json) {
    return scanned(options, utf8(json));
  }

  private static Read strict(String json) {
    return scanned(ReadOptions.strict(), json);
  }

  private static Read lenient(String json) {
    return scanned(ReadOptions.lenient(), json);
  }

  /**
   * A document of one row holding {@code json} in {@code column}, which must read in strict mode.
   */
  private static Delivery only(int column, String json) {
    Read read = strict(doc(usual(), row(column, json)));
    assertNull(read.failure(), json);
    assertEquals(2, read.scanned(), () -> json + " was given to jackson");
    assertEquals(0, read.giveUps());
    return read.rows().get(1);
  }

  /** {@code json} in {@code column} of the second of three rows: jackson read that row. */
  private static Read givenUp(ReadOptions options, int column, String json) {
    Read read = scanned(options, doc(usual(), row(column, json), usual()));
    assertEquals(1, read.giveUps(), () -> json + " was scanned");
    return read;
  }

  // ---- strings

  @Test
  void stringsWithEscapesAndUtf8AreDecodedByTheScanner() {
    assertEquals("plain", only(SENDER, "\"plain\"").sender());
    assertEquals(
        "q\"b\\s/b\bf\fn\nr\rt\té😀",
        only(SENDER, "\"q\\\"b\\\\s\\/b\\bf\\fn\\nr\\rt\\t\\u00e9\\ud83d\\ude00\"").sender());
    assertEquals("é€😀߿", only(SENDER, "\"é€😀߿\"").sender());
    // The first char of each UTF-8 length (U+0080, U+0800, U+10000) and the last (U+07FF, U+FFFF).
    assertEquals(
        "\u0080\u0800\ud800\udc00\u07ff\uffff",
        only(SENDER, "\"\u0080\u0800\ud800\udc00\u07ff\uffff\"").sender());
    // Hex digits at the ends of each range, in both cases.
    assertEquals("\u09af\uaf0f\uf0a9", only(SENDER, "\"\\u09aF\\uAf0f\\uF0A9\"").sender());
    assertEquals("\u0080\uffff\udbff\udfff", only(SENDER, "\"\u0080\uffff\udbff\udfff\"").sender());
    assertEquals("\u007f~ ", only(SENDER, "\"\u007f~ \"").sender());
    assertNull(only(9, "\"\"").subject(), "an empty nullable string is absent");
    assertEquals("", only(SENDER, "\"\"").sender());
  }

  @Test
  void aSpecialByteIsFoundAtEveryPlaceOfAnEightByteWord() {
    for (int before = 0; before < 20; before++) {
      String run = "abcdefghijklmnopqrstuvwxyz".substring(0, before);
      for (String special : List.of("\\\"", "\\\\", "é", "\\n", "\u007f")) {
        String expected =
            run + special.replace("\\\"", "\"").replace("\\\\", "\\").replace("\\n", "\n") + "xyz";
        assertEquals(expected, only(SENDER, "\"" + run + special + "xyz\"").sender(), run);
      }
    }
  }

  @Test
  void textThatJacksonRefusesFailsAsOnTheGeneralPath() {
    for (String bad :
        List.of("\"a\u0001b\"", "\"a\tb\"", "\"\\x\"", "\"\\u12g4\"", "\"\\u12\"", "\"a")) {
      Read read = givenUp(ReadOptions.strict(), SENDER, bad);
      assertNotNull(read.failure(), bad);
      assertEquals(1, read.scanned(), bad);
    }
  }

  @Test
  void invalidUtf8FailsAsOnTheGeneralPath() {
    byte[][] sequences = {
      {(byte) 0xC0, (byte) 0x80}, // overlong
      {(byte) 0xC1, (byte) 0xBF},
      {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, // overlong three-byte
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
      {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, // overlong four-byte
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
      {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      {(byte) 0xC3, (byte) 0x28}, // a continuation missing
      {(byte) 0xE2, (byte) 0x82, (byte) 0x28},
      {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x28},
      {(byte) 0x80}
    };
    String json = doc(usual(), row(SENDER, "\"ab@cd\""), usual());
    byte[] head = utf8(json.substring(0, json.indexOf('@')));
    byte[] tail = utf8(json.substring(json.indexOf('@') + 1));
    for (byte[] sequence : sequences) {
      Read read = scanned(ReadOptions.strict(), concat(head, sequence, tail));
      assertNotNull(read.failure(), Arrays.toString(sequence));
      assertTrue(read.rows().size() <= 1, Arrays.toString(sequence));
    }
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  @Test
  void theStringLimitCountsCharsAndTheScannerLeavesMultiByteTextNearItToJackson() {
    // The header's and the dates' strings are at most 19 chars.
    ReadOptions twenty = ReadOptions.strict().withMaxStringLength(20);
    // Forty bytes, twenty chars: within the limit, which jackson counts in chars.
    String twentyChars = "é".repeat(20);
    Read read = givenUp(twenty, SENDER, "\"" + twentyChars + "\"");
    assertNull(read.failure());
    assertEquals(twentyChars, read.rows().get(1).sender());
    // Twenty ASCII bytes are twenty chars: the scanner decides those itself.
    assertEquals("a".repeat(20), only(SENDER, "\"" + "a".repeat(20) + "\"").sender());
    Read ascii = scanned(twenty, doc(row(SENDER, "\"" + "a".repeat(20) + "\"")));
    assertEquals(1, ascii.scanned());
    Read over = scanned(twenty, doc(usual(), row(SENDER, "\"" + "a".repeat(21) + "\"")));
    assertNotNull(over.failure());
    assertEquals(1, over.scanned());
    assertEquals(1, over.giveUps());
  }

  // ---- literals

  @Test
  void trueFalseAndNullAreScanned() {
    assertEquals(1L, only(OPENS, "true").opens());
    assertEquals(0L, only(OPENS, "false").opens());
    assertNull(only(OPENS, "null").opens());
    assertEquals(1L, only(SIZE, "true").size());
  }

  @Test
  void aWordThatIsNotALiteralIsLeftToJackson() {
    for (String bad : List.of("tru", "trUe", "truex", "t", "fals", "falsy", "nul", "nulL", "nan")) {
      Read read = givenUp(ReadOptions.strict(), OPENS, bad);
      assertNotNull(read.failure(), bad);
    }
  }

  @Test
  void aLiteralCutByTheEndOfTheDocumentIsLeftToJackson() {
    for (String cut : List.of("t", "tr", "tru", "f", "fal", "fals", "n", "nu", "nul")) {
      Read read = strict(endingIn(OPENS, cut));
      assertNotNull(read.failure(), cut);
      assertEquals(1, read.scanned(), cut);
    }
  }

  // ---- integers

  @Test
  void integersUpToTheLongRangeAreScanned() {
    assertEquals(0L, only(SIZE, "0").size());
    assertEquals(-7L, only(SIZE, "-7").size());
    assertEquals(999_999_999_999_999_999L, only(SIZE, "999999999999999999").size());
    assertEquals(1_000_000_000_000_000_000L, only(SIZE, "1000000000000000000").size());
    assertEquals(Long.MAX_VALUE, only(SIZE, "9223372036854775807").size());
    assertEquals(-Long.MAX_VALUE, only(SIZE, "-9223372036854775807").size());
    assertEquals(Long.MIN_VALUE, only(SIZE, "-9223372036854775808").size());
  }

  @Test
  void integersBeyondTheLongRangeAreLeftToJacksonAndRefused() {
    for (String big :
        List.of(
            "9223372036854775808",
            "-9223372036854775809",
            "9999999999999999999",
            "18446744073709551616",
            "12345678901234567890")) {
      Read read = givenUp(ReadOptions.lenient(), SIZE, big);
      assertEquals(3, read.rows().size() + read.errors().size(), big);
      assertEquals(1, read.errors().size(), big);
      assertTrue(read.errors().get(0).toString().contains("64-bit"), read.errors().toString());
    }
  }

  @Test
  void aNineteenDigitSumIsTheValueOnlyWhenItDidNotWrap() {
    assertTrue(ArrayRowScanner.fitsLong(1, 5, false));
    assertTrue(ArrayRowScanner.fitsLong(18, 999_999_999_999_999_999L, true));
    assertTrue(ArrayRowScanner.fitsLong(18, -1, false), "eighteen digits never wrap");
    assertTrue(ArrayRowScanner.fitsLong(19, 0, false));
    assertTrue(ArrayRowScanner.fitsLong(19, Long.MAX_VALUE, false));
    assertTrue(ArrayRowScanner.fitsLong(19, Long.MAX_VALUE, true));
    assertFalse(ArrayRowScanner.fitsLong(19, -1, false));
    assertFalse(ArrayRowScanner.fitsLong(19, Long.MIN_VALUE, false));
    assertTrue(ArrayRowScanner.fitsLong(19, Long.MIN_VALUE, true));
    assertFalse(ArrayRowScanner.fitsLong(19, Long.MIN_VALUE + 1, true));
    assertFalse(ArrayRowScanner.fitsLong(20, 5, false));
    assertFalse(ArrayRowScanner.fitsLong(20, Long.MIN_VALUE, true));
  }

  @Test
  void anEnumCodeBeyondTheLongRangeIsUnknownWithItsRawText() {
    Read read = givenUp(ReadOptions.strict(), SECURELINE, "12345678901234567890");
    Delivery row = read.rows().get(1);
    assertEquals(SecureLineCode.UNKNOWN, row.secureline());
    assertEquals("12345678901234567890", row.extras().rawValues().get("secureline"));
    Delivery nineteen = only(SECURELINE, "1234567890123456789");
    assertEquals(SecureLineCode.UNKNOWN, nineteen.secureline());
    assertEquals("1234567890123456789", nineteen.extras().rawValues().get("secureline"));
    assertEquals(SecureLineCode.OPTED_OUT, only(SECURELINE, "-2").secureline());
  }

  @Test
  void malformedNumbersAreLeftToJacksonAndRefused() {
    for (String bad :
        List.of(
            "01", "-01", "00", "-", "--1", "1.", "1.e5", "1e", "1e+", "-a", ".5", "+1", "0x1",
            "1.5.5", "1e5e5")) {
      Read read = givenUp(ReadOptions.strict(), SIZE, bad);
      assertNotNull(read.failure(), bad);
      assertEquals(1, read.scanned(), bad);
    }
  }

  @Test
  void aNumberCutByTheEndOfTheDocumentIsLeftToJackson() {
    for (String cut : List.of("1", "-", "12", "1.", "1.5", "1e", "1e-", "1e5")) {
      Read read = strict(endingIn(SIZE, cut));
      assertNotNull(read.failure(), cut);
      assertEquals(1, read.scanned(), cut);
    }
  }

  /**
   * A document cut inside its second row, whose value {@code column} is the last thing in it:
   * {@code cut}, the values before it as in a usual row.
   */
  private static String endingIn(int column, String cut) {
    String json = doc(usual(), usual());
    String values = String.join(",", Arrays.copyOf(USUAL, column));
    return json.substring(0, json.lastIndexOf("[" + values)) + "[" + values + "," + cut;
  }

  // ---- fractions

  @Test
  void fractionsAreTheCorrectlyRoundedDouble() {
    for (String text :
        List.of(
            "0.1",
            "0.5",
            "1.25",
            "-2.5",
            "3.0",
            "1e0",
            "1E2",
            "1e+2",
            "25e-1",
            "1e22",
            "1e-22",
            "9e22",
            "123456789012345.6",
            "1234567890123456.7",
            "0.30000000000000004",
            "9007199254740993.0",
            "1.7976931348623157e308",
            "4.9e-324",
            "2.2250738585072014E-308",
            "1e23",
            "8.41e21",
            "0.000000000000000000000000001",
            "100000000000000000000000e-2",
            "123456789012345e-22",
            "1234567890123456e-22",
            "0.1e-21",
            "5e-1000",
            "1e-400",
            // Digits after the point shift the exponent: 1e-79 and 5e-6, whose written exponents
            // alone are in the fast path's range (and 80 digits plus an exponent character's
            // code would be too, were the exponent's digits misread).
            "0." + "0".repeat(79) + "1e1",
            "0." + "0".repeat(30) + "5e25",
            "0.0e5",
            "1.5E-3")) {
      double expected = Double.parseDouble(text);
      double read = only(SPAM_SCORE, text).spamScore();
      assertEquals(
          Double.doubleToLongBits(expected), Double.doubleToLongBits(read), text + " read " + read);
      if (!text.startsWith("-")) {
        assertEquals(-expected, only(SPAM_SCORE, "-" + text).spamScore(), "-" + text);
      }
    }
  }

  @Test
  void negativeZeroKeepsItsSignAsAFractionButNotAsAnInteger() {
    assertEquals(
        Double.doubleToLongBits(-0.0), Double.doubleToLongBits(only(RATIO, "-0.0").ratio()));
    assertEquals(
        Double.doubleToLongBits(-0.0), Double.doubleToLongBits(only(RATIO, "-0e0").ratio()));
    assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits(only(RATIO, "-0").ratio()));
    assertEquals(12.0, only(RATIO, "12").ratio());
    assertEquals((double) Long.MAX_VALUE, only(RATIO, "9223372036854775807").ratio());
  }

  @Test
  void aDoubleOutOfRangeIsReportedWhereJacksonFindsIt() {
    Read read = givenUp(ReadOptions.strict(), SPAM_SCORE, "1e400");
    assertNotNull(read.failure());
    assertTrue(read.failure().contains("out of the double range"), read.failure());
    // Row 1 is on line 4 ({"success"... and "rows":[ before it); its value starts after 6 others.
    String line = row(SPAM_SCORE, "1e400");
    int column = line.indexOf("1e400") + 1;
    assertTrue(read.failure().contains("at 4:" + column + " row 1"), read.failure());
  }

  @Test
  void theNumberLimitIsJacksonsWhichCountsDigitsOnly() {
    ReadOptions four = ReadOptions.strict().withMaxNumberLength(4);
    // Four digits and a sign: within jackson's limit; the scanner, counting chars, leaves it.
    Read signed = scanned(four, doc(row(SIZE, "-1234").replace("0.5", "1")));
    assertNull(signed.failure());
    assertEquals(-1234L, signed.rows().get(0).size());
    Read within = scanned(four, doc(row(SIZE, "1234").replace("0.5", "1")));
    assertEquals(1, within.scanned());
    Read over = scanned(four, doc(row(SIZE, "12345").replace("0.5", "1")));
    assertNotNull(over.failure());
    Read fraction = scanned(four, doc(row(SIZE, "1").replace("0.5", "1.25")));
    assertEquals(1.25, fraction.rows().get(0).spamScore());
    assertEquals(1, fraction.scanned());
    Read longFraction = scanned(four, doc(row(SIZE, "1").replace("0.5", "1.255")));
    assertEquals(0, longFraction.scanned());
  }

  // ---- rows, whitespace and lines

  @Test
  void whitespaceOfEveryKindBetweenTokensIsSkipped() {
    String spaced = "[ \t" + String.join(" ,\r\n\t", USUAL) + "\n ]";
    Read read = strict(doc(spaced, "\r\n" + usual(), "\r " + usual()));
    assertNull(read.failure());
    assertEquals(3, read.scanned());
    assertEquals(0, read.giveUps());
  }

  /**
   * The line and column of a bad value in the fourth row, after three rows laid out over lines
   * ended by {@code newline}: the scanner counted the lines it passed, and jackson reports from
   * there.
   */
  @Test
  void linesEndedByLfCrlfOrCrAreCountedAsJacksonCountsThem() {
    for (String newline : List.of("\n", "\r\n", "\r")) {
      String rows =
          String.join("," + newline, usual(), usual(), usual().replace(",", "," + newline + "  "));
      String json = doc(rows, row(SIZE, "\"x\""));
      Read read = strict(json);
      assertEquals(3, read.scanned(), newline);
      int rowLine = 3 + 2 + (USUAL.length - 1) + 1;
      String bad = row(SIZE, "\"x\"");
      assertTrue(
          read.failure().contains("at " + rowLine + ":" + (bad.indexOf("\"x\"") + 1) + " row 3"),
          read.failure());
    }
  }

  @Test
  void aRowOfAnotherWidthIsLeftToJackson() {
    String narrow = usual().replace(",\"hi\"]", "]");
    for (String odd : List.of(narrow, usual().replace("]", ",1]"), "[]")) {
      Read read = lenient(doc(usual(), odd, usual()));
      assertEquals(2, read.rows().size(), odd);
      assertEquals(1, read.errors().size(), odd);
      assertEquals(2, read.scanned(), odd);
      assertEquals(1, read.giveUps(), odd);
    }
    for (String malformed : List.of("[1,]", "[,1]", "[1 2]", "[1", "[1]]")) {
      Read read = lenient(doc(usual(), malformed, usual()));
      assertNotNull(read.failure(), malformed);
      assertEquals(1, read.scanned(), malformed);
    }
  }

  @Test
  void nestedValuesAndOtherTokensAreLeftToJackson() {
    for (String nested : List.of("[1]", "{}", "{\"a\":1}", "[[]]")) {
      Read read = givenUp(ReadOptions.lenient(), SIZE, nested);
      assertEquals(1, read.errors().size(), nested);
      assertEquals(2, read.rows().size(), nested);
      assertEquals(2, read.scanned(), nested);
    }
    for (String token : List.of("NaN", "Infinity", "'x'", "/*c*/1", "#")) {
      Read read = givenUp(ReadOptions.lenient(), SIZE, token);
      assertNotNull(read.failure(), token);
      assertEquals(1, read.scanned(), token);
    }
  }

  @Test
  void rowsNestedAsDeepAsTheLimitAllowsAreScanned() {
    // The rows are at depth 4: the document, "data", "rows", the row.
    Read fits = scanned(ReadOptions.strict().withMaxNestingDepth(4), doc(usual(), usual()));
    assertNull(fits.failure());
    assertEquals(2, fits.scanned());
    Read nested = scanned(ReadOptions.strict().withMaxNestingDepth(4), doc(row(SIZE, "[1]")));
    assertNotNull(nested.failure());
    assertEquals(1, nested.giveUps());
  }

  @Test
  void rowsDeeperThanTheLimitAreLeftToJacksonWhichRefusesThem() {
    // {"data":{"report":{... "rows":[[...]]}}}: the rows are at depth 5.
    String deeper = doc(usual()).replace("\"data\":{", "\"data\":{\"report\":{") + "}";
    deeper = deeper.substring(0, deeper.lastIndexOf('}', deeper.length() - 2)) + "}}";
    Read fits = scanned(ReadOptions.strict().withMaxNestingDepth(5), deeper);
    assertNull(fits.failure(), deeper);
    assertEquals(1, fits.scanned());
    Read refused = scanned(ReadOptions.strict().withMaxNestingDepth(4), deeper);
    assertNotNull(refused.failure());
    assertEquals(0, refused.scanned());
    assertEquals(0, refused.giveUps());
  }

  @Test
  void anEmptyListAndAListCutShortAreJacksons() {
    Read empty = strict(doc(List.of()));
    assertEquals(List.of(), empty.rows());
    assertNull(empty.failure());
    assertEquals(0, empty.giveUps(), "an empty list ends the scanner, it does not give up");
    String json = doc(usual(), usual());
    for (int cut = json.indexOf("[\n[") + 2; cut < json.length() - 20; cut++) {
      Read read = strict(json.substring(0, cut));
      assertNotNull(read.failure(), "cut at " + cut);
    }
  }

  // ---- taking over again

  @Test
  void oneUnusualRowCostsOnlyItself() {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      rows.add(i == 20 ? row(SIZE, "12345678901234567890") : usual());
    }
    Read read = lenient(doc(rows));
    assertEquals(39, read.scanned());
    assertEquals(1, read.giveUps());
    assertEquals(1, read.errors().size());
  }

  /**
   * Give-ups over {@code n} rows of which every one is unusual: at rows 0, 1, 3, 7, 15, 31, 63
   * (jackson reads 1, 2, 4, ... rows before the next try), then every {@link
   * ArrayRowScanner#MAX_WAIT} rows.
   */
  private static long giveUps(int n) {
    long count = 0;
    long wait = 1;
    for (long at = 0; at < n; at += wait) {
      count++;
      if (at > 0) {
        wait = Math.min(wait * 2, ArrayRowScanner.MAX_WAIT);
      }
    }
    return count;
  }

  @Test
  void unusualRowsCostOneAttemptPerDoublingWaitUpToItsBound() {
    for (int n : new int[] {1, 2, 3, 4, 8, 64, 130, 300}) {
      List<String> rows = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        rows.add(row(SECURELINE, "12345678901234567890"));
      }
      Read read = strict(doc(rows));
      assertEquals(n, read.rows().size());
      assertEquals(0, read.scanned(), "rows " + n);
      assertEquals(giveUps(n), read.giveUps(), "rows " + n);
    }
  }

  @Test
  void aScannedRowResetsTheWait() {
    String unusual = row(SECURELINE, "12345678901234567890");
    // Give-ups at rows 0 and 1 (then jackson reads 1 and 2), 3 and 4 are scanned, the give-up at 5
    // waits one row only, 6 and 7 are scanned.
    Read read = strict(doc(unusual, unusual, unusual, usual(), usual(), unusual, usual(), usual()));
    assertEquals(3, read.giveUps());
    assertEquals(4, read.scanned());
  }

  // ---- streams

  @Test
  void overAStreamRowsInsideTheBufferAreScannedAndRowsAcrossItsEdgeAreJacksons() {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      rows.add(row(SIZE, Integer.toString(i)));
    }
    byte[] json = utf8(doc(rows));
    Read general = read(() -> ScanPaths.open(Delivery.type(), ReadOptions.strict(), json, false));
    assertEquals(3000, general.rows().size());
    for (int chunk : new int[] {json.length, 4096, 1000, 61, 3}) {
      Read fast =
          read(
              () ->
                  ScanPaths.open(
                      Delivery.type(), ReadOptions.strict(), chunked(json, chunk), true));
      assertEquals(general.outcome(), fast.outcome(), "chunk " + chunk);
      assertTrue(fast.scanned() > 2000, "chunk " + chunk + " scanned " + fast.scanned());
      assertTrue(fast.giveUps() > 10, "chunk " + chunk + " give-ups " + fast.giveUps());
    }
    for (int i = 0; i < 3000; i++) {
      assertEquals(i, general.rows().get(i).size());
    }
  }

  /** A stream handing out at most {@code chunk} bytes a read. */
  private static InputStream chunked(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}
