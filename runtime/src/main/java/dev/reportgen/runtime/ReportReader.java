package dev.reportgen.runtime;

import dev.reportgen.runtime.csv.CsvRowCursor;
import dev.reportgen.runtime.internal.FatalReadException;
import dev.reportgen.runtime.json.JsonCursors;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads reports of one type from JSON responses and CSV job result files.
 *
 * <pre>{@code
 * ReportReader<SentEmail> reader = ReportReader.of(SentEmail.type());
 * try (RowCursor<SentEmail> rows = reader.openJson(body)) {
 *   while (rows.hasNext()) {
 *     SentEmail row = rows.next();
 *   }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@code open...} call returns an independent cursor. The {@code
 * open...} methods stream with memory independent of the number of rows; the {@code read...}
 * methods collect everything into a {@link Report}. A cursor owns its input: closing it closes the
 * stream or reader passed in. JSON and CSV input starting with the gzip magic bytes is
 * decompressed. Only {@link ReportException}s escape.
 *
 * @param <T> the generated record
 */
public final class ReportReader<T> {
  private final ReportType<T> type;
  private final ReadOptions options;
  private final JsonCursors json;

  private ReportReader(ReportType<T> type, ReadOptions options) {
    this.type = Objects.requireNonNull(type, "type");
    this.options = Objects.requireNonNull(options, "options");
    this.json = new JsonCursors(options);
  }

  /** A strict reader with default limits. */
  public static <T> ReportReader<T> of(ReportType<T> type) {
    return new ReportReader<>(type, ReadOptions.strict());
  }

  /** A reader with the given mode and limits. */
  public static <T> ReportReader<T> of(ReportType<T> type, ReadOptions options) {
    return new ReportReader<>(type, options);
  }

  public ReportType<T> type() {
    return type;
  }

  public ReadOptions options() {
    return options;
  }

  /** Streams the rows of a JSON response (UTF-8/16/32 detected, gzip detected). */
  public RowCursor<T> openJson(InputStream in) {
    Objects.requireNonNull(in, "in");
    return json.open(type, in);
  }

  /** Streams the rows of a JSON response held in memory. */
  public RowCursor<T> openJson(byte[] json) {
    Objects.requireNonNull(json, "json");
    return this.json.open(type, json);
  }

  /** Streams the rows of a JSON response given as characters. */
  public RowCursor<T> openJson(Reader in) {
    Objects.requireNonNull(in, "in");
    return json.open(type, in);
  }

  /**
   * Streams the rows of a CSV job result file: header row first, RFC 4180 quoting, UTF-8 with or
   * without BOM, gzip detected by its magic bytes. The input is read lazily, on the first call.
   */
  public RowCursor<T> openCsv(InputStream in) {
    Objects.requireNonNull(in, "in");
    return new CsvRowCursor<>(in, type, options);
  }

  /** Reads a whole JSON response into memory. */
  public Report<T> readJson(byte[] json) {
    return collect(openJson(json));
  }

  /** Reads a whole JSON response into memory. */
  public Report<T> readJson(InputStream in) {
    return collect(openJson(in));
  }

  /** Reads a whole CSV file into memory; for large job results prefer {@link #openCsv}. */
  public Report<T> readCsv(InputStream in) {
    return collect(openCsv(in));
  }

  private static <T> Report<T> collect(RowCursor<T> cursor) {
    try (cursor) {
      List<T> rows = new ArrayList<>();
      while (cursor.hasNext()) {
        rows.add(cursor.next());
      }
      return new Report<>(rows, cursor.header(), cursor.metadata(), cursor.errors());
    } catch (FatalReadException e) {
      throw e.error();
    }
  }

  @Override
  public String toString() {
    return "ReportReader{" + type.name() + ", " + options + "}";
  }
}
