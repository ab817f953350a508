package dev.reportgen.runtime.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportException;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.RowError;
import dev.reportgen.runtime.fixture.Delivery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The CSV reader's observable behaviour, recorded: for every CSV corpus file, every truncation of
 * the truncation test's document, and a fixed set of fuzz inputs (structured documents with bad
 * values and corruptions, token soup, raw bytes), what strict mode, lenient mode and lenient mode
 * over a trickling stream give: the rows (their count and a digest of their values, extras and raw
 * values), the lenient errors and the failure, with every position, in full.
 *
 * <p>The expected files in {@code src/test/resources/csv-behaviour} were written by the reader as
 * it was before the speed work on the CSV path (issue #15), so a faster path that changes any row,
 * error, message or position fails here. After an intended change of behaviour, rewrite them with
 * {@code mvn -pl runtime verify -Dtest=CsvBehaviourRecordTest -Drecreate=true} and review the diff.
 */
class CsvBehaviourRecordTest {
  private static final Path EXPECTED = Path.of("src/test/resources/csv-behaviour");

  @Test
  void corpusFiles() throws IOException {
    StringBuilder out = new StringBuilder();
    for (String file : new TreeSet<>(CorpusFiles.list(CsvCorpusTest.DIR))) {
      record(out, file, CorpusFiles.read(CsvCorpusTest.DIR + file), true);
    }
    compare("corpus.txt", out);
  }

  @Test
  void everyTruncation() {
    byte[] doc = Payloads.csv(Payloads.rows(6)).bytes();
    StringBuilder out = new StringBuilder();
    for (int cut = 0; cut <= doc.length; cut++) {
      record(out, "cut " + cut, java.util.Arrays.copyOf(doc, cut), false);
    }
    compare("truncations.txt", out);
  }

  @Test
  void fuzzInputs() {
    Random random = new Random(15);
    StringBuilder out = new StringBuilder();
    ReaderFuzzTest.Corruption[] corruptions = ReaderFuzzTest.Corruption.values();
    for (int i = 0; i < 300; i++) {
      List<ReaderFuzzTest.RowSpec> specs = new ArrayList<>();
      for (int r = random.nextInt(9); r > 0; r--) {
        specs.add(
            new ReaderFuzzTest.RowSpec(
                random.nextInt(ReaderFuzzTest.POOL.size()),
                Math.max(-1, random.nextInt(Payloads.JSON_HEADER.size() + 12) - 12),
                "",
                ReaderFuzzTest.BAD_CSV[random.nextInt(ReaderFuzzTest.BAD_CSV.length)]));
      }
      ReaderFuzzTest.Corruption corruption = corruptions[random.nextInt(corruptions.length)];
      byte[] clean = ReaderFuzzTest.csv(specs);
      byte[] input =
          ReaderFuzzTest.corrupt(
              clean, corruption, random.nextInt(Integer.MAX_VALUE), random.nextInt(256));
      record(out, "document " + i + " " + corruption, input, true);
    }
    String[] tokens = ReaderFuzzTest.CSV_SOUP_TOKENS;
    String header = String.join(",", Payloads.CSV_HEADER) + "\r\n";
    for (int i = 0; i < 200; i++) {
      StringBuilder soup = new StringBuilder(header);
      for (int t = random.nextInt(61); t > 0; t--) {
        soup.append(tokens[random.nextInt(tokens.length)]);
      }
      record(out, "soup " + i, soup.toString().getBytes(StandardCharsets.UTF_8), true);
    }
    for (int i = 0; i < 100; i++) {
      byte[] noise = new byte[random.nextInt(401)];
      random.nextBytes(noise);
      byte[] input =
          i % 2 == 0
              ? noise
              : ReaderFuzzTest.concat(header.getBytes(StandardCharsets.UTF_8), noise);
      record(out, "bytes " + i, input, true);
    }
    compare("fuzz.txt", out);
  }

  /** Appends what the reader gives for {@code input}, a block headed by {@code name}. */
  private static void record(StringBuilder out, String name, byte[] input, boolean trickle) {
    out.append("== ").append(name).append('\n');
    out.append("strict: ")
        .append(outcome(Attempt.csv(Delivery.type(), ReadOptions.strict(), input)));
    String lenient = outcome(Attempt.csv(Delivery.type(), ReadOptions.lenient(), input));
    out.append("lenient: ").append(lenient);
    if (trickle) {
      // A few bytes per read: every buffer boundary of the decoder and of FastCSV is exercised.
      String slow =
          outcome(
              Attempt.run(
                  Delivery.type(), ReadOptions.lenient(), Attempt.Format.CSV, input, Trickle::of));
      out.append("trickled: ").append(slow.equals(lenient) ? "as lenient\n" : slow);
    }
  }

  private static String outcome(Attempt<Delivery> a) {
    StringBuilder s = new StringBuilder();
    s.append(a.rows.size()).append(" rows");
    if (!a.rows.isEmpty()) {
      s.append(" sha256:").append(digest(a.rows.toString()));
    }
    s.append('\n');
    for (RowError e : a.errors) {
      s.append("  error ").append(e).append('\n');
    }
    if (a.failure != null) {
      s.append("  failure ").append(describe(a.failure)).append('\n');
    }
    return s.toString();
  }

  private static String describe(ReportException e) {
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    if (e instanceof ReportParseException p) {
      text +=
          " [row="
              + p.row()
              + " column="
              + p.column()
              + " value="
              + p.value()
              + " line="
              + p.line()
              + " lineColumn="
              + p.lineColumn()
              + "]";
    }
    return text.replace("\r", "\\r").replace("\n", "\\n");
  }

  private static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void compare(String file, StringBuilder actual) {
    Path path = EXPECTED.resolve(file);
    try {
      if (Boolean.getBoolean("recreate")) {
        Files.createDirectories(EXPECTED);
        Files.writeString(path, actual, StandardCharsets.UTF_8);
      }
      String expected = Files.readString(path, StandardCharsets.UTF_8);
      assertEquals(
          expected,
          actual.toString(),
          path + " differs (run with -Drecreate=true after an intended change)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
