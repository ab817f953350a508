package dev.reportgen.runtime.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.Totals;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A download cut at any byte. A JSON response is one value whose last significant byte closes it,
 * so no proper prefix of a valid response is itself a valid response: every cut must end in {@link
 * ReportParseException}, in strict and in lenient mode, never in fewer rows without an exception.
 * The only exception is a cut that removes nothing but trailing whitespace; then the full result is
 * required. Rows delivered before the failure must be exactly the leading rows.
 */
class JsonTruncationTest {
  private static final List<Payloads.WireRow> ROWS = Payloads.rows(6);
  private static final List<Delivery> EXPECTED = Payloads.expected(ROWS);

  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of("array rows under data", Payloads.arrayLayout(ROWS)),
        Arguments.of("object rows, no header", Payloads.objectLayout(ROWS)),
        Arguments.of("array rows before header", Payloads.headerAfterRowsLayout(ROWS)),
        Arguments.of("top-level array of objects", Payloads.topLevelArrayLayout(ROWS)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void everyCutFailsOrIsTheWholeDocument(String name, String json) {
    byte[] full = Payloads.utf8(json);
    // The uncut document reads completely, in both modes and through both input kinds.
    for (ReadOptions options : List.of(ReadOptions.strict(), ReadOptions.lenient())) {
      Attempt<Delivery> whole = Attempt.json(Delivery.type(), options, full);
      assertEquals(EXPECTED, whole.rows, name + " " + whole);
      assertEquals(List.of(), whole.errors);
      assertEquals(EXPECTED, Attempt.jsonStream(Delivery.type(), options, full).rows);
    }
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          for (int cut = 0; cut < full.length; cut++) {
            byte[] prefix = Arrays.copyOf(full, cut);
            for (ReadOptions options : List.of(ReadOptions.strict(), ReadOptions.lenient())) {
              checkCut(Delivery.type(), name, full, prefix, options, EXPECTED, false);
            }
            // The streaming path (jackson's InputStream parser) must agree with the byte[] path.
            checkCut(Delivery.type(), name, full, prefix, ReadOptions.strict(), EXPECTED, true);
          }
        });
  }

  /** A summary report sent as plain keys of the response: every cut fails too. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("summaries")
  void everyCutOfASummaryFails(String name, String json) {
    byte[] full = Payloads.utf8(json);
    List<Totals> expected = List.of(new Totals(10, 2L, 0.2, RowExtras.empty()));
    assertEquals(expected, Attempt.json(Totals.type(), ReadOptions.strict(), full).rows);
    for (int cut = 0; cut < full.length; cut++) {
      byte[] prefix = Arrays.copyOf(full, cut);
      checkCut(Totals.type(), name, full, prefix, ReadOptions.strict(), expected, false);
      checkCut(Totals.type(), name, full, prefix, ReadOptions.lenient(), expected, false);
    }
  }

  static Stream<Arguments> summaries() {
    return Stream.of(
        Arguments.of(
            "keys of the response", "{\"sent\":10,\"success\":1,\"bounced\":2,\"rate\":0.2}"),
        Arguments.of(
            "flat array row",
            "{\"success\":1,\"data\":{\"header\":[\"sent\",\"bounced\",\"rate\"],\"rows\":[10,\"2\",\"0.2\"]}}"),
        Arguments.of(
            "object row", "{\"success\":1,\"rows\":{\"rate\":0.2,\"sent\":\"10\",\"bounced\":2}}"));
  }

  /** A gzip-compressed response cut anywhere: a truncated or corrupt stream, never fewer rows. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void everyCutOfAGzippedResponseFails(String name, String json) throws IOException {
    byte[] full = gzip(Payloads.utf8(json));
    assertEquals(EXPECTED, Attempt.json(Delivery.type(), ReadOptions.strict(), full).rows);
    java.util.Map<String, java.util.SortedSet<Integer>> wrongType = new java.util.TreeMap<>();
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          for (int cut = 0; cut < full.length; cut++) {
            byte[] prefix = Arrays.copyOf(full, cut);
            for (boolean stream : new boolean[] {false, true}) {
              Attempt<Delivery> a =
                  stream
                      ? Attempt.jsonStream(Delivery.type(), ReadOptions.lenient(), prefix)
                      : Attempt.json(Delivery.type(), ReadOptions.lenient(), prefix);
              String what = name + ", gzip cut at byte " + cut + " of " + full.length;
              assertTrue(a.failed(), what + ": read succeeded with " + a);
              assertRowsArePrefix(what, a.rows, EXPECTED);
              if (!(a.failure instanceof ReportParseException)) {
                wrongType
                    .computeIfAbsent(
                        a.failure.getClass().getSimpleName()
                            + ": "
                            + a.failure.getMessage()
                            + " <- "
                            + a.failure.getCause(),
                        k -> new java.util.TreeSet<>())
                    .add(cut);
              }
            }
          }
        });
    // A cut download is bad data, not an I/O failure of the source.
    assertTrue(
        wrongType.isEmpty(),
        name
            + ": gzip cuts not reported as ReportParseException "
            + "(message -> cut offsets): "
            + ranges(wrongType));
  }

  static String ranges(java.util.Map<String, java.util.SortedSet<Integer>> byMessage) {
    StringBuilder s = new StringBuilder("{");
    byMessage.forEach(
        (message, cuts) ->
            s.append("\n  ").append(message).append(" at cuts ").append(Violations.ranges(cuts)));
    return s.append("\n}").toString();
  }

  static <T> void checkCut(
      ReportType<T> type,
      String name,
      byte[] full,
      byte[] prefix,
      ReadOptions options,
      List<T> expected,
      boolean stream) {
    int cut = prefix.length;
    Attempt<T> a =
        stream ? Attempt.jsonStream(type, options, prefix) : Attempt.json(type, options, prefix);
    String what =
        name
            + ", cut at byte "
            + cut
            + " of "
            + full.length
            + " ("
            + options.mode()
            + (stream ? ", InputStream" : "")
            + ")";
    if (onlyWhitespaceCut(full, cut)) {
      assertEquals(expected, a.rows, what + " is still the complete response: " + a);
      assertEquals(List.of(), a.errors, what);
      return;
    }
    ReportParseException e = a.parseFailure(() -> what + ": " + Attempt.describe(prefix));
    // Truncation is never a bad row to skip: lenient mode must fail too, listing nothing.
    assertEquals(List.of(), a.errors, what + ": truncation must not be a skipped row");
    assertRowsArePrefix(what, a.rows, expected);
    if (cut == 0 || isBlank(prefix)) {
      assertTrue(e.problem().contains("empty"), what + ": " + e.getMessage());
    } else {
      // A position inside what was received: line 1..lines of the prefix.
      long lines = 1 + count(prefix, (byte) '\n');
      assertTrue(
          e.line() >= 1 && e.line() <= lines,
          what + ": line " + e.line() + " not within 1.." + lines + ": " + e.getMessage());
      assertTrue(e.lineColumn() >= 1, what + ": no column: " + e.getMessage());
    }
  }

  static <T> void assertRowsArePrefix(String what, List<T> rows, List<T> expected) {
    assertTrue(rows.size() <= expected.size(), what + ": more rows than sent");
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(
          expected.get(i),
          rows.get(i),
          what + ": row " + i + " delivered (before the end or the failure) is not the row sent");
    }
  }

  static boolean onlyWhitespaceCut(byte[] full, int cut) {
    for (int i = cut; i < full.length; i++) {
      if (!isJsonWhitespace(full[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (!isJsonWhitespace(x)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isJsonWhitespace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  static long count(byte[] b, byte c) {
    long n = 0;
    for (byte x : b) {
      if (x == c) {
        n++;
      }
    }
    return n;
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
