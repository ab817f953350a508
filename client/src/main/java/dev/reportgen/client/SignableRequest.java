package dev.reportgen.client;

import java.util.Objects;

/**
 * One API request as an {@link Authentication} sees it: everything a signature may cover.
 *
 * @param method the HTTP method, upper case ({@code GET})
 * @param path the full path sent, starting with the base URL's path ({@code
 *     /perl/api/v2/account/acme/report/email/smtp/sent})
 * @param query the exact query string sent, without {@code ?}; empty when there is none
 * @param body the JSON body sent, or empty for a request without one ({@code GET})
 */
public record SignableRequest(String method, String path, String query, String body) {
  public SignableRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(body, "body");
  }
}
