package dev.reportgen.cli;

import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowCursor;
import dev.reportgen.runtime.RowError;
import dev.reportgen.runtime.RowExtras;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code reportgen convert FILE --to csv|jsonl}: typed rows out in another format, streaming. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = ReportgenCli.Version.class,
    sortOptions = false,
    description = {
      "Reads FILE row by row and writes the typed rows as CSV or JSON Lines, in constant memory.",
      "",
      "csv:   a header row of wire keywords, then one record per row; values in wire format"
          + " (DATETIME as YYYY-MM-DD HH:MM:SS GMT, enums as their wire values, an unknown enum"
          + " value as its raw text, absent values empty). Columns: the schema's required columns,"
          + " the optional ones the input carries, then the input's columns that the schema does"
          + " not know (custom fields), in input order.",
      "jsonl: one JSON object per row with the same keys; numbers and integer-coded enums as JSON"
          + " numbers, absent values as null, every extra column of the row as a string.",
      "",
      "Parsing is strict by default: the first bad row stops the conversion with exit code 1 and"
          + " --out is left untouched. With --lenient bad rows are skipped and listed on stderr,"
          + " every good row is written, and the exit code is 5.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Every row of FILE was read, good and written.",
      "1:Bad data: malformed or truncated file, unrecognised report, missing required column,"
          + " an API error response, or a bad row without --lenient.",
      "2:Usage error: unknown option, missing file or --to, unknown report or endpoint name.",
      "3:FILE could not be opened or read, or the output could not be written.",
      "4:Internal error (a bug): run again with --verbose and report the stack trace.",
      "5:Bad rows (--lenient): FILE was converted, but some rows were bad; they were skipped and"
          + " listed on stderr.",
    })
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand ReportgenCli cli;

  @Parameters(paramLabel = "FILE", arity = "1", description = "The report file (JSON or CSV).")
  Path file;

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      required = true,
      description = "Output format: ${COMPLETION-CANDIDATES}.")
  OutputFormat to;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "OUT",
      description =
          "Write to OUT instead of stdout. OUT is replaced only when the conversion succeeds.")
  Path out;

  @Option(names = "--lenient", description = "Skip bad rows (listed on stderr) instead of failing.")
  boolean lenient;

  @Mixin InputOptions input;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      ReportSource source = ReportSource.resolve(file, input, cli.reports());
      long badRows;
      if (out == null) {
        PrintWriter stdout = spec.commandLine().getOut();
        badRows = convert(source, source.type, stdout, err);
        stdout.flush();
        if (stdout.checkError()) {
          throw new CliException(ExitCodes.IO, "cannot write to stdout");
        }
      } else {
        badRows = toFile(source);
      }
      return badRows == 0 ? ExitCodes.OK : ExitCodes.BAD_ROWS;
    } catch (Exception e) {
      return Failures.report(err, file, e, input.verbose);
    }
  }

  /**
   * Converts into a temporary file beside OUT and moves it over OUT once everything is written;
   * returns the number of bad rows skipped.
   */
  private long toFile(ReportSource source) throws Exception {
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    Path temp;
    try {
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    } catch (IOException e) {
      throw new CliException(ExitCodes.IO, "cannot write " + out + ": " + Failures.reason(e), e);
    }
    boolean done = false;
    long badRows;
    try {
      try (Writer writer =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8),
              1 << 16)) {
        badRows = convert(source, source.type, writer, spec.commandLine().getErr());
      } catch (IOException e) {
        throw new CliException(ExitCodes.IO, "cannot write " + out + ": " + Failures.reason(e), e);
      }
      try {
        try {
          Files.move(
              temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw new CliException(ExitCodes.IO, "cannot write " + out + ": " + Failures.reason(e), e);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
    return badRows;
  }

  /**
   * Streams every row of {@code source} into {@code writer}; returns the number of bad rows skipped
   * (lenient mode; strict mode throws at the first).
   */
  private <T> long convert(ReportSource source, ReportType<T> type, Writer writer, PrintWriter err)
      throws IOException {
    ReadOptions options = lenient ? ReadOptions.lenient() : ReadOptions.strict();
    long badRows;
    try (InputStream in = source.open(err, input);
        RowCursor<T> cursor = source.cursor(type, options, in)) {
      // The first row is read before the sink is made: a summary sent as plain keys has no
      // header, and its columns are known only from its one row.
      T first = cursor.hasNext() ? cursor.next() : null;
      int reported = reportErrors(cursor, 0, err);
      RowExtras firstExtras = first == null ? RowExtras.empty() : type.extras(first);
      List<String> columns = source.columns(type, cursor.header(), firstExtras);
      try (RowSink<T> sink = RowSink.of(to, type, columns, writer)) {
        if (first != null) {
          sink.write(first);
        }
        while (cursor.hasNext()) {
          sink.write(cursor.next());
          reported = reportErrors(cursor, reported, err);
        }
        reportErrors(cursor, reported, err);
      }
      badRows = cursor.errors().size();
    }
    writer.flush();
    return badRows;
  }

  /** Prints the bad rows the cursor skipped since the last call; returns how many are printed. */
  private int reportErrors(RowCursor<?> cursor, int reported, PrintWriter err) {
    List<RowError> errors = cursor.errors();
    if (errors.size() > reported) {
      for (int i = reported; i < errors.size(); i++) {
        err.println("reportgen: " + file + ": skipped bad " + TextSummary.describe(errors.get(i)));
      }
      err.flush();
    }
    return errors.size();
  }
}
