package dev.reportgen.runtime.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.JsonWriteOptions;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportException;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.ReportWriter;
import dev.reportgen.runtime.RowCursor;
import dev.reportgen.runtime.RowError;
import dev.reportgen.runtime.SyntheticRows;
import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.Totals;
import dev.reportgen.runtime.json.ScanPaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The byte scanner (the fast path for array rows of a document in memory) against the general
 * jackson path, on the same bytes: the same rows (record equality, extras and raw enum texts
 * included), the same lenient errors, the same failure with the same message and position, the same
 * header and metadata. Inputs: every hostile corpus file and every truncation of it, the fuzz
 * documents, byte-flip mutants, writer-generated payloads in every envelope variant, and documents
 * whose rows are laid out over lines ({@code \n}, {@code \r\n}, a lone {@code \r}) with a bad row
 * first, in the middle and last, so the scanner gives up at each place and jackson takes over
 * there. Every input is also read through streams ({@link #STREAMS}: whole, and 1 to 3 or 1 to 61
 * bytes a read), with and without the scanner, so jackson's buffer edges fall everywhere.
 */
class ScannerDifferentialTest {
  private static final List<ReadOptions> MODES =
      List.of(ReadOptions.strict(), ReadOptions.lenient());

  /** Limits low enough that corpus and fuzz values cross them, so limit errors are compared too. */
  private static final List<ReadOptions> LIMITS =
      List.of(
          ReadOptions.strict().withMaxStringLength(12),
          ReadOptions.lenient().withMaxNumberLength(4),
          ReadOptions.lenient().withMaxNestingDepth(4),
          ReadOptions.strict().withMaxNestingDepth(4),
          ReadOptions.lenient().withMaxColumns(6));

  private static final List<String> EXTRAS = List.of("custom_field", "Note \"x\"");

  /** What one read gave, the failure spelled out field by field. */
  record Outcome(
      List<?> rows, List<RowError> errors, String failure, List<String> header, String metadata) {}

  static <T> Outcome read(ReportType<T> type, ReadOptions options, byte[] input, boolean scan) {
    return readCounting(type, options, input, scan, new long[1]);
  }

  static <T> Outcome readCounting(
      ReportType<T> type, ReadOptions options, byte[] input, boolean scan, long[] scanned) {
    return readCounting(() -> ScanPaths.open(type, options, input, scan), scanned);
  }

  /**
   * The ways a stream hands out a document: all of it to each read jackson makes (its buffer's size
   * at most), 1 to 3 bytes a read, 1 to 61 a read. Over each, jackson's buffer ends at other
   * places, so rows straddle its edges everywhere.
   */
  static final List<Function<byte[], InputStream>> STREAMS =
      List.of(ByteArrayInputStream::new, Trickle::of, b -> new Trickle(b, 61));

  /** Rows the byte scanner read over streams, in every test of this class run so far. */
  static final AtomicLong STREAM_SCANNED = new AtomicLong();

  /**
   * Over each of {@link #STREAMS}, the stream read with the scanner equals the stream read on the
   * general path. (Not always the read in memory: jackson's UTF-16 reader places an error in a cut
   * document's last character differently over a stream.)
   */
  static <T> void sameOverStreams(
      ReportType<T> type, ReadOptions o, byte[] input, Outcome general, String what) {
    for (int k = 0; k < STREAMS.size(); k++) {
      Function<byte[], InputStream> stream = STREAMS.get(k);
      long[] scanned = new long[1];
      Outcome generalStream =
          readCounting(() -> ScanPaths.open(type, o, stream.apply(input), false), new long[1]);
      Outcome fastStream =
          readCounting(() -> ScanPaths.open(type, o, stream.apply(input), true), scanned);
      String how = what + " " + o + " stream " + k + ": ";
      assertEquals(generalStream, fastStream, () -> how + Attempt.describe(input));
      STREAM_SCANNED.addAndGet(scanned[0]);
    }
  }

  static <T> Outcome readCounting(Supplier<RowCursor<T>> open, long[] scanned) {
    List<T> rows = new ArrayList<>();
    RowCursor<T> cursor = null;
    String failure = null;
    List<String> header = List.of();
    String metadata = null;
    try {
      cursor = open.get();
      while (cursor.hasNext()) {
        rows.add(cursor.next());
      }
      header = cursor.header();
      metadata = String.valueOf(cursor.metadata());
    } catch (ReportParseException e) {
      failure =
          "ReportParseException "
              + e.getMessage()
              + " | "
              + e.problem()
              + " | row "
              + e.row()
              + " | column "
              + e.column()
              + " | value "
              + e.value()
              + " | at "
              + e.line()
              + ":"
              + e.lineColumn();
    } catch (ReportException e) {
      failure = e.getClass().getSimpleName() + " " + e.getMessage();
    }
    List<RowError> errors = cursor == null ? List.of() : List.copyOf(cursor.errors());
    if (cursor != null) {
      scanned[0] += ScanPaths.scannedRows(cursor);
      cursor.close();
    }
    return new Outcome(rows, errors, failure, header, metadata);
  }

  /** Both paths agree on {@code input} under {@code options}; returns the rows scanned. */
  static <T> long same(ReportType<T> type, List<ReadOptions> options, byte[] input, String what) {
    long[] scanned = new long[1];
    for (ReadOptions o : options) {
      Outcome general = read(type, o, input, false);
      Outcome fast = readCounting(type, o, input, true, scanned);
      assertEquals(general, fast, () -> what + " " + o + ": " + Attempt.describe(input));
      sameOverStreams(type, o, input, general, what);
    }
    return scanned[0];
  }

  static long same(byte[] input, String what) {
    return same(Delivery.type(), MODES, input, what);
  }

  // ---- the corpus and its truncations

  static Stream<String> corpus() throws IOException {
    return CorpusFiles.list(JsonCorpusTest.DIR).stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void corpusFileAndEveryTruncation(String file) {
    byte[] bytes = CorpusFiles.read(JsonCorpusTest.DIR + file);
    List<ReadOptions> all = new ArrayList<>(MODES);
    all.addAll(LIMITS);
    same(Delivery.type(), all, bytes, file);
    for (int n = 0; n < bytes.length; n++) {
      same(Arrays.copyOf(bytes, n), file + " cut at " + n);
    }
  }

  @Test
  void theCorpusExercisesTheScanner() throws IOException {
    long scanned = 0;
    for (String file : corpus().toList()) {
      scanned += same(CorpusFiles.read(JsonCorpusTest.DIR + file), file);
    }
    assertTrue(scanned >= 30, "rows scanned over the corpus: " + scanned);
  }

  @Test
  void theLenientModeDocumentsAndTheTruncationLayoutsCutAnywhere() {
    List<byte[]> docs = new ArrayList<>();
    docs.add(Payloads.utf8(LenientModeTest.json(false)));
    docs.add(Payloads.utf8(LenientModeTest.json(true)));
    JsonTruncationTest.layouts().forEach(a -> docs.add(Payloads.utf8((String) a.get()[1])));
    long scanned = 0;
    for (byte[] doc : docs) {
      List<ReadOptions> all = new ArrayList<>(MODES);
      all.addAll(LIMITS);
      scanned += same(Delivery.type(), all, doc, "whole");
      for (int n = 0; n < doc.length; n++) {
        same(Arrays.copyOf(doc, n), "cut at " + n);
      }
    }
    assertTrue(scanned > 20, "rows scanned: " + scanned);
    JsonTruncationTest.summaries()
        .forEach(
            a -> {
              byte[] doc = Payloads.utf8((String) a.get()[1]);
              for (int n = 0; n <= doc.length; n++) {
                same(Totals.type(), MODES, Arrays.copyOf(doc, n), a.get()[0] + " cut at " + n);
              }
            });
  }

  // ---- fuzz documents and byte flips

  @Provide
  Arbitrary<ReaderFuzzTest.Doc> fuzzDocuments() {
    return new ReaderFuzzTest().jsonDocuments();
  }

  @Property(tries = 1500, seed = "7013", shrinking = ShrinkingMode.BOUNDED)
  void fuzzDocuments(@ForAll("fuzzDocuments") ReaderFuzzTest.Doc doc) {
    same(doc.bytes(), doc.toString());
  }

  @Test
  void byteFlipMutants() {
    byte[] valid = Payloads.utf8(Payloads.arrayLayout(ByteFlipTest.ROWS));
    Random random = new Random(0x5CA11L);
    long scanned = 0;
    for (int m = 0; m < 3000; m++) {
      byte[] mutant = valid;
      int mutations = 1 + random.nextInt(3);
      for (int k = 0; k < mutations; k++) {
        mutant =
            ByteFlipTest.mutate(mutant, random.nextInt(5), random.nextInt(mutant.length), random);
      }
      scanned += same(mutant, "mutant " + m);
    }
    assertTrue(scanned > 1000, "rows scanned over the mutants: " + scanned);
  }

  // ---- writer payloads

  @Test
  void writerPayloadsInEveryVariant() {
    long scanned = 0;
    List<JsonWriteOptions> variants = new ArrayList<>();
    for (JsonWriteOptions o : JsonWriteOptions.variants(EXTRAS)) {
      variants.add(o);
      variants.add(o.withEnumCodesAsNumbers(true));
      variants.add(o.withSuccessFlag(false).withComment("page \"1\", of 2\n").withFirstRow(1000));
    }
    for (JsonWriteOptions o : variants) {
      for (long seed = 1; seed <= 4; seed++) {
        scanned += writerPayload(Delivery.type(), o, seed, (int) (seed * 7));
        scanned += writerPayload(Totals.type(), o, seed, (int) seed % 3);
      }
    }
    assertTrue(scanned > 1000, "rows scanned over the writer payloads: " + scanned);
  }

  private static <T> long writerPayload(
      ReportType<T> type, JsonWriteOptions options, long seed, int count) {
    SyntheticRows<T> synthetic =
        SyntheticRows.of(type, seed)
            .withExtraColumns(EXTRAS)
            .withNullsOneIn(5)
            .withUnknownEnumsOneIn(4);
    List<T> rows = new ArrayList<>();
    synthetic.iterator(count).forEachRemaining(rows::add);
    byte[] body = ReportWriter.json(type, options).toBytes(rows);
    String what = options + " seed " + seed;
    long scanned = same(type, MODES, body, what);
    for (String newline : List.of("\n", "\r\n", "\r")) {
      scanned += same(type, MODES, spread(body, newline), what + " spread " + esc(newline));
    }
    return scanned;
  }

  // ---- streams: rows inside jackson's buffer scanned, rows across its edge read by jackson

  @Test
  void streamsOfManyBuffersAreScannedBetweenTheBufferEdges() throws IOException {
    byte[] body = Payloads.utf8(Payloads.arrayLayout(Payloads.rows(3000)));
    assertTrue(body.length > 20 * 8000, "several of jackson's buffers: " + body.length);
    for (ReadOptions o : MODES) {
      Outcome general = read(Delivery.type(), o, body, false);
      assertEquals(3000, general.rows().size());
      assertEquals(3000, readCounting(Delivery.type(), o, body, true, new long[1]).rows().size());
      long[] whole = new long[1];
      assertEquals(
          general,
          readCounting(
              () -> ScanPaths.open(Delivery.type(), o, new ByteArrayInputStream(body), true),
              whole));
      // One row per buffer runs past its end and goes to jackson; the others are scanned.
      assertTrue(whole[0] > 3000 * 9 / 10, "scanned over a stream: " + whole[0]);
      long[] gzipped = new long[1];
      byte[] gz = gzip(body);
      assertEquals(
          general,
          readCounting(
              () -> ScanPaths.open(Delivery.type(), o, new ByteArrayInputStream(gz), true),
              gzipped));
      assertTrue(gzipped[0] > 3000 / 2, "scanned over gzip: " + gzipped[0]);
      long[] trickled = new long[1];
      assertEquals(
          general,
          readCounting(
              () -> ScanPaths.open(Delivery.type(), o, new Trickle(body, 997), true), trickled));
      assertTrue(trickled[0] > 0, "scanned over a trickle: " + trickled[0]);
    }
  }

  @Test
  void aBadRowOrBadUtf8DeepInAStreamFailsAsOnTheGeneralPath() {
    List<Payloads.WireRow> pool = Payloads.rows(400);
    for (String bad : List.of("\"x\"", "[1]", "{}", "1e999999", "\"\\ud800\"")) {
      for (int at : new int[] {150, 399}) {
        byte[] doc = Payloads.utf8(badRowAt(pool, at, 0, bad));
        same(doc, "bad " + bad + " in row " + at);
      }
    }
    byte[] doc = Payloads.utf8(Payloads.arrayLayout(pool));
    String text = new String(doc, java.nio.charset.StandardCharsets.UTF_8);
    int late = text.indexOf('"', doc.length * 2 / 3) + 1;
    for (byte[] sequence :
        new byte[][] {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}}) {
      byte[] invalid = new byte[doc.length + sequence.length];
      System.arraycopy(doc, 0, invalid, 0, late);
      System.arraycopy(sequence, 0, invalid, late, sequence.length);
      System.arraycopy(doc, late, invalid, late + sequence.length, doc.length - late);
      same(invalid, "invalid UTF-8 at " + late);
    }
    assertTrue(STREAM_SCANNED.get() > 0, "rows scanned over streams: " + STREAM_SCANNED.get());
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  // ---- giving up at the first, a middle and the last row, over lines

  @Test
  void givesUpAtTheBadRowWhereverItIsAndJacksonReadsOnFromThere() {
    List<Payloads.WireRow> pool = Payloads.rows(6);
    for (String bad : ReaderFuzzTest.BAD_JSON) {
      for (int at : new int[] {0, 2, 5}) {
        for (int column = 0; column < Payloads.JSON_HEADER.size(); column += 3) {
          String doc = badRowAt(pool, at, column, bad);
          byte[] compact = Payloads.utf8(doc);
          String what = "bad " + bad + " in row " + at + " column " + column;
          // Lenient reads every row; the scanner read every row but the one it gave up, which
          // jackson read before the scanner took over again (a bad value may still be decoded by
          // both paths: then it read them all).
          long scanned = same(Delivery.type(), List.of(ReadOptions.lenient()), compact, what);
          assertTrue(
              scanned == pool.size() - 1 || scanned == pool.size(), what + ": scanned " + scanned);
          same(compact, what);
          for (String newline : List.of("\n", "\r\n", "\r")) {
            same(spread(compact, newline), what + " spread " + esc(newline));
          }
        }
      }
    }
  }

  // ---- taking over again after a give-up, with a bound on the attempts wasted

  /**
   * An integer-coded enum code beyond the 64-bit range: the scanner leaves it to jackson, and both
   * paths read the unknown constant with its raw text, no error.
   */
  private static final String BEYOND_A_LONG = "12345678901234567890";

  @Test
  void takesOverAgainAfterEachUnusualRowOfADocumentInMemory() {
    int n = 1000;
    byte[] doc = Payloads.utf8(valueEvery(Payloads.rows(n), 10, BEYOND_A_LONG));
    same(doc, "20 digits in every 10th row");
    for (ReadOptions o : MODES) {
      long[] counts = scanCounts(o, doc, n);
      // jackson reads each unusual row (one give-up each), the scanner every other row.
      assertEquals(n / 10, counts[1], "give-ups");
      assertEquals(n - n / 10, counts[0], "rows scanned");
    }
  }

  @Test
  void aDocumentOfUnusualRowsCostsABoundedNumberOfFailedAttempts() {
    int n = 2000;
    byte[] doc = Payloads.utf8(valueEvery(Payloads.rows(n), 1, BEYOND_A_LONG));
    same(doc, "20 digits in every row");
    for (ReadOptions o : MODES) {
      long[] counts = scanCounts(o, doc, n);
      assertEquals(0, counts[0], "rows scanned");
      // Retries after 1, 2, 4, ... 64 rows, then one each 64 rows: not one per row.
      assertTrue(counts[1] > 1 && counts[1] <= 8 + n / 64, "attempts: " + counts[1]);
    }
  }

  /** Rows scanned and the scanner's give-ups reading {@code doc} in memory ({@code n} rows). */
  private static long[] scanCounts(ReadOptions o, byte[] doc, int n) {
    try (RowCursor<Delivery> cursor = ScanPaths.open(Delivery.type(), o, doc, true)) {
      int read = 0;
      while (cursor.hasNext()) {
        cursor.next();
        read++;
      }
      assertEquals(n, read);
      assertEquals(List.of(), cursor.errors());
      return new long[] {ScanPaths.scannedRows(cursor), ScanPaths.scanGiveUps(cursor)};
    }
  }

  /**
   * The array layout with the secureline code of every {@code every}th row (from the first) {@code
   * value}.
   */
  static String valueEvery(List<Payloads.WireRow> pool, int every, String value) {
    String doc = Payloads.arrayLayout(pool);
    String[] lines = doc.split("\n", -1);
    int column = Payloads.JSON_HEADER.indexOf("secureline");
    for (int at = 0; at < pool.size(); at += every) {
      ReaderFuzzTest.RowSpec spec = new ReaderFuzzTest.RowSpec(at, column, value, "");
      int line = 2 + at; // the rows start on the third line
      lines[line] =
          ReaderFuzzTest.badArrayRow(pool.get(at), spec) + (lines[line].endsWith(",") ? "," : "");
    }
    return String.join("\n", lines);
  }

  @Test
  void rowsOverLinesKeepJacksonsPositionsAfterTheList() {
    List<Payloads.WireRow> pool = Payloads.rows(4);
    for (String newline : List.of("\n", "\r\n", "\r")) {
      byte[] spread = spread(Payloads.utf8(Payloads.arrayLayout(pool)), newline);
      assertEquals(4, same(spread, "valid " + esc(newline)) / MODES.size());
      // Cut after the rows: the truncation is found by jackson after the hand-back.
      for (int n = spread.length - 40; n < spread.length; n++) {
        same(Arrays.copyOf(spread, n), "cut at " + n + " " + esc(newline));
      }
    }
  }

  @Test
  void aByteOrderMarkCountsInColumnsOnBothPaths() {
    byte[] doc = Payloads.utf8(badRowAt(Payloads.rows(3), 1, 0, "\"x\""));
    byte[] withBom = new byte[doc.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(doc, 0, withBom, 3, doc.length);
    for (byte[] input : List.of(withBom, spread(withBom, "\r\n"))) {
      long scanned = same(Delivery.type(), List.of(ReadOptions.lenient()), input, "with a BOM");
      assertEquals(2, scanned, "the scanner read the rows before and after the bad one");
      same(input, "with a BOM");
    }
  }

  /** The array layout with row {@code at}'s value {@code column} replaced by {@code bad}. */
  static String badRowAt(List<Payloads.WireRow> pool, int at, int column, String bad) {
    String doc = Payloads.arrayLayout(pool);
    String[] lines = doc.split("\n", -1);
    ReaderFuzzTest.RowSpec spec = new ReaderFuzzTest.RowSpec(at, column, bad, "");
    int line = 2 + at; // the rows start on the third line
    lines[line] =
        ReaderFuzzTest.badArrayRow(pool.get(at), spec) + (lines[line].endsWith(",") ? "," : "");
    return String.join("\n", lines);
  }

  /**
   * The same document with whitespace between its tokens: {@code newline} and two spaces after each
   * opening bracket or brace and each comma, a space and a tab before each colon's value, and
   * {@code newline} before each closing bracket. Strings are left as they are.
   */
  static byte[] spread(byte[] json, String newline) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] nl = newline.getBytes();
    boolean inString = false;
    for (int i = 0; i < json.length; i++) {
      byte c = json[i];
      if (inString) {
        out.write(c);
        if (c == '\\' && i + 1 < json.length) {
          out.write(json[++i]);
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if (c == ']' || c == '}') {
        out.writeBytes(nl);
      }
      out.write(c);
      if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{' || c == ',') {
        out.writeBytes(nl);
        out.writeBytes("  ".getBytes());
      } else if (c == ':') {
        out.writeBytes(" \t".getBytes());
      }
    }
    return out.toByteArray();
  }

  private static String esc(String newline) {
    return newline.replace("\r", "\\r").replace("\n", "\\n");
  }
}
