package dev.reportgen.runtime;

/**
 * The API answered, but with a failure ({@code "success": 0}) instead of a report. Carries the
 * server's own message, taken from {@code error}, {@code error_message}, {@code message} or {@code
 * comment}, whichever is present first, and, when the response came from an API call rather than a
 * file, which request it answered.
 */
public final class ReportErrorResponseException extends ReportException {
  private static final long serialVersionUID = 1L;

  private final String serverMessage;
  private final String request;

  public ReportErrorResponseException(String serverMessage) {
    this(serverMessage, null);
  }

  /**
   * A failure response to an API call.
   *
   * @param serverMessage the server's message, or null when the response carried none
   * @param request which request was answered (method, path, query, page), without secrets; null
   *     when unknown
   */
  public ReportErrorResponseException(String serverMessage, String request) {
    super(
        "the API reported failure: "
            + (serverMessage == null ? "(no message in the response)" : serverMessage)
            + (request == null ? "" : " [" + request + "]"),
        null);
    this.serverMessage = serverMessage;
    this.request = request;
  }

  /** The server's message, or null when the failed response carried none. */
  public String serverMessage() {
    return serverMessage;
  }

  /** Which request the failure answered, or null when the response was not read from a call. */
  public String request() {
    return request;
  }
}
