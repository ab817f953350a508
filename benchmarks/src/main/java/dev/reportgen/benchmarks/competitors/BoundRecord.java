package dev.reportgen.benchmarks.competitors;

/**
 * A record of the user's own that a binding library fills (databind, dsl-json, avaje-jsonb, Jackson
 * CSV), converted to the generated record only by the equality test.
 *
 * @param <T> the generated record
 */
public interface BoundRecord<T> {
  /** Field by field, for the equality test. */
  T toGenerated();
}
