package dev.reportgen.testkit;

/**
 * Decides which rows of an endpoint a request matches, from the request's parameters (the date
 * range above all: the fake server does not know which column a report's dates live in). The total
 * count of a response is the number of rows the filter keeps, and paging runs over them.
 *
 * @param <T> the report's record
 */
@FunctionalInterface
public interface RowFilter<T> {
  /** Whether {@code row} is part of the answer to {@code query}. */
  boolean keep(T row, ReportQuery query);
}
