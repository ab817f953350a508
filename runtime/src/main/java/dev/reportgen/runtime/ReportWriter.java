package dev.reportgen.runtime;

import dev.reportgen.runtime.write.CsvRowWriter;
import dev.reportgen.runtime.write.JsonRowWriter;
import dev.reportgen.runtime.write.RowsInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Objects;

/**
 * Writes typed rows of a {@link ReportType} back onto the wire: as a LuxSci JSON report body or as
 * a CSV job results file, exactly as {@link ReportReader} reads them. What a writer writes reads
 * back to equal records, extras included (columns beyond the schema and the raw text of {@code
 * UNKNOWN} enum values); docs/runtime.md ("Writing reports") lists the value forms and the few
 * values that do not survive the trip (a nullable {@code ""} reads back as null, a null extra
 * column in CSV as {@code ""}).
 *
 * <pre>{@code
 * ReportWriter<SentEmail> writer = ReportWriter.json(SentEmail.type(), JsonWriteOptions.defaults());
 * try (RowWriter<SentEmail> rows = writer.open(outputStream)) {
 *   for (SentEmail row : source) {
 *     rows.write(row);
 *   }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@link #open} gives an independent {@link RowWriter}.
 *
 * @param <T> the report's record
 */
public final class ReportWriter<T> {
  private final ReportType<T> type;
  private final JsonWriteOptions json;
  private final CsvWriteOptions csv;

  private ReportWriter(ReportType<T> type, JsonWriteOptions json, CsvWriteOptions csv) {
    this.type = Objects.requireNonNull(type, "type");
    this.json = json;
    this.csv = csv;
  }

  /** A JSON body writer with {@link JsonWriteOptions#defaults()}. */
  public static <T> ReportWriter<T> json(ReportType<T> type) {
    return json(type, JsonWriteOptions.defaults());
  }

  /**
   * A JSON body writer. Throws {@link IllegalArgumentException} for options no reader could read
   * back (array rows without a header, counts before the rows without a total) and for extra
   * columns that clash with the schema's.
   */
  public static <T> ReportWriter<T> json(ReportType<T> type, JsonWriteOptions options) {
    Objects.requireNonNull(options, "options").validate();
    ReportWriter<T> writer = new ReportWriter<>(type, options, null);
    JsonRowWriter.checkLayout(type, options);
    return writer;
  }

  /** A CSV job results writer with {@link CsvWriteOptions#defaults()}. */
  public static <T> ReportWriter<T> csv(ReportType<T> type) {
    return csv(type, CsvWriteOptions.defaults());
  }

  /** A CSV job results writer; extra columns that clash with the schema's are refused. */
  public static <T> ReportWriter<T> csv(ReportType<T> type, CsvWriteOptions options) {
    ReportWriter<T> writer = new ReportWriter<>(type, null, Objects.requireNonNull(options));
    CsvRowWriter.checkLayout(type, options);
    return writer;
  }

  public ReportType<T> type() {
    return type;
  }

  /**
   * Starts a body on {@code out} (the header and whatever precedes the rows may be written now or
   * with the first row). The returned writer owns {@code out}: closing it closes {@code out}.
   */
  public RowWriter<T> open(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return json != null ? JsonRowWriter.open(type, json, out) : CsvRowWriter.open(type, csv, out);
  }

  /** Writes all of {@code rows} to {@code out} and closes it. */
  public void write(Iterator<? extends T> rows, OutputStream out) {
    try (RowWriter<T> writer = open(out)) {
      writer.writeAll(rows);
    }
  }

  /**
   * The body for {@code rows} as a stream that writes them as it is read, in constant memory for
   * any number of rows (a fake server's response, a reader's load test). A row that cannot be
   * written throws its {@link IllegalArgumentException} from {@code read}.
   */
  public InputStream inputStream(Iterator<? extends T> rows) {
    Objects.requireNonNull(rows, "rows");
    return new RowsInputStream<>(this::open, rows);
  }

  /** The whole body for {@code rows}, in memory (tests, small fixtures). */
  public byte[] toBytes(Iterable<? extends T> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(rows.iterator(), out);
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return "ReportWriter{" + type.name() + ", " + (json != null ? json : csv) + "}";
  }
}
