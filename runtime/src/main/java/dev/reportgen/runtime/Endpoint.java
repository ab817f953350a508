package dev.reportgen.runtime;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One API endpoint and the report it returns. Generated registries expose one typed constant per
 * endpoint of their schema set (for example {@code
 * LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT} of type {@code Endpoint<SentEmail>}), so a
 * caller never pairs a path with a report type by hand.
 *
 * <p>The path template is relative to the API's base URL ({@code
 * https://rest.luxsci.com/perl/api/v2} for LuxSci) and holds the placeholder of its {@link
 * #scope()}: {@code /account/{account}/report/email/smtp/sent}. An endpoint that its schema names
 * only by name has neither scope nor path; a client then needs the path given for the call.
 *
 * @param name the endpoint's name in the schema, e.g. {@code getEmailSMTPSentReportAccount}
 * @param type the report every response of the endpoint holds
 * @param scope whose data it reports on, or {@code null} when the schema gives no path
 * @param pathTemplate the path below the base URL with the scope's placeholder, or {@code null}
 * @param <T> the report's record
 */
public record Endpoint<T>(
    String name, ReportType<T> type, @Nullable EndpointScope scope, @Nullable String pathTemplate) {
  public Endpoint {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if ((scope == null) != (pathTemplate == null)) {
      throw new IllegalArgumentException(
          "endpoint " + name + ": a scope and a path template come together or not at all");
    }
    if (pathTemplate != null && !pathTemplate.contains(scope.placeholder())) {
      throw new IllegalArgumentException(
          "endpoint "
              + name
              + ": path template "
              + pathTemplate
              + " does not hold "
              + scope.placeholder());
    }
  }

  /** An endpoint known only by name: calls to it must give their path. */
  public static <T> Endpoint<T> named(String name, ReportType<T> type) {
    return new Endpoint<>(name, type, null, null);
  }

  /** Whether the schema gives this endpoint's path. */
  public boolean hasPath() {
    return pathTemplate != null;
  }

  /**
   * The path for account or user {@code scopeName}, the name percent-encoded as one path segment;
   * empty when the schema gives no path.
   */
  public Optional<String> path(String scopeName) {
    Objects.requireNonNull(scopeName, "scopeName");
    if (pathTemplate == null) {
      return Optional.empty();
    }
    // URLEncoder encodes for forms; a path segment keeps '+' literal and needs spaces as %20.
    String segment = URLEncoder.encode(scopeName, StandardCharsets.UTF_8).replace("+", "%20");
    return Optional.of(pathTemplate.replace(scope.placeholder(), segment));
  }
}
