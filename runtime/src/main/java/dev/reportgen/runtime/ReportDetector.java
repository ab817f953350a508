package dev.reportgen.runtime;

import dev.reportgen.runtime.internal.ColumnNames;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Guesses the report type of a response from its header, for tools that read responses whose
 * endpoint is unknown.
 *
 * <p>A candidate fits when every required (non-optional) column of its schema is in the header
 * (exact or case-insensitive name). Among fitting candidates the one matching the most header
 * names wins; a tie is broken by fewer header names left unmatched; a remaining tie is
 * ambiguous and gives empty, as does a header no candidate fits.
 */
public final class ReportDetector {
  private ReportDetector() {}

  public static Optional<ReportType<?>> detect(
      Collection<? extends ReportType<?>> candidates, List<String> header) {
    ReportType<?> best = null;
    int bestMatched = -1;
    int bestUnmatched = Integer.MAX_VALUE;
    boolean tie = false;
    for (ReportType<?> candidate : candidates) {
      int[] score = score(candidate, header);
      if (score == null) {
        continue;
      }
      int matched = score[0];
      int unmatched = score[1];
      if (matched > bestMatched || (matched == bestMatched && unmatched < bestUnmatched)) {
        best = candidate;
        bestMatched = matched;
        bestUnmatched = unmatched;
        tie = false;
      } else if (matched == bestMatched && unmatched == bestUnmatched) {
        tie = true;
      }
    }
    if (best == null || tie || bestMatched == 0) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /** {matched, unmatched} or null when a required column is missing. */
  private static int[] score(ReportType<?> type, List<String> header) {
    ColumnNames names = new ColumnNames(type.columns());
    BitSet present = new BitSet();
    int unmatched = 0;
    for (String name : header) {
      int index = name == null ? -1 : names.indexOf(name);
      if (index >= 0) {
        present.set(index);
      } else {
        unmatched++;
      }
    }
    for (int i = 0; i < type.columns().size(); i++) {
      if (type.columns().get(i).required() && !present.get(i)) {
        return null;
      }
    }
    return new int[] {present.cardinality(), unmatched};
  }
}
