package dev.reportgen.benchmarks.competitors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.benchmarks.payloads.Payloads;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every benchmark candidate, fed the same payload, yields records equal to the seeded rows the
 * payload was written from, so no candidate wins by skipping work. Records bound by databind,
 * dsl-json, avaje-jsonb and Jackson CSV are converted field by field first.
 */
class CandidatesAgreeTest {
  private static final int ROWS = 2_000;

  @ParameterizedTest
  @ValueSource(strings = {"SentEmail", "EmailDeliveryStatus"})
  void everyCandidateBuildsTheSameRecords(String report) throws Exception {
    check(Candidates.forReport(report));
  }

  private static <T> void check(Candidates<T> c) throws Exception {
    List<T> expected = c.rows(ROWS);
    byte[] arrays = Payloads.jsonArrays(c, ROWS);
    byte[] objects = Payloads.jsonObjects(c, ROWS);
    byte[] csv = Payloads.csv(c, ROWS);
    assertPayloadIsVaried(expected, c);

    List<T> got = new ArrayList<>();
    c.generatedJson(arrays, got::add);
    assertRows(expected, got, "generated, JSON rows as arrays");

    got = new ArrayList<>();
    c.handWrittenJson(arrays, got::add);
    assertRows(expected, got, "hand-written jackson-core");

    got = new ArrayList<>();
    c.databindTree(arrays, got::add);
    assertRows(expected, got, "databind tree + hand mapping");

    got = new ArrayList<>();
    c.generatedJson(objects, got::add);
    assertRows(expected, got, "generated, JSON rows as objects");

    got = new ArrayList<>();
    for (Object bound : c.databindBound(objects)) {
      got.add(c.fromBound(bound));
    }
    assertRows(expected, got, "databind binding to a record");

    got = new ArrayList<>();
    for (Object bound : c.dslJson(objects)) {
      got.add(c.fromBound(bound));
    }
    assertRows(expected, got, "dsl-json binding to a record");

    got = new ArrayList<>();
    for (Object bound : c.avajeJsonb(objects)) {
      got.add(c.fromBound(bound));
    }
    assertRows(expected, got, "avaje-jsonb binding to a record");

    got = new ArrayList<>();
    c.generatedCsv(csv, got::add);
    assertRows(expected, got, "generated, CSV");

    got = new ArrayList<>();
    c.fastCsvHand(csv, got::add);
    assertRows(expected, got, "FastCSV + hand mapping");

    List<T> fromJacksonCsv = new ArrayList<>();
    c.jacksonCsv(csv, bound -> fromJacksonCsv.add(c.fromBound(bound)));
    assertRows(expected, fromJacksonCsv, "Jackson CSV mapping reader");

    got = new ArrayList<>();
    c.univocityHand(csv, got::add);
    assertRows(expected, got, "univocity-parsers + hand mapping");

    // The token loop builds nothing, but it must walk the whole body: at least one token a value.
    long tokens = TokenLoop.tokens(arrays);
    assertTrue(tokens > (long) ROWS * c.reader().type().columns().size(), "tokens: " + tokens);
  }

  private static <T> void assertRows(List<T> expected, List<T> actual, String candidate) {
    assertEquals(expected.size(), actual.size(), candidate + ": row count");
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), candidate + ": row " + i);
    }
  }

  /** The payload really has nulls and values in every nullable column, so both paths are taken. */
  private static <T> void assertPayloadIsVaried(List<T> rows, Candidates<T> c) {
    var type = c.reader().type();
    for (int column = 0; column < type.columns().size(); column++) {
      int nulls = 0;
      for (T row : rows) {
        if (type.value(row, column) == null) {
          nulls++;
        }
      }
      String keyword = type.columns().get(column).keyword();
      assertTrue(nulls < rows.size(), keyword + " is always null");
      if (type.columns().get(column).nullable()) {
        assertTrue(nulls > 0, keyword + " is nullable but never null");
      }
    }
  }
}
