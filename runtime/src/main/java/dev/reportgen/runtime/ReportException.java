package dev.reportgen.runtime;

/**
 * The one exception type the runtime lets escape while reading a report. Subtypes say why:
 * {@link ReportParseException} for bad or truncated data, {@link ReportErrorResponseException} for
 * a response in which the API itself reports failure, {@link ReportIoException} for a source that
 * failed to deliver its bytes. Sealed: these three are every way a read can fail.
 */
public abstract sealed class ReportException extends RuntimeException
    permits ReportParseException, ReportErrorResponseException, ReportIoException {
  private static final long serialVersionUID = 1L;

  ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
