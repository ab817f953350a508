package dev.reportgen.cli;

import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ReportType;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code reportgen reports [NAME]}: the report types the tool knows, or one report's columns. */
@Command(
    name = "reports",
    mixinStandardHelpOptions = true,
    versionProvider = ReportgenCli.Version.class,
    description = {
      "Lists the reports the tool knows (those of every model jar on the class path: the LuxSci"
          + " models and any added with --with) with their endpoints, or, given NAME, that"
          + " report's columns.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:Listed.", "2:Usage error, or NAME is not a known report."})
final class ReportsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand ReportgenCli cli;

  @Parameters(
      paramLabel = "NAME",
      arity = "0..1",
      description = "A report's Java name (e.g. SentEmail): show its columns.")
  String name;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print the stack trace of a failure instead of one line.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      if (name == null) {
        for (ReportType<?> type : cli.reports().types()) {
          out.println(
              type.name()
                  + "  \""
                  + type.title()
                  + "\"  "
                  + type.kind().name().toLowerCase(Locale.ROOT)
                  + (type.additionalFields() ? ", custom fields" : "")
                  + "  "
                  + String.join(", ", type.endpoints()));
        }
      } else {
        ReportType<?> type = cli.reports().byName(name);
        out.println(type.name() + " \"" + type.title() + "\"");
        out.println("kind:      " + type.kind().name().toLowerCase(Locale.ROOT));
        out.println("endpoints: " + String.join(", ", type.endpoints()));
        out.println("record:    " + type.recordType().getName());
        out.println("columns:");
        for (Column column : type.columns()) {
          out.println(
              "  "
                  + column.keyword()
                  + "  "
                  + column.type().name()
                  + (column.optional() ? "  optional" : column.nullable() ? "  nullable" : ""));
        }
        if (type.additionalFields()) {
          out.println("  (plus custom-field columns named at run time)");
        }
      }
      out.flush();
      return ExitCodes.OK;
    } catch (Exception e) {
      return Failures.report(spec.commandLine().getErr(), null, e, verbose);
    }
  }
}
