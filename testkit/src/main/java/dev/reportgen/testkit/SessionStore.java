package dev.reportgen.testkit;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/** The sessions a fake server issued, by auth code. Thread-safe. */
final class SessionStore {
  private final ConcurrentMap<String, Session> sessions = new ConcurrentHashMap<>();
  private final AtomicLong issued = new AtomicLong();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Duration lifetime;

  SessionStore(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** A new session; its code has LuxSci's shape {@code <n>-<unix time>-<64 hex>}. */
  Session issue(Principal principal) {
    byte[] nonce = new byte[32];
    random.nextBytes(nonce);
    long now = clock.instant().getEpochSecond();
    String code = issued.incrementAndGet() + "-" + now + "-" + HexFormat.of().formatHex(nonce);
    Session session = new Session(code, principal, clock.instant().plus(lifetime));
    sessions.put(code, session);
    return session;
  }

  Optional<Session> find(String code) {
    return Optional.ofNullable(sessions.get(code));
  }

  /** Revokes every session, as if each had been logged out. */
  void revokeAll() {
    sessions.values().forEach(Session::revoke);
  }

  /** How many sessions were issued since the server started. */
  long issuedCount() {
    return issued.get();
  }
}
