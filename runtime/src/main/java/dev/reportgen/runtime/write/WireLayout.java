package dev.reportgen.runtime.write;

import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ReportType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns one writer puts on the wire: the schema's, in schema order, then the declared extra
 * columns. Extra names that the reader would map to a schema column (same name in any case), or
 * that repeat each other in that sense, are refused: reading them back would not give the extras.
 */
public final class WireLayout {
  private final List<Column> columns;
  private final List<String> extraColumns;
  private final List<String> names;
  private final Set<String> schemaFolded = new HashSet<>();
  private final Set<String> extraSet;

  public WireLayout(ReportType<?> type, List<String> extraColumns) {
    this.columns = type.columns();
    this.extraColumns = List.copyOf(extraColumns);
    List<String> all = new ArrayList<>(columns.size() + extraColumns.size());
    for (Column column : columns) {
      all.add(column.keyword());
      schemaFolded.add(RowValues.fold(column.keyword()));
    }
    Set<String> extraFolded = new HashSet<>();
    for (String extra : this.extraColumns) {
      WireText.checkEncodable(extra);
      if (extra.isEmpty()) {
        throw new IllegalArgumentException("an extra column needs a name");
      }
      if (schemaFolded.contains(RowValues.fold(extra))) {
        throw new IllegalArgumentException(
            "extra column " + extra + " clashes with a column of " + type.name());
      }
      if (!extraFolded.add(RowValues.fold(extra))) {
        throw new IllegalArgumentException(
            "extra column " + extra + " is declared twice (names are compared ignoring case)");
      }
      all.add(extra);
    }
    this.names = List.copyOf(all);
    this.extraSet = Set.copyOf(this.extraColumns);
  }

  public List<Column> columns() {
    return columns;
  }

  public List<String> extraColumns() {
    return extraColumns;
  }

  /** Every header name: schema keywords, then extras. */
  public List<String> names() {
    return names;
  }

  public int width() {
    return names.size();
  }

  boolean isSchemaName(String name) {
    return schemaFolded.contains(RowValues.fold(name));
  }

  boolean isExtraColumn(String name) {
    return extraSet.contains(name);
  }
}
