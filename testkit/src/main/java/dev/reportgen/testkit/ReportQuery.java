package dev.reportgen.testkit;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one report request, parsed. A {@link RowFilter} gets it with every row.
 *
 * @param afterDate {@code after_date}, GMT
 * @param beforeDate {@code before_date}, GMT
 * @param fromDate {@code from_date}, GMT
 * @param firstRow {@code first_row} (default 0)
 * @param matches {@code matches} (default, and at most, the server's synchronous maximum, LuxSci's
 *     50,000); 0 asks for the count only
 * @param destination {@code destination}, which makes the request an asynchronous job
 * @param otherParameters every other parameter, name to decoded value, in the order sent
 */
public record ReportQuery(
    Optional<Instant> afterDate,
    Optional<Instant> beforeDate,
    Optional<Instant> fromDate,
    long firstRow,
    int matches,
    Optional<String> destination,
    Map<String, String> otherParameters) {}
