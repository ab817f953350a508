package dev.reportgen.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fault script of one fake server: which requests fail, and how. Rules match a request by its
 * arrival number ({@link RecordedRequest#number()}) or by the endpoint its path matched (the
 * endpoint name, or {@link #AUTH} for the login path), and fire a set number of times. When several
 * rules match, the oldest fires. Thread-safe.
 */
public final class Faults {
  /** The endpoint name the login path {@code /auth} goes by in rules and in the request log. */
  public static final String AUTH = "auth";

  private final List<Rule> rules = new ArrayList<>();

  Faults() {}

  /** Request number {@code number} (1-based, every request counted) gets {@code fault}, once. */
  public Faults onRequest(long number, Fault fault) {
    if (number < 1) {
      throw new IllegalArgumentException("request numbers start at 1, got " + number);
    }
    return add(new Rule(number, null, Objects.requireNonNull(fault, "fault"), 1));
  }

  /** The next request to endpoint {@code endpoint} gets {@code fault}, once. */
  public Faults onEndpoint(String endpoint, Fault fault) {
    return onEndpoint(endpoint, fault, 1);
  }

  /** The next {@code times} requests to endpoint {@code endpoint} get {@code fault}. */
  public Faults onEndpoint(String endpoint, Fault fault, int times) {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, got " + times);
    }
    return add(new Rule(0, endpoint, fault, times));
  }

  /** Every request to endpoint {@code endpoint} gets {@code fault}, until {@link #clear()}. */
  public Faults onEndpointAlways(String endpoint, Fault fault) {
    return onEndpoint(endpoint, fault, Integer.MAX_VALUE);
  }

  /** Removes every rule, fired or not. */
  public synchronized Faults clear() {
    rules.clear();
    return this;
  }

  /** Whether every scripted fault has fired as often as asked ({@code always} rules never have). */
  public synchronized boolean allFired() {
    return rules.isEmpty();
  }

  private synchronized Faults add(Rule rule) {
    rules.add(rule);
    return this;
  }

  /** The fault for this request, counting it as fired; empty when no rule matches. */
  synchronized Optional<Fault> take(long number, String endpoint) {
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      if (rule.matches(number, endpoint)) {
        if (rule.remaining != Integer.MAX_VALUE && --rule.remaining == 0) {
          rules.remove(i);
        }
        return Optional.of(rule.fault);
      }
    }
    return Optional.empty();
  }

  private static final class Rule {
    private final long number;
    private final String endpoint;
    private final Fault fault;
    private int remaining;

    Rule(long number, String endpoint, Fault fault, int remaining) {
      this.number = number;
      this.endpoint = endpoint;
      this.fault = fault;
      this.remaining = remaining;
    }

    boolean matches(long requestNumber, String requestEndpoint) {
      return endpoint == null ? number == requestNumber : endpoint.equals(requestEndpoint);
    }
  }
}
