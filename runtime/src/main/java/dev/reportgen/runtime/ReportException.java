package dev.reportgen.runtime;

import org.jspecify.annotations.Nullable;

/**
 * The one exception type the runtime lets escape while reading a report. Subtypes say why: {@link
 * ReportParseException} for bad or truncated data, {@link ReportErrorResponseException} for a
 * response in which the API itself reports failure, {@link ReportIoException} for a source that
 * failed to deliver its bytes.
 *
 * <p>Not sealed: modules built on the runtime add failures of their own under it (the API client's,
 * for a call that failed), so that one {@code catch} covers a whole fetch.
 */
public abstract class ReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected ReportException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
