package dev.reportgen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** Runs the tool in-process, as {@code java -jar reportgen-cli.jar ARGS} would, and captures it. */
final class Cli {
  /** Exit code, stdout and stderr of one run. */
  record Run(int exit, String out, String err) {
    List<String> outLines() {
      return out.isEmpty()
          ? List.of()
          : Arrays.asList(out.split("\n", -1)).subList(0, lineCount(out));
    }

    List<String> errLines() {
      return err.isEmpty()
          ? List.of()
          : Arrays.asList(err.split("\n", -1)).subList(0, lineCount(err));
    }

    private static int lineCount(String text) {
      String[] parts = text.split("\n", -1);
      return text.endsWith("\n") ? parts.length - 1 : parts.length;
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /**
   * The folder of the bundled sample reports, relative to this module's directory (where Surefire
   * runs the tests): the files a user meets first, including one of the samples' own schema.
   */
  static final String DATA = "../samples/data";

  /** A sample report file, as a path relative to this module's directory. */
  static String data(String name) {
    return DATA + "/" + name;
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ReportgenCli.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(
        exit, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
  }

  private Cli() {}
}
