package dev.reportgen.runtime.json;

import dev.reportgen.runtime.internal.ColumnNames;
import java.util.Arrays;

/**
 * Object-row key to column index without a hash lookup per cell: jackson canonicalises field names,
 * so the key at position {@code i} of a row is usually the very String seen at position {@code i}
 * of the previous row, and an identity comparison settles it. Misses fall back to {@link
 * ColumnNames}.
 */
final class KeyCache {
  private final ColumnNames names;
  private String[] keys = new String[16];
  private int[] columns = new int[16];

  KeyCache(ColumnNames names) {
    this.names = names;
  }

  /** Column index of {@code key} at position {@code position} of an object row, or -1. */
  int columnOf(int position, String key) {
    if (position < keys.length) {
      if (keys[position] == key) {
        return columns[position];
      }
    } else {
      grow(position);
    }
    int column = names.indexOf(key);
    keys[position] = key;
    columns[position] = column;
    return column;
  }

  private void grow(int position) {
    int size = Math.max(keys.length * 2, position + 1);
    keys = Arrays.copyOf(keys, size);
    columns = Arrays.copyOf(columns, size);
  }
}
