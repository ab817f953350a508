package dev.reportgen.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Options shared by the commands that read report files. */
final class InputOptions {
  /** --report and --endpoint exclude each other; with neither, the report is detected. */
  static final class Selection {
    @Option(
        names = "--report",
        paramLabel = "NAME",
        description =
            "Read the file as this report (Java name, e.g. SentEmail) instead of detecting it"
                + " from the header. 'reportgen reports' lists the names.")
    String report;

    @Option(
        names = "--endpoint",
        paramLabel = "NAME",
        description =
            "Read the file as the report returned by this API endpoint"
                + " (e.g. getEmailSMTPSentReportUser).")
    String endpoint;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Selection selection;

  @Option(
      names = "--format",
      // Not FORMAT, which convert's --to uses: picocli's completion script names a bash variable
      // after the label, and two options with one label would complete each other's values.
      paramLabel = "INPUT_FORMAT",
      defaultValue = "auto",
      description =
          "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). auto goes by the"
              + " file name (.json, .csv, optionally .gz), else by the first character.")
  InputFormat format;

  @Option(
      names = "--no-progress",
      description = "Do not print progress on stderr (printed only for files over 32 MiB).")
  boolean noProgress;

  /** Bytes between progress lines; hidden, for tests and curious users. */
  @Option(
      names = "--progress-every",
      paramLabel = "BYTES",
      hidden = true,
      defaultValue = "33554432")
  long progressStep;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print the stack trace of a failure instead of one line.")
  boolean verbose;

  String report() {
    return selection == null ? null : selection.report;
  }

  String endpoint() {
    return selection == null ? null : selection.endpoint;
  }
}
