package dev.reportgen.runtime.json;

import java.util.Arrays;

/**
 * Values read before they could be decoded: an array row that arrived before the header, or the
 * scalars of an envelope level that turn out to be a summary report's single row. Keeps each
 * value's kind, text, position and (for keyed values) name.
 */
final class BufferedValues {
  final long rowIndex;
  int size;
  String[] names = new String[8];
  int[] kinds = new int[8];
  String[] texts = new String[8];
  int[] lines = new int[8];
  int[] columns = new int[8];

  BufferedValues(long rowIndex) {
    this.rowIndex = rowIndex;
  }

  void add(String name, int kind, String text, int line, int column) {
    if (size == kinds.length) {
      int n = size * 2;
      names = Arrays.copyOf(names, n);
      kinds = Arrays.copyOf(kinds, n);
      texts = Arrays.copyOf(texts, n);
      lines = Arrays.copyOf(lines, n);
      columns = Arrays.copyOf(columns, n);
    }
    names[size] = name;
    kinds[size] = kind;
    texts[size] = text;
    lines[size] = line;
    columns[size] = column;
    size++;
  }
}
