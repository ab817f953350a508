package dev.reportgen.runtime.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.Report;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.fixture.Delivery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A key the schema does not know may hold an array or an object: the row keeps it in its extras as
 * compact JSON text, at most maxStringLength chars of it. A longer one ends the read in either mode
 * (it is hostile input, like an overlong string), naming the row and where the value ended.
 */
class JsonNestedExtrasTest {
  private static final String ROW =
      "\"date_sent\":\"2024-03-05 14:07:09\",\"size\":1,\"spam_score\":0.5,\"sender\":\"s\"";

  private static Report<Delivery> read(ReadOptions options, String... nested) {
    StringBuilder json = new StringBuilder("{\"success\":1,\"data\":[");
    for (int i = 0; i < nested.length; i++) {
      json.append(i > 0 ? "," : "").append('{').append(ROW);
      json.append(",\"extra\":").append(nested[i]).append('}');
    }
    json.append("]}");
    return ReportReader.of(Delivery.type(), options).readJson(json.toString().getBytes(UTF_8));
  }

  /** A compact nested value of exactly {@code length} chars: an object holding one array. */
  private static String nested(int length) {
    String start = "{\"list\":[";
    String end = "],\"x\":null}";
    StringBuilder b = new StringBuilder(start);
    while (b.length() + end.length() < length) {
      b.append(b.length() == start.length() ? "" : ",").append('7');
    }
    String text = b.append(end).toString();
    if (text.length() > length) { // one char over: the first element gets a digit more instead
      text = start + "77" + text.substring(start.length() + 3);
    }
    assertEquals(length, text.length(), text);
    return text;
  }

  @Test
  void nestedValuesAreKeptAsCompactJson() {
    Report<Delivery> report =
        read(ReadOptions.strict(), "[ 1 , [true,false] , {\"a\" : null} ]", "{ }", "[]");
    assertEquals(
        List.of(
            Map.of("extra", "[1,[true,false],{\"a\":null}]"),
            Map.of("extra", "{}"),
            Map.of("extra", "[]")),
        report.rows().stream().map(d -> d.extras().columns()).toList());
  }

  @Test
  void aNestedValueOfExactlyMaxStringLengthIsKept() {
    for (int length : new int[] {41, 9_999, 40_001}) {
      String value = nested(length);
      for (ReadOptions mode : List.of(ReadOptions.strict(), ReadOptions.lenient())) {
        Delivery d = read(mode.withMaxStringLength(length), value).single();
        assertEquals(Map.of("extra", value), d.extras().columns(), "length " + length);
      }
    }
  }

  @Test
  void aNestedValueOneCharLongerIsRefusedInEitherMode() {
    for (int length : new int[] {41, 9_999, 40_001}) {
      String value = nested(length + 1);
      for (ReadOptions mode : List.of(ReadOptions.strict(), ReadOptions.lenient())) {
        ReportParseException e =
            assertThrows(
                ReportParseException.class,
                () -> read(mode.withMaxStringLength(length), nested(20), value),
                "length " + length);
        assertEquals("nested value longer than " + length + " chars", e.problem());
        assertEquals(1, e.row());
        assertEquals(1, e.line());
      }
    }
  }
}
