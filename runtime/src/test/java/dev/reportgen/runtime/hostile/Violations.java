package dev.reportgen.runtime.hostile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Collects assertion failures over many generated cases, grouped by kind, so one run reports every
 * distinct problem (with the first full example of each and all offsets where it occurs) instead of
 * stopping at the first.
 */
final class Violations {
  private final Map<String, SortedSet<Integer>> where = new LinkedHashMap<>();
  private final Map<String, String> example = new LinkedHashMap<>();
  private final Map<String, Throwable> cause = new LinkedHashMap<>();

  /** Runs {@code check}; an {@link AssertionError} is recorded under its kind. */
  void check(int offset, Runnable check) {
    try {
      check.run();
    } catch (AssertionError e) {
      String message = String.valueOf(e.getMessage());
      String kind = kind(message);
      where.computeIfAbsent(kind, k -> new TreeSet<>()).add(offset);
      example.putIfAbsent(kind, message);
      cause.putIfAbsent(kind, e.getCause() != null ? e.getCause() : e);
    }
  }

  /** The kind of a failure: its message without offsets and inputs. */
  private static String kind(String message) {
    String expected =
        message.contains("expected ") ? message.substring(message.indexOf("expected ")) : message;
    String problem =
        message.contains("problem: ") ? message.substring(message.indexOf("problem: ") + 9) : "";
    String head = expected.split("[\\[,;]")[0].replaceAll("[0-9]+", "N");
    String tail = problem.split("==>")[0].replaceAll("[0-9]+", "N");
    return (head + " / " + tail).trim();
  }

  void assertNone() {
    if (where.isEmpty()) {
      return;
    }
    StringBuilder s = new StringBuilder(where.size() + " kinds of violation:");
    where.forEach(
        (kind, offsets) ->
            s.append("\n- ")
                .append(kind)
                .append("\n  at offsets ")
                .append(ranges(offsets))
                .append("\n  first example: ")
                .append(cut(example.get(kind), 2500)));
    AssertionError error = new AssertionError(s.toString());
    cause.values().forEach(error::addSuppressed);
    throw error;
  }

  /** [1,2,3,7] as "1..3,7". */
  static String ranges(SortedSet<Integer> values) {
    StringBuilder s = new StringBuilder();
    Integer start = null;
    Integer last = null;
    for (int v : values) {
      if (last != null && v == last + 1) {
        last = v;
        continue;
      }
      if (start != null) {
        s.append(start).append(start.equals(last) ? "" : ".." + last).append(',');
      }
      start = v;
      last = v;
    }
    return s.append(start).append(start.equals(last) ? "" : ".." + last).toString();
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n) + "...";
  }
}
