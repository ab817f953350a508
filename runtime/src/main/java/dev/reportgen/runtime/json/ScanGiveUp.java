package dev.reportgen.runtime.json;

/**
 * The row scanner met something it does not decode with certainty; the row is read again by
 * jackson, which decides what it is. Carries nothing (no message, no stack): it never leaves the
 * scanner.
 */
final class ScanGiveUp extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final ScanGiveUp INSTANCE = new ScanGiveUp();

  private ScanGiveUp() {
    super(null, null, false, false);
  }
}
