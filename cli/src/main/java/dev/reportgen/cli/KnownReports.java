package dev.reportgen.cli;

import dev.reportgen.runtime.ReportCatalog;
import dev.reportgen.runtime.ReportDetector;
import dev.reportgen.runtime.ReportType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The report types the tool knows: those of every {@link ReportCatalog} registered through {@link
 * ServiceLoader} that the tool's class loader sees. The reportgen processor registers each registry
 * it generates, so that is the LuxSci models in the tool's jar plus every model jar on the class
 * path or added with {@code --with}; nothing is wired in by name.
 */
final class KnownReports {
  private final List<ReportCatalog> catalogs;
  private final List<ReportType<?>> types;

  KnownReports(List<ReportCatalog> catalogs) {
    this.catalogs = List.copyOf(catalogs);
    List<ReportType<?>> all = new ArrayList<>();
    for (ReportCatalog catalog : catalogs) {
      all.addAll(catalog.types());
    }
    this.types = List.copyOf(all);
  }

  /**
   * Every catalog {@code loader} can see, in the order of its class path. A catalog that cannot be
   * loaded (a model jar built for another runtime, say) is a usage error naming the cause.
   */
  static KnownReports installed(ClassLoader loader) {
    List<ReportCatalog> catalogs = new ArrayList<>();
    try {
      ServiceLoader.load(ReportCatalog.class, loader).forEach(catalogs::add);
    } catch (ServiceConfigurationError | LinkageError e) {
      throw new CliException(
          ExitCodes.USAGE, "cannot load the report models on the class path: " + e.getMessage(), e);
    }
    if (catalogs.isEmpty()) {
      throw new CliException(
          ExitCodes.USAGE,
          "no report models on the class path (no "
              + ReportCatalog.class.getName()
              + " service); add a model jar with --with JAR");
    }
    return new KnownReports(catalogs);
  }

  List<ReportType<?>> types() {
    return types;
  }

  /** By Java name ({@code SentEmail}), exact first, then ignoring case. */
  ReportType<?> byName(String name) {
    for (ReportCatalog catalog : catalogs) {
      Optional<ReportType<?>> type = catalog.forName(name);
      if (type.isPresent()) {
        return type.get();
      }
    }
    for (ReportType<?> type : types) {
      if (type.name().equalsIgnoreCase(name)) {
        return type;
      }
    }
    throw new CliException(
        ExitCodes.USAGE,
        "unknown report '"
            + name
            + "'"
            + suggest(name, names())
            + "; 'reportgen reports' lists them all");
  }

  /** By API endpoint ({@code getEmailSMTPSentReportUser}), exact first, then ignoring case. */
  ReportType<?> byEndpoint(String endpoint) {
    for (ReportCatalog catalog : catalogs) {
      Optional<ReportType<?>> type = catalog.forEndpoint(endpoint);
      if (type.isPresent()) {
        return type.get();
      }
    }
    for (ReportType<?> type : types) {
      for (String candidate : type.endpoints()) {
        if (candidate.equalsIgnoreCase(endpoint)) {
          return type;
        }
      }
    }
    List<String> endpoints =
        types.stream().flatMap(t -> t.endpoints().stream()).collect(Collectors.toList());
    throw new CliException(
        ExitCodes.USAGE,
        "unknown endpoint '"
            + endpoint
            + "'"
            + suggest(endpoint, endpoints)
            + "; 'reportgen reports' lists them all");
  }

  /** The report whose columns fit {@code header}, if exactly one does best. */
  Optional<ReportType<?>> detect(List<String> header) {
    return ReportDetector.detect(types, header);
  }

  /**
   * The summary report whose columns the plain keys of a JSON envelope name, if exactly one does
   * best.
   */
  Optional<ReportType<?>> detectSummary(List<String> plainKeys) {
    return ReportDetector.detectSummary(types, plainKeys);
  }

  private List<String> names() {
    return types.stream().map(ReportType::name).collect(Collectors.toList());
  }

  /** {@code " (did you mean X?)"} for the closest candidate, or "". */
  static String suggest(String given, List<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = given.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    if (best == null || bestDistance > Math.max(2, given.length() / 3)) {
      return "";
    }
    return " (did you mean " + best + "?)";
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
