package dev.reportgen.client;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Checks a base URL: HTTPS, or plain HTTP to a loopback address (tests against a local fake
 * server). Credentials and report data never travel in clear text to another host.
 */
final class BaseUrl {
  private BaseUrl() {}

  static URI check(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("base URL is not a URL: " + e.getMessage(), e);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "base URL must not carry a query, fragment or user info: " + safe(uri));
    }
    String scheme =
        uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("base URL has no host: " + text);
    }
    if (scheme.equals("http")) {
      if (!isLoopback(uri.getHost())) {
        throw new IllegalArgumentException(
            "base URL must use https (plain http is allowed only to a loopback address such as"
                + " 127.0.0.1 or localhost, for tests): "
                + text);
      }
    } else if (!scheme.equals("https")) {
      throw new IllegalArgumentException("base URL must use https: " + text);
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return URI.create(scheme + "://" + uri.getRawAuthority() + path);
  }

  private static String safe(URI uri) {
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  /** Loopback by name or literal address only: no DNS lookup decides what counts as local. */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(java.util.Locale.ROOT);
    if (h.equals("localhost") || h.equals("[::1]") || h.equals("::1")) {
      return true;
    }
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty()
          || part.length() > 3
          || !part.chars().allMatch(Character::isDigit)
          || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }
}
