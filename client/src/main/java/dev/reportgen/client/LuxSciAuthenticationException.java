package dev.reportgen.client;

/**
 * The API refused the credentials: the session could not be started, or a request was refused again
 * after the client re-authenticated once.
 */
public final class LuxSciAuthenticationException extends LuxSciClientException {
  private static final long serialVersionUID = 1L;

  public LuxSciAuthenticationException(String problem, String request) {
    super(problem, request, null);
  }
}
