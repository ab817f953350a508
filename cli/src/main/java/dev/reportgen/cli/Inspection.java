package dev.reportgen.cli;

import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportMetadata;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowCursor;
import dev.reportgen.runtime.RowError;
import dev.reportgen.runtime.RowExtras;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code inspect} learned from reading every row of one file, for {@link TextSummary} and
 * {@link JsonSummary} to print. Memory is bounded whatever the file size, except for the list of
 * bad rows, which is the point of the exercise.
 */
final class Inspection {
  /**
   * Extra (not in the schema) columns counted; more are left out rather than use unbounded memory.
   */
  static final int MAX_EXTRA_COLUMNS = 256;

  /** How many good rows of one extra column have a value and how many have none or an empty one. */
  static final class ExtraCount {
    long values;
    long empty;
  }

  final ReportSource source;
  final ReportType<?> type;
  final boolean strict;
  final long good;
  final List<RowError> errors;
  final ReportMetadata metadata;

  /** One per schema column, in schema order. */
  final List<ColumnStats> columns;

  /** Per schema column: whether the file carries it (else "not in this file"). */
  final boolean[] inFile;

  final Map<String, ExtraCount> extraColumns;

  private Inspection(
      ReportSource source,
      ReportType<?> type,
      boolean strict,
      long good,
      List<RowError> errors,
      ReportMetadata metadata,
      List<ColumnStats> columns,
      boolean[] inFile,
      Map<String, ExtraCount> extraColumns) {
    this.source = source;
    this.type = type;
    this.strict = strict;
    this.good = good;
    this.errors = errors;
    this.metadata = metadata;
    this.columns = columns;
    this.inFile = inFile;
    this.extraColumns = Collections.unmodifiableMap(extraColumns);
  }

  /** 0 when every row was good, else {@link ExitCodes#BAD_ROWS}. */
  int exitCode() {
    return errors.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_ROWS;
  }

  /**
   * Reads every row of {@code source} as {@code type}. In strict mode the first bad row ends the
   * read with its {@code ReportParseException}.
   */
  static <T> Inspection read(
      ReportSource source, ReportType<T> type, boolean strict, InputOptions input, PrintWriter err)
      throws IOException {
    ReadOptions options = strict ? ReadOptions.strict() : ReadOptions.lenient();
    List<Column> schema = type.columns();
    List<ColumnStats> stats = new ArrayList<>(schema.size());
    for (Column column : schema) {
      stats.add(new ColumnStats(column));
    }
    Map<String, ExtraCount> extraColumns = new LinkedHashMap<>();
    long good = 0;
    RowExtras firstExtras = RowExtras.empty();
    List<String> header;
    ReportMetadata metadata;
    List<RowError> errors;
    try (InputStream in = source.open(err, input);
        RowCursor<T> cursor = source.cursor(type, options, in)) {
      while (cursor.hasNext()) {
        T row = cursor.next();
        RowExtras extras = type.extras(row);
        if (good == 0) {
          firstExtras = extras;
        }
        good++;
        for (int i = 0; i < schema.size(); i++) {
          stats.get(i).add(type.value(row, i), extras);
        }
        countExtras(extras, extraColumns);
      }
      header = source.columns(type, cursor.header(), firstExtras);
      metadata = cursor.metadata();
      errors = List.copyOf(cursor.errors());
    }
    boolean[] inFile = new boolean[schema.size()];
    for (int i = 0; i < schema.size(); i++) {
      inFile[i] = containsIgnoringCase(header, schema.get(i).keyword());
    }
    return new Inspection(
        source, type, strict, good, errors, metadata, List.copyOf(stats), inFile, extraColumns);
  }

  private static void countExtras(RowExtras extras, Map<String, ExtraCount> counts) {
    for (Map.Entry<String, String> extra : extras.columns().entrySet()) {
      ExtraCount count = counts.get(extra.getKey());
      if (count == null && counts.size() < MAX_EXTRA_COLUMNS) {
        count = new ExtraCount();
        counts.put(extra.getKey(), count);
      }
      if (count != null) {
        if (extra.getValue() == null || extra.getValue().isEmpty()) {
          count.empty++;
        } else {
          count.values++;
        }
      }
    }
  }

  private static boolean containsIgnoringCase(List<String> names, String keyword) {
    for (String name : names) {
      if (name.equalsIgnoreCase(keyword)) {
        return true;
      }
    }
    return false;
  }
}
