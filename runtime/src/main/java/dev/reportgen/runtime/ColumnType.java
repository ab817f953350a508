package dev.reportgen.runtime;

/** The value types of the LuxSci column reference, and the Java types they decode to. */
public enum ColumnType {
  /** {@code YYYY-MM-DD}, GMT; decodes to {@link java.time.LocalDate}. */
  DATE,
  /** {@code YYYY-MM-DD HH:MM:SS}, GMT; decodes to {@link java.time.Instant}. */
  DATETIME,
  /** Whole number; decodes to {@code long} (or {@link Long} when nullable). */
  INTEGER,
  /** Floating point number; decodes to {@code double} (or {@link Double} when nullable). */
  FLOAT,
  /** UTF-8 text; decodes to {@link String}. */
  STRING,
  /** One of a closed set of wire values; decodes to a generated {@link WireEnum}. */
  ENUM
}
