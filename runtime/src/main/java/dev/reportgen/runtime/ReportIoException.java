package dev.reportgen.runtime;

import java.io.IOException;

/**
 * The source of a report failed to deliver bytes (socket reset, disk error); not a data problem.
 */
public final class ReportIoException extends ReportException {
  private static final long serialVersionUID = 1L;

  public ReportIoException(String message, IOException cause) {
    super(message + ": " + cause.getMessage(), cause);
  }

  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
