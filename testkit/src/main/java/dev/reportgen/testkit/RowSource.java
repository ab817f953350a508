package dev.reportgen.testkit;

import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.SyntheticRows;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rows an endpoint of the fake server holds, readable from any row on as often as requests ask.
 * Rows are produced as they are written, so a source may stand for millions of rows without holding
 * them.
 *
 * @param <T> the report's record
 */
public interface RowSource<T> {
  /** The rows from index {@code firstRow} (0-based) to the end, in order; empty past the end. */
  Iterator<T> rowsFrom(long firstRow);

  /** How many rows there are. */
  long size();

  /**
   * The names of the columns beyond the schema that rows may carry in {@link
   * dev.reportgen.runtime.RowExtras#columns()}, in the order they are written; the writer refuses
   * undeclared ones. Default none.
   *
   * @param type the report the rows belong to (to read a row's extras)
   */
  default List<String> extraColumns(ReportType<T> type) {
    return List.of();
  }

  /**
   * The rows of a list (not copied: later changes to the list are served). Its extra columns are
   * those its rows carry.
   */
  static <T> RowSource<T> of(List<T> rows) {
    Objects.requireNonNull(rows, "rows");
    return new RowSource<>() {
      @Override
      public Iterator<T> rowsFrom(long firstRow) {
        int from = (int) Math.min(firstRow, rows.size());
        return rows.subList(from, rows.size()).iterator();
      }

      @Override
      public long size() {
        return rows.size();
      }

      /** Every extra column any row of the list carries, in order of first appearance. */
      @Override
      public List<String> extraColumns(ReportType<T> type) {
        Set<String> names = new LinkedHashSet<>();
        for (T row : rows) {
          names.addAll(type.extras(row).columns().keySet());
        }
        return List.copyOf(names);
      }
    };
  }

  /** The first {@code count} rows of {@code rows}, with the extra columns they carry. */
  static <T> RowSource<T> synthetic(SyntheticRows<T> rows, long count) {
    Objects.requireNonNull(rows, "rows");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    return new RowSource<>() {
      @Override
      public Iterator<T> rowsFrom(long firstRow) {
        long from = Math.min(firstRow, count);
        return rows.iterator(from, count - from);
      }

      @Override
      public long size() {
        return count;
      }

      @Override
      public List<String> extraColumns(ReportType<T> type) {
        return rows.extraColumns();
      }
    };
  }

  /**
   * The rows of an iterable that can be iterated again for each request, and that yields the same
   * {@code size} rows each time (for example a generator seeded the same way on every call).
   */
  static <T> RowSource<T> of(Iterable<T> rows, long size) {
    return of(rows, size, List.of());
  }

  /** As {@link #of(Iterable, long)}, for rows that carry the extra columns {@code extraColumns}. */
  static <T> RowSource<T> of(Iterable<T> rows, long size, List<String> extraColumns) {
    Objects.requireNonNull(rows, "rows");
    List<String> extras = List.copyOf(extraColumns);
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
    return new RowSource<>() {
      @Override
      public Iterator<T> rowsFrom(long firstRow) {
        Iterator<T> iterator = rows.iterator();
        for (long skipped = 0; skipped < firstRow && iterator.hasNext(); skipped++) {
          iterator.next();
        }
        return iterator;
      }

      @Override
      public long size() {
        return size;
      }

      @Override
      public List<String> extraColumns(ReportType<T> type) {
        return extras;
      }
    };
  }
}
