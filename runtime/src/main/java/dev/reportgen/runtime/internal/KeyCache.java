package dev.reportgen.runtime.internal;

/**
 * Object-row key to column index without a hash lookup per cell: jackson canonicalises field
 * names, so the key at position {@code i} of a row is usually the very String seen at position
 * {@code i} of the previous row, and an identity comparison settles it. Misses fall back to
 * {@link ColumnNames}.
 */
public final class KeyCache {
  private final ColumnNames names;
  private String[] keys = new String[16];
  private int[] columns = new int[16];

  public KeyCache(ColumnNames names) {
    this.names = names;
  }

  /** Column index of {@code key} at position {@code position} of an object row, or -1. */
  public int columnOf(int position, String key) {
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
    keys = java.util.Arrays.copyOf(keys, size);
    columns = java.util.Arrays.copyOf(columns, size);
  }
}
