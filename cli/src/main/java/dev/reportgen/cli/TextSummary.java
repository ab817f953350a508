package dev.reportgen.cli;

import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ReportMetadata;
import dev.reportgen.runtime.RowError;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code inspect}'s output for people: aligned tables, one block per file (docs/cli.md). */
final class TextSummary {
  private TextSummary() {}

  /** The block of one file after its {@code == FILE} line. */
  static void print(Inspection inspection, PrintWriter out) {
    ReportSource source = inspection.source;
    out.println(
        "report:   "
            + inspection.type.name()
            + " \""
            + inspection.type.title()
            + "\" ("
            + source.how
            + ")");
    out.println(
        "format:   "
            + source.format.name().toUpperCase(Locale.ROOT)
            + ", "
            + ProgressInputStream.size(source.size)
            + ", "
            + (inspection.strict ? "strict" : "lenient")
            + " parsing");
    long bad = inspection.errors.size();
    out.println(
        "rows:     "
            + (inspection.good + bad)
            + " ("
            + inspection.good
            + " good, "
            + bad
            + " bad)");
    printMetadata(inspection.metadata, out);

    out.println("columns:");
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {"keyword", "type", "nulls", "range"});
    for (int i = 0; i < inspection.columns.size(); i++) {
      ColumnStats stat = inspection.columns.get(i);
      Column column = stat.column();
      boolean present = inspection.inFile[i];
      table.add(
          new String[] {
            column.keyword(),
            column.type().name() + (column.nullable() ? "?" : ""),
            present ? Long.toString(stat.nulls()) : "-",
            present ? stat.range() : "(not in this file)"
          });
    }
    printTable(out, table);
    if (!inspection.extraColumns.isEmpty()) {
      out.println(
          "extra columns (not in the schema"
              + (inspection.type.additionalFields() ? "; custom fields are expected here" : "")
              + "):");
      List<String[]> extras = new ArrayList<>();
      extras.add(new String[] {"keyword", "values", "empty"});
      inspection.extraColumns.forEach(
          (name, count) ->
              extras.add(
                  new String[] {name, Long.toString(count.values), Long.toString(count.empty)}));
      printTable(out, extras);
    }
    if (inspection.errors.isEmpty()) {
      out.println("bad rows: none");
    } else {
      out.println("bad rows: " + inspection.errors.size());
      for (RowError error : inspection.errors) {
        out.println("  " + describe(error));
      }
    }
    out.flush();
  }

  private static void printMetadata(ReportMetadata metadata, PrintWriter out) {
    StringBuilder paging = new StringBuilder();
    metadata.totalMatches().ifPresent(n -> paging.append("total matches ").append(n));
    metadata
        .firstRow()
        .ifPresent(
            n -> paging.append(paging.length() > 0 ? ", " : "").append("first row ").append(n));
    if (paging.length() > 0) {
      out.println("paging:   " + paging);
    }
    metadata.comment().ifPresent(c -> out.println("comment:  " + c));
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

  /**
   * Prints rows (the first is the heading) in aligned columns; a column of numbers (or "-") after
   * the first goes right.
   */
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
