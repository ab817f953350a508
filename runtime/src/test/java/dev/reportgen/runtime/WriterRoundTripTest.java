package dev.reportgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.Totals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What the writer writes, the reader reads back to equal records, extras included, for every
 * envelope variant and both formats (with and without gzip).
 */
class WriterRoundTripTest {
  private static final List<String> EXTRAS = List.of("custom_field", "Note \"x\"");

  @Provide
  Arbitrary<JsonWriteOptions> jsonVariants() {
    return Arbitraries.of(JsonWriteOptions.variants(EXTRAS))
        .flatMap(
            o ->
                Arbitraries.of(
                    o,
                    o.withGzip(true),
                    o.withEnumCodesAsNumbers(true),
                    o.withSuccessFlag(false).withComment("page \"1\", of 2\n").withFirstRow(1000),
                    o.withRowsKey("results")
                        .withHeaderKey("columns")
                        .withTotalKey("count")
                        .withFirstRowKey("offset")));
  }

  @Provide
  Arbitrary<ReportType<?>> reports() {
    return Arbitraries.of(Delivery.type(), Totals.type());
  }

  @Property(tries = 400, seed = "20261202")
  void jsonRoundTrip(
      @ForAll("reports") ReportType<?> type,
      @ForAll long seed,
      @ForAll @IntRange(max = 30) int count,
      @ForAll("jsonVariants") JsonWriteOptions options) {
    roundTripJson(type, seed, count, options);
  }

  @Property(tries = 200, seed = "20261202")
  void csvRoundTrip(
      @ForAll("reports") ReportType<?> type,
      @ForAll long seed,
      @ForAll @IntRange(max = 30) int count,
      @ForAll boolean gzip,
      @ForAll boolean bom) {
    roundTripCsv(type, seed, count, gzip, bom);
  }

  private static <T> void roundTripJson(
      ReportType<T> type, long seed, int count, JsonWriteOptions options) {
    List<T> rows = rows(type, seed, count);
    byte[] body = ReportWriter.json(type, options).toBytes(rows);
    Report<T> read = ReportReader.of(type).readJson(body);
    assertEquals(rows, read.rows(), options.toString());
    assertEquals(expectedMetadata(options, count), read.metadata(), options.toString());
  }

  private static <T> void roundTripCsv(
      ReportType<T> type, long seed, int count, boolean gzip, boolean bom) {
    List<T> rows = rows(type, seed, count);
    CsvWriteOptions options =
        CsvWriteOptions.defaults().withExtraColumns(EXTRAS).withGzip(gzip).withByteOrderMark(bom);
    byte[] file = ReportWriter.csv(type, options).toBytes(rows);
    try (RowCursor<T> cursor =
        ReportReader.of(type).openCsv(new java.io.ByteArrayInputStream(file))) {
      List<T> read = new ArrayList<>();
      cursor.forEachRemaining(read::add);
      assertEquals(rows, read, options.toString());
    }
  }

  /** The counts and comment the options put in the body, as the reader reports them. */
  private static ReportMetadata expectedMetadata(JsonWriteOptions options, long rows) {
    boolean envelope = options.envelope() != JsonWriteOptions.Envelope.BARE_ARRAY;
    boolean counts = envelope && options.counts();
    return new ReportMetadata(
        counts ? OptionalLong.of(options.totalMatches().orElse(rows)) : OptionalLong.empty(),
        counts ? OptionalLong.of(options.firstRow()) : OptionalLong.empty(),
        envelope ? Optional.ofNullable(options.comment()) : Optional.empty());
  }

  private static <T> List<T> rows(ReportType<T> type, long seed, int count) {
    List<T> rows = new ArrayList<>();
    SyntheticRows.of(type, seed)
        .withExtraColumns(EXTRAS)
        .iterator(count)
        .forEachRemaining(rows::add);
    return rows;
  }
}
