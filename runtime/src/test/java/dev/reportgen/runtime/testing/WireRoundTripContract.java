package dev.reportgen.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reportgen.runtime.CsvWriteOptions;
import dev.reportgen.runtime.JsonWriteOptions;
import dev.reportgen.runtime.ReportCatalog;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.ReportWriter;
import dev.reportgen.runtime.RowCursor;
import dev.reportgen.runtime.SyntheticRows;
import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The exact round trip, for every report of a catalog: synthetic rows written by {@link
 * ReportWriter} read back to equal records, extras included (unknown enum raw text, columns beyond
 * the schema), as JSON in every envelope variant the reader accepts and as CSV, with and without
 * gzip. A module with generated models extends it and names its catalog; the properties and the
 * example run there (jqwik runs inherited properties).
 */
public abstract class WireRoundTripContract {
  private static final List<String> EXTRAS = List.of("custom_field_1", "Custom \"Field\", 2");
  private static final List<JsonWriteOptions> VARIANTS = JsonWriteOptions.variants(EXTRAS);

  /** The catalog whose every report is checked. */
  protected abstract ReportCatalog catalog();

  @Provide
  Arbitrary<ReportType<?>> reports() {
    return Arbitraries.of(catalog().types());
  }

  @Provide
  Arbitrary<JsonWriteOptions> jsonVariants() {
    return Arbitraries.of(VARIANTS)
        .flatMap(
            o ->
                Arbitraries.of(
                    o,
                    o.withGzip(true),
                    o.withEnumCodesAsNumbers(true),
                    o.withSuccessFlag(false).withComment("page \"1\", of 2\n"),
                    o.withRowsKey("results")
                        .withHeaderKey("columns")
                        .withTotalKey("count")
                        .withFirstRowKey("offset")));
  }

  @Property(tries = 300, seed = "20261202")
  void jsonReadsBackWhatWasWritten(
      @ForAll("reports") ReportType<?> type,
      @ForAll long seed,
      @ForAll @IntRange(max = 25) int count,
      @ForAll("jsonVariants") JsonWriteOptions options) {
    assertJsonRoundTrip(type, seed, count, options);
  }

  @Property(tries = 150, seed = "20261202")
  void csvReadsBackWhatWasWritten(
      @ForAll("reports") ReportType<?> type,
      @ForAll long seed,
      @ForAll @IntRange(max = 25) int count,
      @ForAll boolean gzip,
      @ForAll boolean byteOrderMark) {
    CsvWriteOptions options =
        CsvWriteOptions.defaults()
            .withExtraColumns(EXTRAS)
            .withGzip(gzip)
            .withByteOrderMark(byteOrderMark);
    assertCsvRoundTrip(type, seed, count, options);
  }

  /** The property samples; this covers each report in each variant at least once. */
  @Example
  void everyReportInEveryVariant() {
    long seed = 0;
    for (ReportType<?> type : catalog().types()) {
      for (JsonWriteOptions options : VARIANTS) {
        assertJsonRoundTrip(type, seed++, 4, options);
      }
      assertCsvRoundTrip(type, seed++, 20, CsvWriteOptions.defaults().withExtraColumns(EXTRAS));
    }
  }

  private static <T> void assertJsonRoundTrip(
      ReportType<T> type, long seed, int count, JsonWriteOptions options) {
    List<T> rows = rows(type, seed, count);
    byte[] body = ReportWriter.json(type, options).toBytes(rows);
    assertEquals(
        rows, ReportReader.of(type).readJson(body).rows(), type.name() + " with " + options);
  }

  private static <T> void assertCsvRoundTrip(
      ReportType<T> type, long seed, int count, CsvWriteOptions options) {
    List<T> rows = rows(type, seed, count);
    byte[] file = ReportWriter.csv(type, options).toBytes(rows);
    try (RowCursor<T> read = ReportReader.of(type).openCsv(new ByteArrayInputStream(file))) {
      assertEquals(rows, read.stream().toList(), type.name() + " with " + options);
    }
  }

  private static <T> List<T> rows(ReportType<T> type, long seed, int count) {
    return SyntheticRows.of(type, seed).withExtraColumns(EXTRAS).stream(count).toList();
  }
}
