package dev.reportgen.runtime.internal;

import dev.reportgen.runtime.Column;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Wire name to schema column index: exact match first, then case-insensitive (the reference
 * capitalises some keywords, {@code Opens}, that the wire almost certainly sends in lower case).
 */
public final class ColumnNames {
  private final Map<String, Integer> exact = new HashMap<>();
  private final Map<String, Integer> folded = new HashMap<>();

  public ColumnNames(List<Column> columns) {
    for (int i = 0; i < columns.size(); i++) {
      String keyword = columns.get(i).keyword();
      exact.putIfAbsent(keyword, i);
      folded.putIfAbsent(fold(keyword), i);
    }
  }

  /** The schema column index for a wire name, or -1 when the schema does not know it. */
  public int indexOf(String name) {
    Integer index = exact.get(name);
    if (index == null) {
      index = folded.get(fold(name));
    }
    return index == null ? -1 : index;
  }

  static String fold(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
