package dev.reportgen.client;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks a path a caller gives explicitly (an endpoint without a path in its schema). */
final class Paths {
  private Paths() {}

  /** {@code path}, when it is an already percent-encoded path below the base URL. */
  static String checkRelative(String path) {
    if (path == null || !path.startsWith("/") || path.startsWith("//")) {
      throw new IllegalArgumentException(
          "a path below the base URL starts with one '/', e.g."
              + " /account/acme/report/email/smtp/sent: "
              + path);
    }
    if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
      throw new IllegalArgumentException(
          "a path must not hold a query or fragment (give parameters through ReportQuery): "
              + path);
    }
    try {
      URI uri = new URI(path);
      if (!path.equals(uri.getRawPath())) {
        throw new IllegalArgumentException("not a plain path: " + path);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "not a valid path (percent-encode spaces and other reserved characters): " + path, e);
    }
    return path;
  }
}
