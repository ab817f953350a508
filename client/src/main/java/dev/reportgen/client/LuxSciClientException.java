package dev.reportgen.client;

import dev.reportgen.runtime.ReportException;

/**
 * A call to the LuxSci API failed for a reason other than the report's data: the server could not
 * be reached, answered with an HTTP error, refused the credentials, or paged inconsistently. The
 * message names the request (method, path, query, page); it never holds a secret.
 *
 * <p>A {@link ReportException}, like every failure a {@code RowCursor} may throw, so one {@code
 * catch} covers a whole fetch.
 */
public class LuxSciClientException extends ReportException {
  private static final long serialVersionUID = 1L;

  private final String request;

  public LuxSciClientException(String problem, String request, Throwable cause) {
    super(request == null ? problem : problem + " [" + request + "]", cause);
    this.request = request;
  }

  /** Which request failed (method, path, query without secrets, page), or null. */
  public String request() {
    return request;
  }
}
