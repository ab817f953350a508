package dev.reportgen.benchmarks.payloads;

import dev.reportgen.runtime.CsvWriteOptions;
import dev.reportgen.runtime.JsonWriteOptions;
import dev.reportgen.runtime.JsonWriteOptions.Envelope;
import dev.reportgen.runtime.JsonWriteOptions.HeaderStyle;
import dev.reportgen.runtime.JsonWriteOptions.Placement;
import dev.reportgen.runtime.JsonWriteOptions.RowStyle;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.ReportWriter;
import java.util.List;

/**
 * The three layouts the benchmarks read, written by the runtime's {@link ReportWriter} from
 * generated records: a JSON body with a header and rows as arrays, a JSON body with rows as
 * objects, and a CSV job result file. Every column of the schema is written.
 *
 * <p>Both JSON layouts keep everything at the top level with the counts before the rows ({@code
 * {"success":1,"header":[...],"total_matches":N,"first_row":0,"rows":[...]}}) and integer-coded
 * enums as JSON numbers, the forms the hand-written competitors expect; CSV is RFC 4180 with CRLF.
 *
 * @param <T> the generated record
 */
public final class PayloadWriter<T> {
  private final ReportType<T> type;

  public PayloadWriter(ReportType<T> type) {
    this.type = type;
  }

  public ReportType<T> type() {
    return type;
  }

  /** Header, then {@code total} rows as arrays. */
  public ReportWriter<T> jsonArraysWriter(long total) {
    return ReportWriter.json(type, arrayRows(total));
  }

  /** No header, {@code total} rows as objects. */
  public ReportWriter<T> jsonObjectsWriter(long total) {
    return ReportWriter.json(
        type, arrayRows(total).withRowStyle(RowStyle.OBJECTS).withHeaderStyle(HeaderStyle.NONE));
  }

  public ReportWriter<T> csvWriter() {
    return ReportWriter.csv(type, CsvWriteOptions.defaults());
  }

  public byte[] jsonArrays(List<T> rows) {
    return jsonArraysWriter(rows.size()).toBytes(rows);
  }

  public byte[] jsonObjects(List<T> rows) {
    return jsonObjectsWriter(rows.size()).toBytes(rows);
  }

  public byte[] csv(List<T> rows) {
    return csvWriter().toBytes(rows);
  }

  private static JsonWriteOptions arrayRows(long total) {
    return JsonWriteOptions.defaults()
        .withEnvelope(Envelope.TOP_LEVEL)
        .withCounts(Placement.BEFORE_ROWS)
        .withTotalMatches(total)
        .withEnumCodesAsNumbers(true);
  }
}
