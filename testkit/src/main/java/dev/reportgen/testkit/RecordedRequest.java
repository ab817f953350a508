package dev.reportgen.testkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request the fake server received, as its request log keeps it. Secrets are not kept: the
 * {@code Cookie} header's signature value, the {@code X-API-Key} secret and any {@code
 * Authorization} value are replaced by {@code <redacted>}, and bodies are not kept at all.
 *
 * @param number 1-based arrival number (since start or the last {@link LuxSciFakeServer#reset()})
 * @param method the HTTP method
 * @param path the path as sent, percent-encoding kept
 * @param rawQuery the query string exactly as sent, without {@code ?}; empty when none
 * @param headers request headers (names as the JDK server normalises them), secrets redacted
 * @param endpoint the endpoint name the path matched, {@code "auth"} for the login path, or {@code
 *     null} when it matched nothing
 * @param authOutcome what was decided about the credentials
 * @param status the HTTP status answered, or 0 when the connection was dropped without one
 * @param fault the scripted fault applied to this request, if any
 * @param unknownParameters query parameters the endpoint does not define, in the order sent
 */
public record RecordedRequest(
    long number,
    String method,
    String path,
    String rawQuery,
    Map<String, List<String>> headers,
    String endpoint,
    AuthOutcome authOutcome,
    int status,
    Optional<Fault> fault,
    Map<String, String> unknownParameters) {

  /** The first value of header {@code name} (case-insensitive), if sent. */
  public Optional<String> header(String name) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return Optional.of(entry.getValue().get(0));
      }
    }
    return Optional.empty();
  }
}
