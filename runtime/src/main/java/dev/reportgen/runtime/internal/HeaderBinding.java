package dev.reportgen.runtime.internal;

import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.ReportType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A response header mapped once to schema columns: {@code positions[i]} is the column index of the
 * header's {@code i}-th name, or -1 for a name the schema does not know (kept as an extra).
 */
public final class HeaderBinding {
  private final List<String> names;
  private final int[] positions;
  private final boolean everyColumnBound;

  private HeaderBinding(List<String> names, int[] positions, boolean everyColumnBound) {
    this.names = names;
    this.positions = positions;
    this.everyColumnBound = everyColumnBound;
  }

  /**
   * Binds {@code header} to the columns of {@code type}.
   *
   * @throws ReportParseException when a name repeats, two names map to one column, or a
   *     non-nullable required column is missing
   */
  public static HeaderBinding bind(
      ReportType<?> type, ColumnNames columnNames, List<String> header, long line, long column) {
    List<Column> columns = type.columns();
    int[] positions = new int[header.size()];
    int[] seenAt = new int[columns.size()];
    java.util.Arrays.fill(seenAt, -1);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (!names.add(name)) {
        throw headerError("the header names column '" + name + "' twice", name, line, column);
      }
      int index = columnNames.indexOf(name);
      positions[i] = index;
      if (index >= 0) {
        if (seenAt[index] >= 0) {
          throw headerError(
              "header names '"
                  + header.get(seenAt[index])
                  + "' and '"
                  + name
                  + "' both match column '"
                  + columns.get(index).keyword()
                  + "'",
              name,
              line,
              column);
        }
        seenAt[index] = i;
      }
    }
    boolean everyColumnBound = true;
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      if (seenAt[i] < 0) {
        everyColumnBound = false;
      }
      if (seenAt[i] < 0 && !c.nullable()) {
        throw new ReportParseException(
            "the header lacks non-nullable column '" + c.keyword() + "' of report " + type.name(),
            -1,
            c.keyword(),
            null,
            line,
            column,
            null);
      }
    }
    return new HeaderBinding(List.copyOf(header), positions, everyColumnBound);
  }

  private static ReportParseException headerError(
      String problem, String name, long line, long column) {
    return new ReportParseException(problem, -1, name, null, line, column, null);
  }

  public List<String> names() {
    return names;
  }

  /** Column index per header position, -1 for extras. Shared; do not modify. */
  public int[] positions() {
    return positions;
  }

  /** True when every schema column has a header position: an array row sets them all. */
  public boolean everyColumnBound() {
    return everyColumnBound;
  }

  public int width() {
    return positions.length;
  }
}
