package dev.reportgen.processor.diagnostics;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" suggestions for misspelt names: unknown keys, type names, kinds and enum
 * references. Matching ignores case; the suggestion is returned in the candidate's own spelling.
 *
 * <p>A candidate is suggested when it equals the input ignoring case, when the input (3 characters
 * or more) is a prefix of it ({@code Int} for {@code Integer}), or when their edit distance
 * (insertions, deletions, substitutions and transpositions of adjacent characters) is small
 * relative to the input length: at most 1 for up to 5 characters, 2 up to 8, 3 beyond. The closest
 * candidate wins; ties go to the first in iteration order, so suggestions are stable.
 */
public final class DidYouMean {
  private DidYouMean() {}

  /** The best candidate for {@code input}, or empty when none is close enough. */
  public static Optional<String> suggest(String input, Collection<String> candidates) {
    if (input == null || input.isEmpty()) {
      return Optional.empty();
    }
    String in = input.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String c = candidate.toLowerCase(Locale.ROOT);
      int d;
      if (c.equals(in)) {
        d = 0;
      } else if (in.length() >= 3 && c.startsWith(in)) {
        d = 1;
      } else {
        d = distance(in, c);
        if (d > threshold(in.length())) {
          continue;
        }
      }
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The largest edit distance still worth a suggestion for an input of {@code length}. */
  static int threshold(int length) {
    if (length <= 5) {
      return 1;
    }
    return length <= 8 ? 2 : 3;
  }

  /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits). */
  public static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[n][m];
  }
}
