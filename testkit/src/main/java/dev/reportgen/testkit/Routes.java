package dev.reportgen.testkit;

import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.ReportCatalog;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches request paths (below the base path) against the path templates of a catalog's endpoints.
 * The placeholder segment matches any name; whether that name is the server's account or user is
 * the handler's concern, so that a wrong name gets a clear refusal rather than a 404.
 */
final class Routes {
  /** A path that matched an endpoint, with the account or user name its placeholder held. */
  record Match(Endpoint<?> endpoint, String scopeName) {}

  private record Route(Endpoint<?> endpoint, String[] segments, int placeholder) {}

  private final List<Route> routes = new ArrayList<>();

  Routes(ReportCatalog catalog) {
    for (Endpoint<?> endpoint : catalog.endpoints()) {
      if (!endpoint.hasPath()) {
        continue;
      }
      String[] segments = endpoint.pathTemplate().split("/", -1);
      int placeholder = -1;
      for (int i = 0; i < segments.length; i++) {
        if (segments[i].equals(endpoint.scope().placeholder())) {
          placeholder = i;
        }
      }
      if (placeholder < 0) {
        throw new IllegalArgumentException(
            "endpoint "
                + endpoint.name()
                + ": the placeholder "
                + endpoint.scope().placeholder()
                + " must be a whole path segment of "
                + endpoint.pathTemplate());
      }
      routes.add(new Route(endpoint, segments, placeholder));
    }
  }

  /** The endpoint whose template {@code rawPath} matches, first in catalog order. */
  Optional<Match> match(String rawPath) {
    String[] segments = rawPath.split("/", -1);
    for (Route route : routes) {
      if (route.segments.length != segments.length) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < segments.length && same; i++) {
        same = i == route.placeholder || route.segments[i].equals(segments[i]);
      }
      if (same && !segments[route.placeholder].isEmpty()) {
        return Optional.of(new Match(route.endpoint, decodeSegment(segments[route.placeholder])));
      }
    }
    return Optional.empty();
  }

  private static String decodeSegment(String segment) {
    // A path segment keeps '+' literal; URLDecoder would turn it into a space.
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
