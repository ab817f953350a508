package dev.reportgen.runtime;

/**
 * The one exception type the runtime lets escape while reading a report. Subtypes say why:
 * {@link ReportParseException} for bad or truncated data, {@link ReportErrorResponseException} for
 * a response in which the API itself reports failure.
 */
public abstract class ReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
