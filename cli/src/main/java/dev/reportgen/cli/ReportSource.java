package dev.reportgen.cli;

import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportHeaders;
import dev.reportgen.runtime.ReportKind;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowCursor;
import dev.reportgen.runtime.RowExtras;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One input file: its format, the report it holds and how that was decided. */
final class ReportSource {
  private static final int SHOWN_HEADER_NAMES = 8;

  final Path file;
  final InputFormat format;
  final ReportType<?> type;

  /** How {@link #type} was chosen, for the output: "detected from the header", "--report". */
  final String how;

  final long size;

  /** What {@link ReportHeaders#readJsonHeader} found in the file, once read. */
  private List<String> scannedHeader;

  /** The scalar keys of the JSON envelope, once read. */
  private List<String> plainKeys;

  private ReportSource(
      Path file,
      InputFormat format,
      ReportType<?> type,
      String how,
      long size,
      List<String> scannedHeader,
      List<String> plainKeys) {
    this.file = file;
    this.format = format;
    this.type = type;
    this.how = how;
    this.size = size;
    this.scannedHeader = scannedHeader;
    this.plainKeys = plainKeys;
  }

  /** Checks the file, picks the format and the report type (reading the header if needed). */
  static ReportSource resolve(Path file, InputOptions options, KnownReports catalogs)
      throws IOException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    if (Files.isDirectory(file)) {
      throw new CliException(ExitCodes.IO, "is a directory, not a report file");
    }
    if (!Files.isReadable(file)) {
      throw new AccessDeniedException(file.toString());
    }
    long size = Files.size(file);
    InputFormat format = options.format.resolve(file);
    if (options.report() != null) {
      ReportType<?> type = catalogs.byName(options.report());
      return new ReportSource(file, format, type, "--report", size, null, null);
    }
    if (options.endpoint() != null) {
      ReportType<?> type = catalogs.byEndpoint(options.endpoint());
      return new ReportSource(
          file, format, type, "--endpoint " + options.endpoint(), size, null, null);
    }
    List<String> header = readHeader(file, format);
    Optional<ReportType<?>> detected = catalogs.detect(header);
    if (detected.isPresent()) {
      return new ReportSource(
          file, format, detected.get(), "detected from the header", size, header, null);
    }
    if (header.isEmpty() && format == InputFormat.json) {
      // No header and no rows: a summary report may send its single row as plain keys.
      List<String> keys = readPlainKeys(file);
      Optional<ReportType<?>> summary = catalogs.detectSummary(keys);
      if (summary.isPresent()) {
        return new ReportSource(
            file, format, summary.get(), "detected from its keys", size, header, keys);
      }
      throw new CliException(
          ExitCodes.DATA,
          "cannot tell which report this is: it has no header, and its keys "
              + shortList(keys)
              + " fit no summary report; name it with --report NAME or --endpoint NAME");
    }
    throw new CliException(
        ExitCodes.DATA,
        "cannot tell which report this is from its header "
            + shortList(header)
            + "; name it with --report NAME or --endpoint NAME");
  }

  /** The header list, or else the keys of the first object row (empty when neither). */
  private static List<String> readHeader(Path file, InputFormat format) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return format == InputFormat.csv
          ? ReportHeaders.readCsvHeader(in)
          : ReportHeaders.readJsonHeader(in);
    }
  }

  private static List<String> readPlainKeys(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return ReportHeaders.readJsonPlainKeys(in);
    }
  }

  /**
   * The names of the columns the file carries, to tell which optional columns it has and which
   * extra ones: the header as the cursor read it. A JSON response may have none:
   *
   * <ul>
   *   <li>rows as objects without a header list: the keys of the first row (later rows may carry
   *       fewer or more);
   *   <li>a summary report whose single row came as plain keys of the envelope: the schema columns
   *       among those keys, followed by the extra columns of that row ({@code firstRow}); the
   *       envelope's own keys, such as {@code success}, are in neither.
   * </ul>
   */
  List<String> columns(ReportType<?> type, List<String> header, RowExtras firstRow)
      throws IOException {
    if (!header.isEmpty() || format != InputFormat.json) {
      return header;
    }
    if (scannedHeader == null) {
      scannedHeader = readHeader(file, format);
    }
    if (!scannedHeader.isEmpty() || type.kind() != ReportKind.SUMMARY) {
      return scannedHeader;
    }
    if (plainKeys == null) {
      plainKeys = readPlainKeys(file);
    }
    List<String> columns = new ArrayList<>();
    for (String key : plainKeys) {
      for (Column column : type.columns()) {
        if (column.keyword().equalsIgnoreCase(key)) {
          columns.add(key);
          break;
        }
      }
    }
    columns.addAll(firstRow.columns().keySet());
    return columns;
  }

  /** Opens the file for reading rows, with progress on {@code err} unless switched off. */
  InputStream open(PrintWriter err, InputOptions options) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (!options.noProgress) {
      in = new ProgressInputStream(in, err, file.toString(), size, options.progressStep);
    }
    return new BufferedInputStream(in, 1 << 16);
  }

  /** A cursor over the rows of {@code in}, read as {@code type}. */
  <T> RowCursor<T> cursor(ReportType<T> type, ReadOptions readOptions, InputStream in) {
    ReportReader<T> reader = ReportReader.of(type, readOptions);
    return format == InputFormat.csv ? reader.openCsv(in) : reader.openJson(in);
  }

  static String shortList(List<String> names) {
    if (names.size() <= SHOWN_HEADER_NAMES) {
      return names.toString();
    }
    return names.subList(0, SHOWN_HEADER_NAMES).toString().replaceFirst("]$", "")
        + ", ... "
        + (names.size() - SHOWN_HEADER_NAMES)
        + " more]";
  }
}
