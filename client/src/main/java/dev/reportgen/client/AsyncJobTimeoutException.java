package dev.reportgen.client;

import dev.reportgen.luxsci.AsyncJob;

/** An asynchronous job did not finish within {@link JobWait#timeout()}; it may still finish. */
public final class AsyncJobTimeoutException extends LuxSciClientException {
  private static final long serialVersionUID = 1L;

  private final transient AsyncJob lastSeen;

  public AsyncJobTimeoutException(String problem, AsyncJob lastSeen, String request) {
    super(problem, request, null);
    this.lastSeen = lastSeen;
  }

  /** The job record of the last poll (null after deserialisation). */
  public AsyncJob lastSeen() {
    return lastSeen;
  }
}
