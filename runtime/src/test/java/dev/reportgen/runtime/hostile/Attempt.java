package dev.reportgen.runtime.hostile;

import static org.junit.jupiter.api.Assertions.fail;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportException;
import dev.reportgen.runtime.ReportMetadata;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowCursor;
import dev.reportgen.runtime.RowError;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * The outcome of reading one input through a cursor: the rows delivered (also those delivered
 * before a failure), the lenient errors, and the {@link ReportException} that ended the read, if
 * any. Anything else escaping the runtime fails the test at once, naming the input.
 *
 * @param <T> the record type
 */
final class Attempt<T> {
  final List<T> rows = new ArrayList<>();
  List<RowError> errors = List.of();
  List<String> header = List.of();
  ReportMetadata metadata;
  ReportException failure;

  boolean failed() {
    return failure != null;
  }

  /**
   * The failure as a parse exception; fails the test when the read succeeded or failed otherwise.
   */
  ReportParseException parseFailure(String what) {
    return parseFailure(() -> what);
  }

  /** As {@link #parseFailure(String)}, building the message only on failure. */
  ReportParseException parseFailure(java.util.function.Supplier<String> whatLater) {
    if (failure == null || !(failure instanceof ReportParseException)) {
      return parseFailureSlow(whatLater.get());
    }
    return (ReportParseException) failure;
  }

  private ReportParseException parseFailureSlow(String what) {
    if (failure == null) {
      fail(
          what
              + ": expected ReportParseException, but the read succeeded with "
              + rows.size()
              + " rows and "
              + errors.size()
              + " errors");
    }
    if (!(failure instanceof ReportParseException e)) {
      throw new AssertionError(what + ": expected ReportParseException, got " + failure, failure);
    }
    return e;
  }

  enum Format {
    JSON_BYTES,
    JSON_STREAM,
    CSV
  }

  static <T> Attempt<T> json(ReportType<T> type, ReadOptions options, byte[] input) {
    return run(type, options, Format.JSON_BYTES, input);
  }

  static <T> Attempt<T> jsonStream(ReportType<T> type, ReadOptions options, byte[] input) {
    return run(type, options, Format.JSON_STREAM, input);
  }

  static <T> Attempt<T> csv(ReportType<T> type, ReadOptions options, byte[] input) {
    return run(type, options, Format.CSV, input);
  }

  static <T> Attempt<T> run(ReportType<T> type, ReadOptions options, Format format, byte[] input) {
    return run(type, options, format, input, ByteArrayInputStream::new);
  }

  /** Reads {@code input} completely; {@code source} turns the bytes into the stream to read. */
  static <T> Attempt<T> run(
      ReportType<T> type,
      ReadOptions options,
      Format format,
      byte[] input,
      Function<byte[], InputStream> source) {
    Attempt<T> a = new Attempt<>();
    ReportReader<T> reader = reader(type, options);
    RowCursor<T> cursor = null;
    try {
      cursor =
          switch (format) {
            case JSON_BYTES -> reader.openJson(input);
            case JSON_STREAM -> reader.openJson(source.apply(input));
            case CSV -> reader.openCsv(source.apply(input));
          };
      while (cursor.hasNext()) {
        a.rows.add(cursor.next());
      }
      a.header = cursor.header();
      a.metadata = cursor.metadata();
      a.errors = List.copyOf(cursor.errors());
    } catch (ReportException e) {
      a.failure = e;
      if (cursor != null) {
        a.errors = List.copyOf(cursor.errors());
      }
    } catch (Throwable t) {
      throw new AssertionError(
          "a "
              + t.getClass().getName()
              + " (not a ReportException) escaped the "
              + format
              + " reader ("
              + options.mode()
              + ") for input "
              + describe(input),
          t);
    } finally {
      if (cursor != null) {
        try {
          cursor.close();
        } catch (Throwable t) {
          throw new AssertionError("close() threw for input " + describe(input), t);
        }
      }
    }
    return a;
  }

  private static final java.util.Map<List<Object>, ReportReader<?>> READERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Readers are immutable and thread-safe; building one builds a jackson factory, so cache. */
  @SuppressWarnings("unchecked")
  static <T> ReportReader<T> reader(ReportType<T> type, ReadOptions options) {
    return (ReportReader<T>)
        READERS.computeIfAbsent(List.of(type, options), k -> ReportReader.of(type, options));
  }

  /** The input for a failure message: text when printable, else hex; cut to 600 bytes. */
  static String describe(byte[] input) {
    int n = Math.min(input.length, 600);
    boolean text = true;
    for (int i = 0; i < n; i++) {
      int b = input[i] & 0xff;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' || b == 0x7f) {
        text = false;
        break;
      }
    }
    String shown =
        text
            ? "\""
                + new String(input, 0, n, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("\r", "\\r")
                    .replace("\n", "\\n")
                + "\""
            : "hex " + HexFormat.of().formatHex(input, 0, n);
    return "(" + input.length + " bytes) " + shown + (n < input.length ? "..." : "");
  }

  @Override
  public String toString() {
    return failed()
        ? "failed after " + rows.size() + " rows: " + failure
        : rows.size() + " rows, " + errors.size() + " errors " + errors;
  }
}
