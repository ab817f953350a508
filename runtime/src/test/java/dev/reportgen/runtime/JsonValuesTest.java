package dev.reportgen.runtime;

import static dev.reportgen.runtime.Fixtures.EXPECTED1;
import static dev.reportgen.runtime.Fixtures.HEADER;
import static dev.reportgen.runtime.Fixtures.utf8;
import static dev.reportgen.runtime.Fixtures.withExtras;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.DeliveryStatus;
import dev.reportgen.runtime.fixture.SecureLineCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonValuesTest {
  private static final ReportReader<Delivery> READER = ReportReader.of(Delivery.type());

  /** One object row: the good row 1 with {@code key} replaced by {@code json} (or removed). */
  private static Delivery rowWith(String key, String json) {
    return READER.readJson(utf8("{\"success\":1,\"data\":[" + objWith(key, json) + "]}")).single();
  }

  private static String objWith(String key, String json) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("date_sent", "\"2024-03-05 14:07:09\"");
    values.put("day", "\"2024-03-05\"");
    values.put("status", "\"Delivered\"");
    values.put("secureline", "1");
    values.put("size", "1234");
    values.put("opens", "3");
    values.put("spam_score", "0.5");
    values.put("ratio", "0.25");
    values.put("sender", "\"a@x.com\"");
    values.put("subject", "\"Hi\"");
    if (json == null) {
      values.remove(key);
    } else {
      values.put(key, json);
    }
    StringBuilder b = new StringBuilder("{");
    values.forEach(
        (k, v) ->
            b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
    return b.append('}').toString();
  }

  private static ReportParseException badRow(String key, String json) {
    return assertThrows(ReportParseException.class, () -> rowWith(key, json));
  }

  @Test
  void numbersAsStrings() {
    Delivery d =
        READER
            .readJson(
                utf8(
                    "{\"header\":"
                        + HEADER
                        + ",\"rows\":[[\"2024-03-05 14:07:09\","
                        + "\"2024-03-05\",\"Delivered\",\"1\",\"1234\",\"3\",\"0.5\",\"0.25\",\"a@x.com\",\"Hi\"]]}"))
            .single();
    assertEquals(EXPECTED1, d);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1234|1234",
        "\"1234\"|1234",
        "-5|-5",
        "\"-5\"|-5",
        "\"+7\"|7",
        "true|1",
        "false|0",
        "5.0|5",
        "\"5.00\"|5",
        "5e2|500",
        "\"5E2\"|500",
        "0|0",
        "9223372036854775807|9223372036854775807",
        "\"-9223372036854775808\"|-9223372036854775808"
      })
  void integerSpellings(String json, long expected) {
    assertEquals(expected, rowWith("size", json).size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5.5",
        "\"5.5\"",
        "1e-1",
        "9223372036854775808",
        "\"9223372036854775808\"",
        "-9223372036854775809",
        "1e30",
        "\"abc\"",
        "\"1 \"",
        "\" 1\"",
        "\"0x10\"",
        "\"1_000\"",
        "[1]",
        "{\"a\":1}"
      })
  void integerRejects(String json) {
    ReportParseException e = badRow("size", json);
    assertEquals(0, e.row());
    assertEquals("size", e.column());
    assertTrue(e.line() >= 1 && e.lineColumn() >= 1, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0.5|0.5",
        "\"0.5\"|0.5",
        "1e3|1000",
        "\"1e3\"|1000",
        "-0.125|-0.125",
        "\".5\"|0.5",
        "3|3",
        "\"3\"|3",
        "\"123456789.123456789\"|123456789.123456789",
        "1.7976931348623157e308|1.7976931348623157e308",
        "\"0.1\"|0.1",
        "\"2.2250738585072014E-308\"|2.2250738585072014E-308"
      })
  void floatSpellings(String json, double expected) {
    assertEquals(expected, rowWith("spam_score", json).spamScore());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"abc\"",
        "\"1d\"",
        "\"NaN\"",
        "\"Infinity\"",
        "\"0x1p3\"",
        "\" 1\"",
        "\"1e\"",
        "1e400",
        "\"1e400\"",
        "true",
        "null",
        "\"\""
      })
  void floatRejects(String json) {
    ReportParseException e = badRow("spam_score", json);
    assertEquals("spam_score", e.column());
  }

  @Test
  void everyAbsentSpellingIsNullForNullableColumns() {
    for (String absent : new String[] {"null", "\"\"", null}) {
      assertNull(rowWith("day", absent).day());
      assertNull(rowWith("status", absent).status());
      assertNull(rowWith("secureline", absent).secureline());
      assertNull(rowWith("opens", absent).opens());
      assertNull(rowWith("ratio", absent).ratio());
      assertNull(rowWith("subject", absent).subject());
    }
    assertNull(rowWith("day", "\"0000-00-00\"").day());
    assertNull(rowWith("day", "\"0000-00-00 00:00:00\"").day());
    // The rest of the row is untouched.
    Delivery d = rowWith("day", "\"0000-00-00\"");
    assertEquals(EXPECTED1.dateSent(), d.dateSent());
    assertEquals(EXPECTED1.size(), d.size());
  }

  @Test
  void absentValuesInNonNullableColumnsAreErrors() {
    for (String absent :
        new String[] {"null", "\"\"", "\"0000-00-00 00:00:00\"", "\"0000-00-00\"", null}) {
      ReportParseException e = badRow("date_sent", absent);
      assertEquals("date_sent", e.column());
      assertEquals(0, e.row());
    }
    assertEquals("size", badRow("size", "null").column());
    assertEquals("size", badRow("size", "\"\"").column());
    assertEquals("size", badRow("size", null).column());
    assertEquals("sender", badRow("sender", "null").column());
    // A non-nullable string keeps its empty string.
    assertEquals("", rowWith("sender", "\"\"").sender());
  }

  @Test
  void stringsKeepTextOfNumbersAndBooleans() {
    assertEquals("12.50", rowWith("subject", "12.50").subject());
    assertEquals("true", rowWith("subject", "true").subject());
    assertEquals(
        "a\"b\\c\n\u00e9\ud83d\ude00",
        rowWith("subject", "\"a\\\"b\\\\c\\n\u00e9\\ud83d\\ude00\"").subject());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-03-05 14:07:09|2024-03-05T14:07:09Z", "2024-03-05T14:07:09|2024-03-05T14:07:09Z",
        "1970-01-01 00:00:00|1970-01-01T00:00:00Z", "1969-12-31 23:59:59|1969-12-31T23:59:59Z",
        "2000-02-29 12:00:00|2000-02-29T12:00:00Z", "0001-01-01 00:00:00|0001-01-01T00:00:00Z",
        "9999-12-31 23:59:59|9999-12-31T23:59:59Z", "2024-12-31 23:59:59|2024-12-31T23:59:59Z"
      })
  void dateTimes(String wire, String expected) {
    assertEquals(Instant.parse(expected), rowWith("date_sent", "\"" + wire + "\"").dateSent());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-05",
        "2024-02-30 00:00:00",
        "2023-02-29 00:00:00",
        "2024-13-01 00:00:00",
        "2024-00-10 00:00:00",
        "2024-03-05 24:00:00",
        "2024-03-05 12:60:00",
        "2024-03-05 12:00:60",
        "2024/03/05 12:00:00",
        "2024-03-05 12:00:00Z",
        "0000-01-01 00:00:00",
        "0000-00-00 00:00:01",
        "24-03-05 12:00:00",
        "2024-03-05  12:00:0",
        "abcdefghijklmnopqrs",
        "x"
      })
  void dateTimeRejects(String wire) {
    ReportParseException e = badRow("date_sent", "\"" + wire + "\"");
    assertEquals(wire, e.value());
  }

  @Test
  void dateTimeRejectsNumbers() {
    assertEquals("date_sent", badRow("date_sent", "1709647629").column());
  }

  @Test
  void dates() {
    assertEquals(LocalDate.of(2024, 2, 29), rowWith("day", "\"2024-02-29\"").day());
    assertEquals(LocalDate.of(1900, 1, 1), rowWith("day", "\"1900-01-01\"").day());
    assertEquals("day", badRow("day", "\"1900-02-29\"").column());
    assertEquals("day", badRow("day", "\"2024-03-05 10:00:00\"").column());
    assertEquals("day", badRow("day", "20240305").column());
  }

  @Test
  void enumsByTextAndCode() {
    assertEquals(
        DeliveryStatus.POST_DELIVERY_HARD_FAIL,
        rowWith("status", "\"Post-Delivery Hard Fail\"").status());
    assertEquals(SecureLineCode.OPTED_OUT, rowWith("secureline", "-2").secureline());
    assertEquals(SecureLineCode.OPTED_OUT, rowWith("secureline", "\"-2\"").secureline());
    assertEquals(SecureLineCode.NOT_USED, rowWith("secureline", "0").secureline());
    assertEquals(RowExtras.empty(), rowWith("secureline", "\"1\"").extras());
  }

  @Test
  void unknownEnumValuesKeepRawText() {
    Delivery d = rowWith("status", "\"Queued\"");
    assertEquals(DeliveryStatus.UNKNOWN, d.status());
    assertEquals(withExtras(EXPECTED1, Map.of(), Map.of("status", "Queued")).extras(), d.extras());
    assertEquals("Queued", d.extras().rawValue("status").orElseThrow());

    Delivery code = rowWith("secureline", "7");
    assertEquals(SecureLineCode.UNKNOWN, code.secureline());
    assertEquals(Map.of("secureline", "7"), code.extras().rawValues());

    assertEquals(Map.of("secureline", "1.0"), rowWith("secureline", "1.0").extras().rawValues());
    assertEquals(Map.of("secureline", "x"), rowWith("secureline", "\"x\"").extras().rawValues());
    assertEquals(
        Map.of("secureline", "99999999999999999999"),
        rowWith("secureline", "99999999999999999999").extras().rawValues());
    assertEquals(
        Map.of("status", "delivered"), rowWith("status", "\"delivered\"").extras().rawValues());
    assertEquals(Map.of("status", "5"), rowWith("status", "5").extras().rawValues());
  }

  @Test
  void enumCacheDoesNotLeakBetweenRows() {
    String json =
        "{\"data\":["
            + objWith("status", "\"Queued\"")
            + ","
            + objWith("status", "\"Delivered\"")
            + ","
            + objWith("status", "\"Queued\"")
            + ","
            + objWith("status", "\"Queuee\"")
            + "]}";
    List<Delivery> rows = READER.readJson(utf8(json)).rows();
    assertEquals(DeliveryStatus.UNKNOWN, rows.get(0).status());
    assertEquals(Map.of("status", "Queued"), rows.get(0).extras().rawValues());
    assertEquals(DeliveryStatus.DELIVERED, rows.get(1).status());
    assertEquals(RowExtras.empty(), rows.get(1).extras());
    assertEquals(Map.of("status", "Queued"), rows.get(2).extras().rawValues());
    assertEquals(Map.of("status", "Queuee"), rows.get(3).extras().rawValues());
  }

  @Test
  void unknownColumnsLandInExtrasInWireOrder() {
    String header =
        "[\"custom_b\",\"date_sent\",\"day\",\"status\",\"secureline\",\"size\",\"opens\","
            + "\"spam_score\",\"ratio\",\"sender\",\"subject\",\"custom_a\",\"nested\"]";
    String row =
        "[\"B\",\"2024-03-05 14:07:09\",\"2024-03-05\",\"Delivered\",1,1234,3,0.5,0.25,"
            + "\"a@x.com\",\"Hi\",12.50,{\"k\":[1,true,null]}]";
    Delivery d =
        READER.readJson(utf8("{\"header\":" + header + ",\"rows\":[" + row + "]}")).single();
    Map<String, String> extras = new LinkedHashMap<>();
    extras.put("custom_b", "B");
    extras.put("custom_a", "12.50");
    extras.put("nested", "{\"k\":[1,true,null]}");
    assertEquals(withExtras(EXPECTED1, extras, Map.of()), d);
    assertEquals(
        List.of("custom_b", "custom_a", "nested"), List.copyOf(d.extras().columns().keySet()));

    Map<String, String> withNull = new LinkedHashMap<>();
    withNull.put("cf_1", null);
    withNull.put("cf_2", "");
    String obj = objWith("x", null).replace("}", ",\"cf_1\":null,\"cf_2\":\"\"}");
    assertEquals(withNull, READER.readJson(utf8("[" + obj + "]")).single().extras().columns());
  }

  @Test
  void reorderedMissingAndDifferentlyCasedColumns() {
    // Reversed order, upper-case names, 'Opens' as in the schema, optional header1 present,
    // nullable 'ratio' missing from the header.
    String header =
        "[\"header1\",\"SUBJECT\",\"Sender\",\"spam_score\",\"Opens\",\"SIZE\","
            + "\"secureLine\",\"Status\",\"DAY\",\"Date_Sent\"]";
    String row =
        "[\"X-Tag\",\"Hi\",\"a@x.com\",0.5,3,1234,1,\"Delivered\",\"2024-03-05\",\"2024-03-05 14:07:09\"]";
    Report<Delivery> report =
        READER.readJson(utf8("{\"header\":" + header + ",\"rows\":[" + row + "]}"));
    Delivery expected =
        new Delivery(
            EXPECTED1.dateSent(),
            EXPECTED1.day(),
            EXPECTED1.status(),
            EXPECTED1.secureline(),
            1234,
            3L,
            0.5,
            null,
            "a@x.com",
            "Hi",
            "X-Tag",
            RowExtras.empty());
    assertEquals(expected, report.single());
    assertEquals("SUBJECT", report.header().get(1));
  }

  @Test
  void exactNameWinsOverCaseInsensitive() {
    // 'opens' matches 'Opens' case-insensitively; an exact 'Opens' would win, so both together
    // map to the same column: that is ambiguous and rejected at header time.
    String header = "[\"date_sent\",\"size\",\"spam_score\",\"sender\",\"opens\",\"Opens\"]";
    ReportParseException e =
        assertThrows(
            ReportParseException.class,
            () -> READER.readJson(utf8("{\"header\":" + header + ",\"rows\":[]}")));
    assertEquals(-1, e.row());
    assertTrue(e.problem().contains("both match column 'Opens'"), e.getMessage());
  }

  @Test
  void missingNonNullableColumnInHeaderIsAHeaderError() {
    String header = "[\"date_sent\",\"spam_score\",\"sender\"]";
    ReportParseException e =
        assertThrows(
            ReportParseException.class,
            () -> READER.readJson(utf8("{\"header\":" + header + ",\"rows\":[]}")));
    assertEquals("size", e.column());
    assertEquals(-1, e.row());
    assertEquals(1, e.line());
    // Lenient mode cannot skip a header problem.
    assertThrows(
        ReportParseException.class,
        () ->
            ReportReader.of(Delivery.type(), ReadOptions.lenient())
                .readJson(utf8("{\"header\":" + header + ",\"rows\":[]}")));
  }

  @Test
  void minimalHeaderGivesNullsForNullableColumns() {
    String header = "[\"date_sent\",\"size\",\"spam_score\",\"sender\"]";
    Delivery d =
        READER
            .readJson(
                utf8("{\"header\":" + header + ",\"rows\":[[\"2024-03-05 14:07:09\",1,2,\"s\"]]}"))
            .single();
    assertEquals(
        new Delivery(
            EXPECTED1.dateSent(),
            null,
            null,
            null,
            1,
            null,
            2.0,
            null,
            "s",
            null,
            null,
            RowExtras.empty()),
        d);
  }

  @Test
  void duplicateHeaderNameIsRejected() {
    ReportParseException e =
        assertThrows(
            ReportParseException.class,
            () ->
                READER.readJson(
                    utf8(
                        "{\"header\":[\"date_sent\",\"size\",\"spam_score\",\"sender\",\"x\",\"x\"],\"rows\":[]}")));
    assertTrue(e.problem().contains("twice"), e.getMessage());
  }

  @Test
  void duplicateKeysInObjectRowsAreRowErrors() {
    String dupKnown = objWith("x", null).replace("}", ",\"SIZE\":5}");
    ReportParseException e =
        assertThrows(ReportParseException.class, () -> READER.readJson(utf8("[" + dupKnown + "]")));
    assertEquals("size", e.column());
    String dupExtra = objWith("x", null).replace("}", ",\"cf\":1,\"cf\":2}");
    assertThrows(ReportParseException.class, () -> READER.readJson(utf8("[" + dupExtra + "]")));
  }

  @Test
  void raggedArrayRowsAreErrors() {
    String header = "[\"date_sent\",\"size\",\"spam_score\",\"sender\"]";
    ReportParseException shortRow =
        assertThrows(
            ReportParseException.class,
            () ->
                READER.readJson(
                    utf8("{\"header\":" + header + ",\"rows\":[[\"2024-03-05 14:07:09\",1,2]]}")));
    assertTrue(shortRow.problem().contains("3 values"), shortRow.getMessage());
    ReportParseException longRow =
        assertThrows(
            ReportParseException.class,
            () ->
                READER.readJson(
                    utf8(
                        "{\"header\":"
                            + header
                            + ",\"rows\":[[\"2024-03-05 14:07:09\",1,2,\"s\",5]]}")));
    assertTrue(longRow.problem().contains("more values"), longRow.getMessage());
  }
}
