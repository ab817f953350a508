package dev.reportgen.benchmarks.competitors;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The LuxSci datetime ({@code YYYY-MM-DD HH:MM:SS}, GMT) the way a user of a binding library
 * converts it in a custom converter: {@code DateTimeFormatter}, as databind's {@code @JsonFormat}
 * does for the databind candidates. The hand-written ceiling uses {@link FastDateTime} instead.
 */
final class WireDateTime {
  private static final DateTimeFormatter PATTERN =
      DateTimeFormatter.ofPattern(BoundSentEmail.DATETIME);

  private WireDateTime() {}

  static Instant parse(String text) {
    return LocalDateTime.parse(text, PATTERN).toInstant(ZoneOffset.UTC);
  }

  static String format(Instant value) {
    return PATTERN.format(value.atOffset(ZoneOffset.UTC));
  }
}
