package dev.reportgen.runtime;

/**
 * The API answered, but with a failure ({@code "success": 0}) instead of a report. Carries the
 * server's own message, taken from {@code error}, {@code error_message}, {@code message} or {@code
 * comment}, whichever is present first.
 */
public final class ReportErrorResponseException extends ReportException {
  private static final long serialVersionUID = 1L;

  private final String serverMessage;

  public ReportErrorResponseException(String serverMessage) {
    super(
        "the API reported failure: "
            + (serverMessage == null ? "(no message in the response)" : serverMessage),
        null);
    this.serverMessage = serverMessage;
  }

  /** The server's message, or null when the failed response carried none. */
  public String serverMessage() {
    return serverMessage;
  }
}
