package dev.reportgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code reportgen inspect FILE...}: what is in a report file, and what is wrong with it. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    versionProvider = ReportgenCli.Version.class,
    sortOptions = false,
    description = {
      "Reads every row of each FILE and prints the report type, the row count, per-column null"
          + " counts and value ranges, and every bad row with its position.",
      "",
      "The report is detected from the file's header (or, for a summary report sent as plain keys,"
          + " from its keys) unless --report or --endpoint names it."
          + " By default parsing is lenient: a bad row is skipped, listed and counted, and the"
          + " exit code is 5; with --strict the first bad row ends the file with exit code 1.",
      "Rows are numbered from 0, like the API's first_row; lines and columns from 1."
          + " Null counts and ranges are over the good rows.",
    },
    exitCodeListHeading =
        "%nExit codes (several files: the most serious, in the order 4, 3, 2, 1, 5):%n",
    exitCodeList = {
      "0:Every row of every file was read and good.",
      "1:Bad data: malformed or truncated file, unrecognised report, missing required column,"
          + " an API error response, or a bad row with --strict.",
      "2:Usage error: unknown option, missing file, unknown report or endpoint name.",
      "3:A file could not be opened or read.",
      "4:Internal error (a bug): run again with --verbose and report the stack trace.",
      "5:Bad rows: every file was read to its end, but some rows were bad (skipped, listed).",
    })
final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand ReportgenCli cli;

  @Mixin InputOptions input;

  @Option(names = "--strict", description = "Stop at the first bad row of a file (exit code 1).")
  boolean strict;

  @Option(
      names = "--json",
      description =
          "Print one JSON object per file, on one line (report, counts, columns, bad rows with"
              + " their positions) instead of the text tables. Errors still go to stderr too.")
  boolean json;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Report files (JSON or CSV).")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    KnownReports reports;
    try {
      reports = cli.reports();
    } catch (RuntimeException e) {
      return Failures.report(err, null, e, input.verbose);
    }
    int exit = ExitCodes.OK;
    boolean first = true;
    for (Path file : files) {
      if (!json) {
        if (!first) {
          out.println();
        }
        out.println("== " + file);
        out.flush();
      }
      first = false;
      exit = ExitCodes.worst(exit, inspect(file, reports, out, err));
    }
    out.flush();
    return exit;
  }

  /** Prints the summary of one file (or its failure) and returns the file's exit code. */
  private int inspect(Path file, KnownReports reports, PrintWriter out, PrintWriter err) {
    ReportSource source = null;
    try {
      source = ReportSource.resolve(file, input, reports);
      Inspection inspection = Inspection.read(source, source.type, strict, input, err);
      if (json) {
        JsonSummary.print(file, inspection, out);
      } else {
        TextSummary.print(inspection, out);
      }
      return inspection.exitCode();
    } catch (Exception e) {
      int code = Failures.report(err, file, e, input.verbose);
      if (json) {
        try {
          JsonSummary.printFailure(file, source, strict, code, e, out);
        } catch (IOException writing) {
          return ExitCodes.worst(code, Failures.report(err, file, writing, input.verbose));
        }
      } else {
        out.println("failed: see stderr");
        out.flush();
      }
      return code;
    }
  }
}
