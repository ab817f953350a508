package dev.reportgen.client;

import dev.reportgen.runtime.EndpointScope;
import dev.reportgen.runtime.ReadOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a {@link LuxSciClient} was built with. Immutable; its {@code toString} holds no secret
 * (the authentication shows only its kind).
 */
public final class ClientConfig {
  /** LuxSci's API base URL, used unless the account has its own API host. */
  public static final String DEFAULT_BASE_URL = "https://rest.luxsci.com/perl/api/v2";

  private final URI baseUrl;
  private final EndpointScope scope;
  private final String scopeName;
  private final Authentication authentication;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final RetryPolicy retryPolicy;
  private final RateLimiter rateLimiter;
  private final ReadOptions readOptions;

  ClientConfig(
      URI baseUrl,
      EndpointScope scope,
      String scopeName,
      Authentication authentication,
      Duration connectTimeout,
      Duration requestTimeout,
      RetryPolicy retryPolicy,
      RateLimiter rateLimiter,
      ReadOptions readOptions) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.scopeName = Objects.requireNonNull(scopeName, "scopeName");
    this.authentication = Objects.requireNonNull(authentication, "authentication");
    this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
    this.readOptions = Objects.requireNonNull(readOptions, "readOptions");
  }

  /** The base URL, without trailing slash. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** Whether the client reports on an account or on one user. */
  public EndpointScope scope() {
    return scope;
  }

  /** The account name or user login that endpoint paths carry. */
  public String scopeName() {
    return scopeName;
  }

  public Authentication authentication() {
    return authentication;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** How long to wait for a response's status and headers (the body then streams). */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  public RateLimiter rateLimiter() {
    return rateLimiter;
  }

  /** Parse mode and limits for every page. */
  public ReadOptions readOptions() {
    return readOptions;
  }

  /** The full path (as signed) of {@code relativePath} below the base URL. */
  String fullPath(String relativePath) {
    return baseUrl.getRawPath() + relativePath;
  }

  /** The URI of a full path and an encoded query string. */
  URI uri(String fullPath, String query) {
    return URI.create(
        baseUrl.getScheme()
            + "://"
            + baseUrl.getRawAuthority()
            + fullPath
            + (query.isEmpty() ? "" : "?" + query));
  }

  @Override
  public String toString() {
    return "ClientConfig{baseUrl="
        + baseUrl
        + ", "
        + scope.name().toLowerCase(java.util.Locale.ROOT)
        + "="
        + scopeName
        + ", authentication="
        + authentication
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", "
        + retryPolicy
        + ", "
        + rateLimiter
        + ", "
        + readOptions
        + "}";
  }
}
