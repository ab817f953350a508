package dev.reportgen.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Parses a report request's raw query string into a {@link ReportQuery}. */
final class QueryParser {
  /** The parameters every LuxSci report takes; anything else is recorded as unknown. */
  static final Set<String> REPORT_PARAMETERS =
      Set.of("after_date", "before_date", "from_date", "first_row", "matches", "destination");

  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private final int maxMatches;

  QueryParser(int maxMatches) {
    this.maxMatches = maxMatches;
  }

  /**
   * The query of {@code rawQuery}.
   *
   * @throws IllegalArgumentException naming the parameter and the value that is wrong
   */
  ReportQuery parse(String rawQuery) {
    Map<String, String> all = decode(rawQuery);
    Map<String, String> others = new LinkedHashMap<>();
    all.forEach(
        (name, value) -> {
          if (!REPORT_PARAMETERS.contains(name)) {
            others.put(name, value);
          }
        });
    long firstRow = wholeNumber(all, "first_row", 0);
    long matches = Math.min(wholeNumber(all, "matches", maxMatches), maxMatches);
    Optional<String> destination = Optional.ofNullable(all.get("destination"));
    if (destination.isPresent() && destination.get().isBlank()) {
      throw new IllegalArgumentException("destination must not be empty");
    }
    return new ReportQuery(
        dateTime(all, "after_date"),
        dateTime(all, "before_date"),
        dateTime(all, "from_date"),
        firstRow,
        (int) matches,
        destination,
        Collections.unmodifiableMap(others));
  }

  /** Name to value, form-decoded, in the order sent; a parameter given twice is an error. */
  static Map<String, String> decode(String rawQuery) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decodePart(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decodePart(pair.substring(equals + 1));
      if (parameters.putIfAbsent(name, value) != null) {
        throw new IllegalArgumentException("query parameter " + name + " is given twice");
      }
    }
    return parameters;
  }

  private static String decodePart(String part) {
    try {
      return URLDecoder.decode(part, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad percent-encoding in query part '" + part + "'", e);
    }
  }

  private static long wholeNumber(Map<String, String> parameters, String name, long absent) {
    String text = parameters.get(name);
    if (text == null) {
      return absent;
    }
    try {
      long value = Long.parseLong(text);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below with the parameter's name.
    }
    throw new IllegalArgumentException(
        name + " must be a whole number of at least 0, got '" + text + "'");
  }

  private static Optional<Instant> dateTime(Map<String, String> parameters, String name) {
    String text = parameters.get(name);
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(text, DATETIME).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " must be YYYY-MM-DD HH:MM:SS (GMT), got '" + text + "'", e);
    }
  }
}
