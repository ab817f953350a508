package dev.reportgen.luxsci;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every difference between an expected and a read {@link ExpectedResponse}, one line each, naming
 * the row and the column ({@code row 2 column 'from': expected "a", read null}).
 */
final class ResponseDiff {
  private ResponseDiff() {}

  /** The differences, in file order; empty when the two are equal. */
  static List<String> between(ExpectedResponse expected, ExpectedResponse read) {
    List<String> differences = new ArrayList<>();
    compare("", "metadata", expected.head(), read.head(), differences);
    int rows = Math.max(expected.rows().size(), read.rows().size());
    for (int row = 0; row < rows; row++) {
      if (row >= read.rows().size()) {
        differences.add(
            "row " + row + ": expected, but the response has only " + read.rows().size() + " rows");
      } else if (row >= expected.rows().size()) {
        differences.add("row " + row + ": read, but not expected: " + read.rows().get(row));
      } else {
        compareRows(row, expected.rows().get(row), read.rows().get(row), differences);
      }
    }
    return differences;
  }

  private static void compareRows(
      int row, CanonicalRow expected, CanonicalRow read, List<String> differences) {
    String at = "row " + row + " ";
    compare(at, "column", expected.values(), read.values(), differences);
    compare(at, "extra column", expected.extraColumns(), read.extraColumns(), differences);
    compare(at, "raw value of", expected.rawValues(), read.rawValues(), differences);
  }

  private static void compare(
      String at,
      String what,
      Map<String, String> expected,
      Map<String, String> read,
      List<String> differences) {
    Set<String> keys = new LinkedHashSet<>(expected.keySet());
    keys.addAll(read.keySet());
    for (String key : keys) {
      String where = (at + what + " '" + key + "'").strip();
      if (!read.containsKey(key)) {
        differences.add(where + ": expected " + quote(expected.get(key)) + ", not read");
      } else if (!expected.containsKey(key)) {
        differences.add(where + ": read " + quote(read.get(key)) + ", not in the expected file");
      } else if (!Objects.equals(expected.get(key), read.get(key))) {
        differences.add(
            where + ": expected " + quote(expected.get(key)) + ", read " + quote(read.get(key)));
      }
    }
  }

  private static String quote(String value) {
    return value == null ? "null" : '"' + value + '"';
  }
}
