package dev.reportgen.runtime.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.RowError;
import dev.reportgen.runtime.fixture.Delivery;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A CSV job file cut at every byte offset. Unlike JSON, CSV has no closing token and no row count,
 * so what a cut leaves is decided per position (docs/hostile-input.md, "CSV truncation"):
 *
 * <ul>
 *   <li>cut at a record boundary (after CRLF, or between CR and LF, or just before the line break):
 *       a valid shorter file. Undetectable; the leading complete rows, no error.
 *   <li>cut inside the header: the header lacks the non-nullable last column: error.
 *   <li>cut inside a quoted field: unterminated quote: error (fatal, both modes), unless the prefix
 *       is itself a complete quoted field (cut right after an escaped quote's first {@code "});
 *       then that shorter field counts as complete.
 *   <li>cut inside a multi-byte UTF-8 character: malformed input: error (fatal, both modes).
 *   <li>cut inside a field other than the last: the record is ragged (too few fields): a row error
 *       at that row and line (strict: thrown; lenient: listed, earlier rows delivered).
 *   <li>cut right after the last comma: the last column (sender, non-nullable) is empty: a row
 *       error.
 *   <li>cut inside the last, unquoted field: the record looks complete with a shorter last value.
 *       Undetectable without a row count or checksum; the row is delivered with that prefix as its
 *       value, and everything else in it is exact.
 * </ul>
 */
class CsvTruncationTest {
  private static final List<Payloads.WireRow> ROWS = Payloads.rows(6);
  private static final List<Delivery> EXPECTED = Payloads.expected(ROWS);
  private static final CsvDoc DOC = Payloads.csv(ROWS);
  private static final int SENDER = Payloads.CSV_HEADER.indexOf("sender");

  @Test
  void theWholeFileReads() {
    for (ReadOptions options : List.of(ReadOptions.strict(), ReadOptions.lenient())) {
      Attempt<Delivery> a = Attempt.csv(Delivery.type(), options, DOC.bytes());
      assertEquals(EXPECTED, a.rows, a.toString());
      assertEquals(List.of(), a.errors);
      assertEquals(Payloads.CSV_HEADER, a.header);
      Attempt<Delivery> slow =
          Attempt.run(Delivery.type(), options, Attempt.Format.CSV, DOC.bytes(), Trickle::of);
      assertEquals(EXPECTED, slow.rows, slow.toString());
    }
  }

  @Test
  void everyCutGivesExactlyWhatIsDetectable() {
    Violations violations = new Violations();
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          for (int cut = 0; cut < DOC.bytes().length; cut++) {
            int c = cut;
            violations.check(c, () -> check(c, ReadOptions.strict(), PLAIN));
            violations.check(c, () -> check(c, ReadOptions.lenient(), PLAIN));
            // Few bytes per read: the unterminated-quote check must not depend on chunking.
            violations.check(c, () -> check(c, ReadOptions.strict(), TRICKLE));
          }
        });
    violations.assertNone();
  }

  /** What a cut at {@code cut} must give. */
  sealed interface Expect {}

  /** A fatal error: thrown in both modes. {@code line} -1: not checked. */
  record Fatal(String why, long line) implements Expect {}

  /** Rows 0..complete-1 exact, then maybe a last row whose sender is {@code lastSender}. */
  record Rows(int complete, String lastSender) implements Expect {}

  /**
   * The record ends right after its last comma: all fields are there, the last (sender, a
   * non-nullable String) is empty. CSV cannot tell an empty field from an absent one; the runtime
   * may treat it as absent (a bad row, as for a missing JSON key) or as the empty string (as for a
   * JSON {@code ""}). Both are accepted; the row is never silently dropped.
   */
  record EmptyLast(int row, long line) implements Expect {}

  /** A bad row {@code row} (0-based) on line {@code line}; strict throws, lenient lists it. */
  record BadRow(int row, long line, String column) implements Expect {}

  static Expect expect(int cut) {
    byte[] b = DOC.bytes();
    if (cut == 0) {
      return new Fatal("empty input", -1);
    }
    if (DOC.splitsCharacter(cut)) {
      return new Fatal("cut inside a UTF-8 character", -1);
    }
    int r = 0;
    while (DOC.records().get(r).end() <= cut) {
      r++;
    }
    CsvDoc.Rec rec = DOC.records().get(r);
    if (cut == rec.start()) {
      return new Rows(r - 1, null); // record boundary: r-1 complete data rows
    }
    if (cut >= rec.contentEnd()) {
      // The record's text is complete, only (part of) its line break is missing.
      return r == 0 ? new Rows(0, null) : new Rows(r, ROWS.get(r - 1).sender());
    }
    int f = 0;
    while (f + 1 < rec.fields().size() && rec.fields().get(f + 1).start() <= cut) {
      f++;
    }
    CsvDoc.Field field = rec.fields().get(f);
    String partial =
        new String(
            b, field.start(), Math.min(cut, field.end()) - field.start(), StandardCharsets.UTF_8);
    String value;
    if (field.quoted() && cut > field.start()) {
      value = completeQuoted(partial);
      if (value == null) {
        return new Fatal("unterminated quoted field", rec.line());
      }
    } else {
      value = partial;
    }
    if (r == 0) {
      return new Fatal("header lacks the last column", 1);
    }
    int row = r - 1;
    if (f < SENDER) {
      return new BadRow(row, rec.line(), null);
    }
    if (value.isEmpty()) {
      return new EmptyLast(row, rec.line());
    }
    return new Rows(r, value);
  }

  /** The value of a complete quoted field, or null when {@code encoded} is not one. */
  static String completeQuoted(String encoded) {
    if (encoded.length() < 2 || encoded.charAt(0) != '"') {
      return null;
    }
    StringBuilder value = new StringBuilder();
    int i = 1;
    while (i < encoded.length()) {
      char c = encoded.charAt(i);
      if (c != '"') {
        value.append(c);
        i++;
      } else if (i + 1 == encoded.length()) {
        return value.toString(); // the closing quote
      } else if (encoded.charAt(i + 1) == '"') {
        value.append('"');
        i += 2;
      } else {
        return null;
      }
    }
    return null;
  }

  private static final Function<byte[], InputStream> PLAIN = ByteArrayInputStream::new;
  private static final Function<byte[], InputStream> TRICKLE = Trickle::of;

  static void check(int cut, ReadOptions options, Function<byte[], InputStream> source) {
    byte[] prefix = Arrays.copyOf(DOC.bytes(), cut);
    Expect expect = expect(cut);
    Attempt<Delivery> a = Attempt.run(Delivery.type(), options, Attempt.Format.CSV, prefix, source);
    String what =
        "cut at byte "
            + cut
            + " of "
            + DOC.bytes().length
            + " ("
            + options.mode()
            + (source == PLAIN ? "" : ", trickle")
            + "), expected "
            + expect
            + ", got "
            + a
            + "; input "
            + Attempt.describe(prefix)
            + "; problem: ";
    // Whatever happens, rows delivered are exact leading rows (the last maybe with a cut sender).
    List<Delivery> exact = new ArrayList<>(a.rows);
    boolean lastMayBeCut =
        expect instanceof Rows rows && rows.lastSender() != null && exact.size() == rows.complete()
            || expect instanceof EmptyLast empty && exact.size() == empty.row() + 1;
    if (lastMayBeCut && !exact.isEmpty()) {
      exact.remove(exact.size() - 1);
    }
    JsonTruncationTest.assertRowsArePrefix(what, exact, EXPECTED);
    if (expect instanceof Fatal fatal) {
      ReportParseException e = a.parseFailure(what);
      if (fatal.line() > 0) {
        assertEquals(fatal.line(), e.line(), what + ": line of " + e.getMessage());
      }
      return;
    }
    if (expect instanceof Rows rows) {
      assertNull(a.failure, what);
      assertEquals(List.of(), a.errors, what);
      List<Delivery> want = new ArrayList<>(EXPECTED.subList(0, rows.complete()));
      if (rows.lastSender() != null) {
        Delivery d = want.remove(want.size() - 1);
        want.add(withSender(d, rows.lastSender()));
      }
      assertEquals(want, a.rows, what);
      return;
    }
    if (expect instanceof EmptyLast empty) {
      if (a.failed() || !a.errors.isEmpty()) {
        expect = new BadRow(empty.row(), empty.line(), "sender");
      } else {
        List<Delivery> want = new ArrayList<>(EXPECTED.subList(0, empty.row()));
        want.add(withSender(EXPECTED.get(empty.row()), ""));
        assertEquals(want, a.rows, what);
        return;
      }
    }
    BadRow bad = (BadRow) expect;
    if (!options.isLenient()) {
      ReportParseException e = a.parseFailure(what);
      assertEquals(bad.row(), e.row(), what + ": row of " + e.getMessage());
      assertEquals(bad.line(), e.line(), what + ": line of " + e.getMessage());
      assertEquals(bad.column(), e.column(), what + ": column of " + e.getMessage());
      assertEquals(EXPECTED.subList(0, bad.row()), a.rows, what);
    } else {
      assertNull(a.failure, what);
      assertEquals(EXPECTED.subList(0, bad.row()), a.rows, what);
      assertEquals(1, a.errors.size(), what);
      RowError err = a.errors.get(0);
      assertEquals(bad.row(), err.row(), what);
      assertEquals(bad.line(), err.line(), what);
      assertEquals(bad.column(), err.column(), what);
    }
  }

  static Delivery withExtras(Delivery d, dev.reportgen.runtime.RowExtras extras) {
    return new Delivery(
        d.dateSent(),
        d.day(),
        d.status(),
        d.secureline(),
        d.size(),
        d.opens(),
        d.spamScore(),
        d.ratio(),
        d.sender(),
        d.subject(),
        d.header1(),
        extras);
  }

  static Delivery withSender(Delivery d, String sender) {
    return new Delivery(
        d.dateSent(),
        d.day(),
        d.status(),
        d.secureline(),
        d.size(),
        d.opens(),
        d.spamScore(),
        d.ratio(),
        sender,
        d.subject(),
        d.header1(),
        d.extras());
  }

  @Test
  void theOracleSeesEveryKindOfCut() {
    // Guard against a vacuous test: the document must produce every kind of expectation.
    List<String> kinds = new ArrayList<>();
    for (int cut = 0; cut < DOC.bytes().length; cut++) {
      Expect e = expect(cut);
      String kind =
          e instanceof Fatal f
              ? "fatal " + f.why()
              : e instanceof BadRow
                  ? "bad row ragged"
                  : e instanceof EmptyLast
                      ? "empty last"
                      : ((Rows) e).lastSender() == null ? "boundary" : "last value";
      if (!kinds.contains(kind)) {
        kinds.add(kind);
      }
    }
    assertTrue(
        kinds.containsAll(
            List.of(
                "fatal empty input",
                "fatal cut inside a UTF-8 character",
                "fatal unterminated quoted field",
                "fatal header lacks the last column",
                "boundary",
                "last value",
                "bad row ragged",
                "empty last")),
        kinds.toString());
  }
}
