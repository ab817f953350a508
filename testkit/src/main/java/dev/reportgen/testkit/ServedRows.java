package dev.reportgen.testkit;

import dev.reportgen.runtime.ReportType;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows one endpoint serves and the filter requests see them through.
 *
 * @param name the endpoint's name
 * @param type the report it returns
 * @param source its rows
 * @param filter which rows a request matches, or {@code null} for all
 * @param <T> the report's record
 */
record ServedRows<T>(String name, ReportType<T> type, RowSource<T> source, RowFilter<T> filter) {
  /** The extra columns the rows may carry. */
  List<String> extraColumns() {
    return source.extraColumns(type);
  }

  /** The rows matching {@code query}, counted; one pass over the source when there is a filter. */
  long total(ReportQuery query) {
    if (filter == null) {
      return source.size();
    }
    long kept = 0;
    for (Iterator<T> rows = source.rowsFrom(0); rows.hasNext(); ) {
      if (filter.keep(rows.next(), query)) {
        kept++;
      }
    }
    return kept;
  }

  /** The matching rows from matching row {@code firstRow} on, at most {@code limit} of them. */
  Iterator<T> rows(ReportQuery query, long firstRow, long limit) {
    Iterator<T> matching = filter == null ? source.rowsFrom(firstRow) : filtered(query, firstRow);
    return new Iterator<>() {
      private long served;

      @Override
      public boolean hasNext() {
        return served < limit && matching.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        served++;
        return matching.next();
      }
    };
  }

  private Iterator<T> filtered(ReportQuery query, long firstRow) {
    Iterator<T> all = source.rowsFrom(0);
    return new Iterator<>() {
      private long skipped;
      private T next;
      private boolean ready;

      @Override
      public boolean hasNext() {
        while (!ready && all.hasNext()) {
          T row = all.next();
          if (filter.keep(row, query)) {
            if (skipped < firstRow) {
              skipped++;
            } else {
              next = row;
              ready = true;
            }
          }
        }
        return ready;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ready = false;
        T row = next;
        next = null;
        return row;
      }
    };
  }
}
