package dev.reportgen.client;

/**
 * The API answered with an HTTP status that is not a success: one that is not retried (a 4xx other
 * than 429), or a retryable one (429, 502, 503, 504) that persisted until the retry policy gave up.
 */
public final class LuxSciHttpException extends LuxSciClientException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public LuxSciHttpException(int status, String problem, String request) {
    super(problem, request, null);
    this.status = status;
  }

  /** The HTTP status of the last response. */
  public int status() {
    return status;
  }
}
