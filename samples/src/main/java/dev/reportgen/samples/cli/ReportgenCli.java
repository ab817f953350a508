package dev.reportgen.samples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code reportgen} command-line tool: inspect and convert LuxSci report files with the
 * generated parsers. Run {@code java -jar samples/target/reportgen-cli.jar --help}.
 */
@Command(
    name = "reportgen",
    mixinStandardHelpOptions = true,
    versionProvider = ReportgenCli.Version.class,
    description = {
      "Reads LuxSci report files (JSON API responses and CSV job results) with the parsers"
          + " reportgen generated from the report schemas.",
    },
    subcommands = {
      InspectCommand.class,
      ConvertCommand.class,
      ReportsCommand.class,
      HelpCommand.class,
    },
    footer = {
      "",
      "Run 'reportgen COMMAND --help' for a command's options and exit codes.",
      "Exit codes: 0 ok, 1 bad data, 2 usage error, 3 file not readable or output not writable,"
          + " 4 internal error.",
    })
public final class ReportgenCli implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Without a command: print the usage on stderr. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("reportgen: missing command");
    spec.commandLine().usage(err);
    err.flush();
    return ExitCodes.USAGE;
  }

  /** A configured command line; tests call {@code execute} on it with their own writers. */
  public static CommandLine newCommandLine() {
    CommandLine cli = new CommandLine(new ReportgenCli());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(PARAMETER_ERRORS);
    cli.setExecutionExceptionHandler(EXECUTION_ERRORS);
    return cli;
  }

  public static void main(String[] args) {
    CommandLine cli = newCommandLine();
    cli.setOut(
        new PrintWriter(
            new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
            true));
    cli.setErr(
        new PrintWriter(
            new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true));
    int exit = cli.execute(args);
    cli.getOut().flush();
    cli.getErr().flush();
    System.exit(exit);
  }

  /** A wrong command line: one line naming the problem and where help is. */
  private static final IParameterExceptionHandler PARAMETER_ERRORS =
      (ex, args) -> {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(
            "reportgen: "
                + ex.getMessage()
                + " (see '"
                + cmd.getCommandSpec().qualifiedName()
                + " --help')");
        err.flush();
        return ExitCodes.USAGE;
      };

  /** Anything a command did not handle itself: one line, or a stack trace with --verbose. */
  private static final IExecutionExceptionHandler EXECUTION_ERRORS =
      (ex, cmd, parseResult) ->
          Failures.report(cmd.getErr(), null, ex, verbose(parseResult));

  private static boolean verbose(ParseResult result) {
    for (ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** The version from the jar manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ReportgenCli.class.getPackage().getImplementationVersion();
      return new String[] {"reportgen " + (version == null ? "(development build)" : version)};
    }
  }
}
