package dev.reportgen.testkit;

import com.sun.net.httpserver.Headers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The requests a fake server received, numbered in arrival order. Thread-safe. */
final class RequestLog {
  private static final String REDACTED = "<redacted>";

  private final AtomicLong counter = new AtomicLong();
  private final List<RecordedRequest> entries = new ArrayList<>();

  /** The number of the request that just arrived. */
  long nextNumber() {
    return counter.incrementAndGet();
  }

  synchronized void add(RecordedRequest request) {
    entries.add(request);
  }

  synchronized List<RecordedRequest> snapshot() {
    return List.copyOf(entries);
  }

  /** Forgets every entry; numbering starts again at 1. */
  synchronized void clear() {
    entries.clear();
    counter.set(0);
  }

  /** Builds the log entry of one request as the handler learns about it. */
  static final class Entry {
    private final IncomingRequest request;
    private String endpoint;
    private AuthOutcome outcome = AuthOutcome.NOT_CHECKED;
    private Fault fault;
    private Map<String, String> unknownParameters = Map.of();

    Entry(IncomingRequest request) {
      this.request = request;
    }

    void endpoint(String name) {
      endpoint = name;
    }

    String endpointName() {
      return endpoint;
    }

    void outcome(AuthOutcome authOutcome) {
      outcome = authOutcome;
    }

    void fault(Fault applied) {
      fault = applied;
    }

    void unknownParameters(Map<String, String> parameters) {
      unknownParameters = parameters;
    }

    RecordedRequest complete(int status) {
      return new RecordedRequest(
          request.number(),
          request.method(),
          request.rawPath(),
          request.rawQuery(),
          redacted(request.headers()),
          endpoint,
          outcome,
          status,
          Optional.ofNullable(fault),
          unknownParameters);
    }
  }

  /** The headers with every credential replaced: cookie values, API-key secrets, Authorization. */
  static Map<String, List<String>> redacted(Headers headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach(
        (name, values) -> {
          List<String> kept = new ArrayList<>(values.size());
          for (String value : values) {
            kept.add(redact(name.toLowerCase(Locale.ROOT), value));
          }
          copy.put(name, List.copyOf(kept));
        });
    return Collections.unmodifiableMap(copy);
  }

  private static String redact(String name, String value) {
    switch (name) {
      case "cookie" -> {
        StringBuilder redacted = new StringBuilder();
        for (String pair : value.split(";")) {
          int equals = pair.indexOf('=');
          if (redacted.length() > 0) {
            redacted.append(';');
          }
          redacted.append(equals < 0 ? pair : pair.substring(0, equals + 1) + REDACTED);
        }
        return redacted.toString();
      }
      case "x-api-key" -> {
        int colon = value.indexOf(':');
        return colon < 0 ? REDACTED : value.substring(0, colon + 1) + REDACTED;
      }
      case "authorization", "proxy-authorization" -> {
        return REDACTED;
      }
      default -> {
        return value;
      }
    }
  }
}
