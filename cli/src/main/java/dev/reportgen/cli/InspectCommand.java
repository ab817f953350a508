package dev.reportgen.cli;

import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportMetadata;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowCursor;
import dev.reportgen.runtime.RowError;
import dev.reportgen.runtime.RowExtras;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
      "The report is detected from the file's header unless --report or --endpoint names it."
          + " By default parsing is lenient: a bad row is skipped, listed and counted; with"
          + " --strict the first bad row ends the file with exit code 1.",
      "Rows are numbered from 0, like the API's first_row; lines and columns from 1."
          + " Null counts and ranges are over the good rows.",
    },
    exitCodeListHeading = "%nExit codes (several files: the largest):%n",
    exitCodeList = {
      "0:Every file was read to its end (bad rows skipped in lenient mode are reported, not fatal).",
      "1:Bad data: malformed or truncated file, unrecognised report, missing required column,"
          + " an API error response, or a bad row with --strict.",
      "2:Usage error: unknown option, missing file, unknown report or endpoint name.",
      "3:A file could not be opened or read.",
      "4:Internal error (a bug): run again with --verbose and report the stack trace.",
    })
final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand ReportgenCli cli;

  @Mixin InputOptions input;

  @Option(names = "--strict", description = "Stop at the first bad row of a file (exit code 1).")
  boolean strict;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Report files (JSON or CSV).")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    KnownReports reports;
    try {
      reports = cli.reports();
    } catch (CliException e) {
      return Failures.report(err, null, e, input.verbose);
    }
    int exit = ExitCodes.OK;
    boolean first = true;
    for (Path file : files) {
      if (!first) {
        out.println();
      }
      first = false;
      out.println("== " + file);
      out.flush();
      try {
        ReportSource source = ReportSource.resolve(file, input, reports);
        inspect(source, source.type, out, err);
      } catch (Exception e) {
        out.println("failed: see stderr");
        out.flush();
        exit = Math.max(exit, Failures.report(err, file, e, input.verbose));
      }
    }
    out.flush();
    return exit;
  }

  private <T> void inspect(ReportSource source, ReportType<T> type, PrintWriter out, PrintWriter err)
      throws Exception {
    ReadOptions options = strict ? ReadOptions.strict() : ReadOptions.lenient();
    List<Column> columns = type.columns();
    List<ColumnStats> stats = new ArrayList<>(columns.size());
    for (Column column : columns) {
      stats.add(new ColumnStats(column));
    }
    Map<String, long[]> extraColumns = new LinkedHashMap<>();
    long good = 0;
    List<String> header;
    ReportMetadata metadata;
    List<RowError> errors;
    try (InputStream in = source.open(err, input);
        RowCursor<T> cursor = source.cursor(type, options, in)) {
      header = cursor.header();
      while (cursor.hasNext()) {
        T row = cursor.next();
        good++;
        RowExtras extras = type.extras(row);
        for (int i = 0; i < columns.size(); i++) {
          stats.get(i).add(type.value(row, i), extras);
        }
        for (Map.Entry<String, String> extra : extras.columns().entrySet()) {
          long[] count = extraColumns.get(extra.getKey());
          if (count == null && extraColumns.size() < 256) {
            count = new long[2];
            extraColumns.put(extra.getKey(), count);
          }
          if (count != null) {
            count[extra.getValue() == null || extra.getValue().isEmpty() ? 1 : 0]++;
          }
        }
      }
      metadata = cursor.metadata();
      errors = List.copyOf(cursor.errors());
    }

    out.println("report:   " + type.name() + " \"" + type.title() + "\" (" + source.how + ")");
    out.println(
        "format:   "
            + source.format.name().toUpperCase(Locale.ROOT)
            + ", "
            + ProgressInputStream.size(source.size)
            + ", "
            + (strict ? "strict" : "lenient")
            + " parsing");
    out.println(
        "rows:     " + (good + errors.size()) + " (" + good + " good, " + errors.size() + " bad)");
    StringBuilder meta = new StringBuilder();
    metadata.totalMatches().ifPresent(n -> meta.append("total matches ").append(n));
    metadata.firstRow().ifPresent(n -> meta.append(meta.length() > 0 ? ", " : "").append("first row ").append(n));
    if (meta.length() > 0) {
      out.println("paging:   " + meta);
    }
    metadata.comment().ifPresent(c -> out.println("comment:  " + c));

    out.println("columns:");
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {"keyword", "type", "nulls", "range"});
    for (ColumnStats stat : stats) {
      Column column = stat.column();
      boolean present = contains(header, column.keyword());
      String typeName = column.type().name() + (column.nullable() ? "?" : "");
      table.add(
          new String[] {
            column.keyword(),
            typeName,
            present ? Long.toString(stat.nulls()) : "-",
            present ? stat.range() : "(not in this file)"
          });
    }
    printTable(out, table);
    if (!extraColumns.isEmpty()) {
      out.println(
          "extra columns (not in the schema"
              + (type.additionalFields() ? "; custom fields are expected here" : "")
              + "):");
      List<String[]> extras = new ArrayList<>();
      extras.add(new String[] {"keyword", "values", "empty"});
      extraColumns.forEach(
          (name, count) ->
              extras.add(new String[] {name, Long.toString(count[0]), Long.toString(count[1])}));
      printTable(out, extras);
    }
    if (errors.isEmpty()) {
      out.println("bad rows: none");
    } else {
      out.println("bad rows: " + errors.size());
      for (RowError error : errors) {
        out.println("  " + describe(error));
      }
    }
    out.flush();
  }

  /** {@code row 2, line 12, column 57: 'open_date' = "2025-03-03 25:61:00": message}. */
  static String describe(RowError error) {
    StringBuilder text = new StringBuilder("row ").append(error.row());
    if (error.line() > 0) {
      text.append(", line ").append(error.line());
      if (error.lineColumn() > 0) {
        text.append(", column ").append(error.lineColumn());
      }
    }
    text.append(':');
    if (error.column() != null) {
      text.append(" '").append(error.column()).append('\'');
      if (error.value() != null) {
        text.append(" = \"").append(error.value()).append('"');
      }
      text.append(':');
    }
    text.append(' ').append(error.message());
    return text.toString();
  }

  private static boolean contains(List<String> header, String keyword) {
    for (String name : header) {
      if (name.equalsIgnoreCase(keyword)) {
        return true;
      }
    }
    return false;
  }

  /** Prints rows (the first is the heading) in aligned columns; columns 2 and 3 of numbers go right. */
  private static void printTable(PrintWriter out, List<String[]> rows) {
    int width = rows.get(0).length;
    int[] widths = new int[width];
    boolean[] right = new boolean[width];
    for (int i = 1; i < width; i++) {
      right[i] = true;
      for (String[] row : rows.subList(1, rows.size())) {
        if (!row[i].matches("[0-9]+|-")) {
          right[i] = false;
        }
      }
    }
    for (String[] row : rows) {
      for (int i = 0; i < width; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(" ");
      for (int i = 0; i < width; i++) {
        String cell = row[i];
        String pad = " ".repeat(widths[i] - cell.length());
        line.append(' ');
        if (i == width - 1 && !right[i]) {
          line.append(cell);
        } else if (right[i]) {
          line.append(pad).append(cell);
        } else {
          line.append(cell).append(pad);
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
