package dev.reportgen.testkit;

import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.ReportCatalog;
import dev.reportgen.runtime.ReportType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ReportCatalog} of the endpoints given, for a fake server that serves endpoints with
 * paths of the test's choosing (for example where a generated registry has no path for one yet):
 * {@code LuxSciFakeServer.builder().catalog(EndpointCatalog.of(myEndpoint, ...))}.
 */
public final class EndpointCatalog implements ReportCatalog {
  private final List<Endpoint<?>> endpoints;
  private final List<ReportType<?>> types;

  private EndpointCatalog(List<Endpoint<?>> endpoints) {
    this.endpoints = List.copyOf(endpoints);
    List<ReportType<?>> distinct = new ArrayList<>();
    for (Endpoint<?> endpoint : this.endpoints) {
      if (!distinct.contains(endpoint.type())) {
        distinct.add(endpoint.type());
      }
    }
    this.types = List.copyOf(distinct);
  }

  /** A catalog of {@code endpoints}, in the order given; names must be distinct. */
  public static EndpointCatalog of(Endpoint<?>... endpoints) {
    return of(List.of(endpoints));
  }

  /** A catalog of {@code endpoints}, in the order given; names must be distinct. */
  public static EndpointCatalog of(List<Endpoint<?>> endpoints) {
    List<String> names = new ArrayList<>();
    for (Endpoint<?> endpoint : endpoints) {
      Objects.requireNonNull(endpoint, "endpoint");
      if (names.contains(endpoint.name())) {
        throw new IllegalArgumentException("endpoint " + endpoint.name() + " is given twice");
      }
      names.add(endpoint.name());
    }
    return new EndpointCatalog(endpoints);
  }

  @Override
  public List<ReportType<?>> types() {
    return types;
  }

  @Override
  public List<Endpoint<?>> endpoints() {
    return endpoints;
  }

  @Override
  public Optional<ReportType<?>> forEndpoint(String endpoint) {
    return endpoint(endpoint).map(Endpoint::type);
  }

  @Override
  public Optional<ReportType<?>> forName(String name) {
    return types.stream().filter(type -> type.name().equals(name)).findFirst();
  }

  @Override
  public String toString() {
    return "EndpointCatalog" + endpoints.stream().map(Endpoint::name).toList();
  }
}
