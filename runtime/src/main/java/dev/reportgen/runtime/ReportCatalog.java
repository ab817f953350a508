package dev.reportgen.runtime;

import java.util.List;
import java.util.Optional;

/**
 * A set of report types, addressable by endpoint and by name. Each generated registry implements
 * it as a singleton {@code INSTANCE}; {@code forEndpoint} is a generated {@code switch}.
 */
public interface ReportCatalog {
  /** Every report type, in schema order. */
  List<ReportType<?>> types();

  /** The report type returned by API endpoint {@code endpoint} (exact, case-sensitive). */
  Optional<ReportType<?>> forEndpoint(String endpoint);

  /** The report type whose {@link ReportType#name()} is {@code name} (exact). */
  Optional<ReportType<?>> forName(String name);
}
