package dev.reportgen.runtime;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a JSON response says about itself besides its rows. Empty for CSV files, which carry none.
 *
 * @param totalMatches how many rows match the query in all (first of {@code total_matches}, {@code
 *     total}, {@code matches}, {@code count}, {@code total_rows}, {@code num_rows}, {@code
 *     n_matches}); may exceed the rows of this response
 * @param firstRow index of the first row returned ({@code first_row}, {@code start_row}, {@code
 *     offset})
 * @param comment the server's {@code comment}, a human-readable note
 */
public record ReportMetadata(
    OptionalLong totalMatches, OptionalLong firstRow, Optional<String> comment) {
  private static final ReportMetadata EMPTY =
      new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty());

  public ReportMetadata {
    Objects.requireNonNull(totalMatches, "totalMatches");
    Objects.requireNonNull(firstRow, "firstRow");
    Objects.requireNonNull(comment, "comment");
  }

  /** Metadata with nothing known. */
  public static ReportMetadata empty() {
    return EMPTY;
  }
}
