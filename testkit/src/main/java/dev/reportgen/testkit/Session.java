package dev.reportgen.testkit;

import java.time.Instant;

/**
 * One issued auth code and what it stands for. The code is a secret: it is never put in a log,
 * message or {@code toString}.
 */
final class Session {
  private final String code;
  private final Principal principal;
  private final Instant expiresAt;
  private volatile boolean revoked;

  Session(String code, Principal principal, Instant expiresAt) {
    this.code = code;
    this.principal = principal;
    this.expiresAt = expiresAt;
  }

  String code() {
    return code;
  }

  Principal principal() {
    return principal;
  }

  boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  boolean revoked() {
    return revoked;
  }

  void revoke() {
    revoked = true;
  }

  @Override
  public String toString() {
    return "Session[principal="
        + principal
        + ", expiresAt="
        + expiresAt
        + ", revoked="
        + revoked
        + "]";
  }
}
