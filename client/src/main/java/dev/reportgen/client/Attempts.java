package dev.reportgen.client;

/**
 * The tries of one request (one page): how many were made, when the first began, whether the
 * credentials were renewed already. Every retry of a request, whatever failed (HTTP status,
 * connection, a body cut mid-page), draws on this one budget.
 */
final class Attempts {
  private final long startNanos;
  private int made;
  private boolean renewed;

  Attempts(long startNanos) {
    this.startNanos = startNanos;
  }

  void begin() {
    made++;
  }

  int made() {
    return made;
  }

  long startNanos() {
    return startNanos;
  }

  /** Marks the one renewal of credentials a request is allowed as used. */
  void markRenewed() {
    renewed = true;
  }

  /** Whether the credentials were renewed for this request already. */
  boolean renewed() {
    return renewed;
  }
}
