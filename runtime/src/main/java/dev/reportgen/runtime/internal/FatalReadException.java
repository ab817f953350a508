package dev.reportgen.runtime.internal;

import dev.reportgen.runtime.ReportException;

/**
 * Carries an error that ends the read even in lenient mode (malformed or truncated input, a limit
 * exceeded, an I/O failure) past the per-row error handling, which catches {@code
 * ReportParseException}. The cursor unwraps it at its public boundary.
 */
public final class FatalReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ReportException error;

  public FatalReadException(ReportException error) {
    super(error.getMessage(), error, false, false);
    this.error = error;
  }

  public ReportException error() {
    return error;
  }
}
