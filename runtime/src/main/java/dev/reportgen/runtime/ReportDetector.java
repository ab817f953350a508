package dev.reportgen.runtime;

import dev.reportgen.runtime.internal.ColumnNames;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Guesses the report type of a response from its header, for tools that read responses whose
 * endpoint is unknown.
 *
 * <p>A candidate fits when every required (non-optional) column of its schema is in the header
 * (exact or case-insensitive name). Among fitting candidates the one matching the most header names
 * wins; a tie is broken by fewer header names left unmatched; a remaining tie is ambiguous and
 * gives empty, as does a header no candidate fits.
 *
 * <p>A JSON response without a header may be a summary report whose single row comes as plain keys
 * of the envelope: {@link #detectSummary} recognises it from {@link
 * ReportHeaders#readJsonPlainKeys}.
 */
public final class ReportDetector {
  private ReportDetector() {}

  /** The candidate that best fits {@code header} (see the class comment), or empty. */
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

  /**
   * The summary report among {@code candidates} that {@code plainKeys} (the scalar keys of a JSON
   * envelope, from {@link ReportHeaders#readJsonPlainKeys}) fit best, by the rules of {@link
   * #detect}. Only a summary report may send its row as plain keys, so other candidates are not
   * considered; envelope keys such as {@code success} fit no column and count the same for every
   * candidate.
   */
  public static Optional<ReportType<?>> detectSummary(
      Collection<? extends ReportType<?>> candidates, List<String> plainKeys) {
    List<ReportType<?>> summaries = new ArrayList<>();
    for (ReportType<?> candidate : candidates) {
      if (candidate.kind() == ReportKind.SUMMARY) {
        summaries.add(candidate);
      }
    }
    return detect(summaries, plainKeys);
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
