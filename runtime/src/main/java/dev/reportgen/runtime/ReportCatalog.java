package dev.reportgen.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * A set of report types and the API endpoints that return them, addressable by endpoint and by
 * name. Each generated registry implements it as a singleton {@code INSTANCE}; {@code forEndpoint}
 * is a generated {@code switch}.
 *
 * <p>The processor registers every registry it generates in {@code
 * META-INF/services/dev.reportgen.runtime.ReportCatalog}, so {@link #installed()} finds every
 * schema set on the class path (or module path) without naming it.
 */
public interface ReportCatalog {
  /** Every report type, in schema order. */
  List<ReportType<?>> types();

  /** Every endpoint of every report, in schema order. */
  List<Endpoint<?>> endpoints();

  /** The report type returned by API endpoint {@code endpoint} (exact, case-sensitive). */
  Optional<ReportType<?>> forEndpoint(@Nullable String endpoint);

  /** The endpoint named {@code name} (exact, case-sensitive). */
  default Optional<Endpoint<?>> endpoint(String name) {
    for (Endpoint<?> endpoint : endpoints()) {
      if (endpoint.name().equals(name)) {
        return Optional.of(endpoint);
      }
    }
    return Optional.empty();
  }

  /** The report type whose {@link ReportType#name()} is {@code name} (exact). */
  Optional<ReportType<?>> forName(@Nullable String name);

  /**
   * Every catalog registered through {@link ServiceLoader} that the context class loader (or,
   * without one, this interface's loader) can see, in the order the service files list them.
   */
  static List<ReportCatalog> installed() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    ServiceLoader<ReportCatalog> services =
        loader == null
            ? ServiceLoader.load(ReportCatalog.class, ReportCatalog.class.getClassLoader())
            : ServiceLoader.load(ReportCatalog.class, loader);
    List<ReportCatalog> catalogs = new ArrayList<>();
    services.forEach(catalogs::add);
    return List.copyOf(catalogs);
  }
}
