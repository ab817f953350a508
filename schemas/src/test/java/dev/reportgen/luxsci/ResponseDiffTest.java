package dev.reportgen.luxsci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The expected-file machinery of {@link LuxSciResponsesTest}: its text round-trips, a bad file is
 * refused with its line, and a difference is reported by row and column.
 */
class ResponseDiffTest {

  private static Map<String, String> map(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static ExpectedResponse response(CanonicalRow... rows) {
    return new ExpectedResponse(
        map("report", "SentEmail", "total_matches", "2", "first_row", null, "comment", null),
        List.of(rows));
  }

  private static final CanonicalRow ROW =
      new CanonicalRow(
          map("date_sent", "2024-05-01T15:04:05Z", "from", "", "notes", null),
          map("first_name", "Ada"),
          map("spam", "5"));

  @Test
  void theTextRoundTripsNullsEmptyStringsAndExtras() {
    ExpectedResponse response = response(ROW, new CanonicalRow(map("from", "a"), map(), map()));
    String text = response.toJsonLines();
    assertEquals(3, text.lines().count());
    assertEquals(response, ExpectedResponse.parse("x.jsonl", text));
  }

  @Test
  void aChangedValueIsNamedByRowAndColumn() {
    CanonicalRow changed =
        new CanonicalRow(
            map("date_sent", "2024-05-01T15:04:05Z", "from", null, "notes", null),
            map("first_name", "Ada"),
            map());
    assertEquals(
        List.of(
            "row 1 column 'from': expected \"\", read null",
            "row 1 raw value of 'spam': expected \"5\", not read"),
        ResponseDiff.between(response(ROW, ROW), response(ROW, changed)));
  }

  @Test
  void aColumnAddedToTheSchemaOrAMissingRowIsReported() {
    CanonicalRow wider =
        new CanonicalRow(
            map("date_sent", "2024-05-01T15:04:05Z", "from", "", "notes", null, "size", "1"),
            map("first_name", "Ada"),
            map("spam", "5"));
    assertEquals(
        List.of(
            "row 0 column 'size': read \"1\", not in the expected file",
            "row 1: expected, but the response has only 1 rows"),
        ResponseDiff.between(response(ROW, ROW), response(wider)));
  }

  @Test
  void metadataDifferencesAreNamed() {
    ExpectedResponse other =
        new ExpectedResponse(
            map("report", "SentEmail", "total_matches", "3", "first_row", null, "comment", null),
            List.of(ROW));
    assertEquals(
        List.of("metadata 'total_matches': expected \"2\", read \"3\""),
        ResponseDiff.between(response(ROW), other));
  }

  @Test
  void aMalformedExpectedFileNamesItsLine() {
    String head = "{\"report\":\"SentEmail\"}\n";
    IllegalArgumentException wrongIndex =
        assertThrows(
            IllegalArgumentException.class,
            () -> ExpectedResponse.parse("x.jsonl", head + "{\"row\":1,\"values\":{}}\n"));
    assertTrue(
        wrongIndex.getMessage().startsWith("x.jsonl line 2: \"row\" must be 0"),
        wrongIndex.getMessage());
    IllegalArgumentException number =
        assertThrows(
            IllegalArgumentException.class,
            () -> ExpectedResponse.parse("x.jsonl", head + "{\"row\":0,\"values\":{\"a\":1}}\n"));
    assertTrue(number.getMessage().startsWith("x.jsonl line 2: values \"a\""), number.getMessage());
  }
}
