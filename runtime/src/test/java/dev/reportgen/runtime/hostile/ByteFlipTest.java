package dev.reportgen.runtime.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.fixture.Delivery;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random corruption of valid payloads with a fixed seed: bit flips, byte replacements (random and
 * structural characters), deletions and insertions. The read must end in a ReportException or a
 * consistent parse, and never hang. Consistency where it can be counted:
 *
 * <ul>
 *   <li>JSON, one byte replaced inside the row list: a successful lenient read has rows + errors ==
 *       the rows sent (one byte cannot move a row boundary and stay valid JSON here).
 *   <li>CSV, any mutation: a successful lenient read has rows + errors == the data records an
 *       independent RFC 4180 counter finds in the mutated file.
 *   <li>Any successful strict read of a JSON row-region mutation: rows == the rows sent.
 * </ul>
 */
class ByteFlipTest {
  static final int N = 8;
  static final List<Payloads.WireRow> ROWS = Payloads.rows(N);
  static final long SEED = 0x5EEDL;
  static final int MUTANTS = Integer.getInteger("reportgen.flips", 600);
  static final byte[] STRUCTURAL = "{}[],:\"\\\n\r 0-.eE".getBytes();

  static Stream<Arguments> payloads() {
    return Stream.of(
        Arguments.of(
            "JSON array rows",
            Attempt.Format.JSON_BYTES,
            Payloads.utf8(Payloads.arrayLayout(ROWS))),
        Arguments.of(
            "JSON object rows",
            Attempt.Format.JSON_BYTES,
            Payloads.utf8(Payloads.objectLayout(ROWS))),
        Arguments.of(
            "JSON rows before header",
            Attempt.Format.JSON_STREAM,
            Payloads.utf8(Payloads.headerAfterRowsLayout(ROWS))),
        Arguments.of("CSV", Attempt.Format.CSV, Payloads.csv(ROWS).bytes()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payloads")
  void mutantsFailCleanlyOrParseConsistently(String name, Attempt.Format format, byte[] valid) {
    Random random = new Random(SEED ^ name.hashCode());
    // The bytes of the row list: a single replaced byte strictly inside it cannot remove a row
    // without an error, so there the row count is checked. Every JSON layout names its rows
    // "rows"; searching for a row's first character would miss layouts with object rows.
    String rowsOpen = format == Attempt.Format.CSV ? "\r\n" : "\"rows\":[";
    int rowsOpenAt = indexOf(valid, rowsOpen);
    assertTrue(rowsOpenAt >= 0, name + ": payload has no " + rowsOpen);
    int rowsStart = rowsOpenAt + rowsOpen.length() - 1;
    int rowsEnd = lastIndexOf(valid, format == Attempt.Format.CSV ? "\r\n" : "\n]");
    String[] current = {""};
    int[] counts = new int[3]; // failed, parsed, counted
    assertTimeoutPreemptively(
        Duration.ofSeconds(40),
        () -> {
          for (int m = 0; m < MUTANTS; m++) {
            int mutations = 1 + random.nextInt(3);
            byte[] mutant = valid;
            boolean singleReplaceInRows = false;
            for (int k = 0; k < mutations; k++) {
              int kind = random.nextInt(5);
              int at = random.nextInt(mutant.length);
              mutant = mutate(mutant, kind, at, random);
              singleReplaceInRows = mutations == 1 && kind <= 2 && at > rowsStart && at < rowsEnd;
            }
            byte[] input = mutant;
            current[0] = "mutant " + m + " " + Attempt.describe(input);
            for (ReadOptions options : List.of(ReadOptions.strict(), ReadOptions.lenient())) {
              Attempt<Delivery> a = Attempt.run(Delivery.type(), options, format, input);
              if (a.failed()) {
                counts[0]++;
                continue;
              }
              counts[1]++;
              String what = name + " " + options.mode() + " " + current[0] + ": " + a;
              if (format == Attempt.Format.CSV) {
                int records = CsvRecordCounter.records(input);
                assertTrue(records > 0, what + ": parsed although the oracle finds it malformed");
                if (options.isLenient()) {
                  assertEquals(records - 1, a.rows.size() + a.errors.size(), what);
                  counts[2]++;
                }
              } else if (singleReplaceInRows) {
                assertEquals(N, a.rows.size() + a.errors.size(), what);
                counts[2]++;
              }
            }
          }
        },
        () -> name + ": hung on " + current[0]);
    // Not vacuous: some mutants parse, some fail.
    assertTrue(
        counts[0] > 0 && counts[1] > 0, name + " failed/parsed/counted " + Arrays.toString(counts));
  }

  static byte[] mutate(byte[] in, int kind, int at, Random random) {
    byte[] out;
    switch (kind) {
      case 0 -> {
        out = in.clone();
        out[at] ^= (byte) (1 << random.nextInt(8));
      }
      case 1 -> {
        out = in.clone();
        out[at] = (byte) random.nextInt(256);
      }
      case 2 -> {
        out = in.clone();
        out[at] = STRUCTURAL[random.nextInt(STRUCTURAL.length)];
      }
      case 3 -> {
        out = new byte[in.length - 1];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(in, at + 1, out, at, in.length - at - 1);
      }
      default -> {
        out = new byte[in.length + 1];
        System.arraycopy(in, 0, out, 0, at);
        out[at] = STRUCTURAL[random.nextInt(STRUCTURAL.length)];
        System.arraycopy(in, at, out, at + 1, in.length - at);
      }
    }
    return out.length == 0 ? in : out;
  }

  static int indexOf(byte[] b, String s) {
    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(s);
  }

  static int lastIndexOf(byte[] b, String s) {
    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).lastIndexOf(s);
  }
}
