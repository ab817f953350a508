package dev.reportgen.runtime.internal;

/**
 * What kind of value the input gave for a cell, before any schema type is applied: JSON tells null,
 * strings, numbers, booleans and structures apart; CSV has only strings.
 *
 * <p>Int constants rather than an enum on purpose: a kind is read for every value (one table switch
 * in {@link BaseCell}), looked up per JSON token in an {@code int[]} indexed by token id, and kept
 * per buffered value in an {@code int[]}; an enum would add the switch-map indirection per value
 * and an object array per buffered row for no gain in a closed, internal set.
 */
public final class ValueKind {
  /** JSON null. */
  public static final int NULL = 0;

  /** A string (every CSV field). */
  public static final int STRING = 1;

  /** A JSON integer number. */
  public static final int INT = 2;

  /** A JSON number with a fraction or exponent. */
  public static final int FLOAT = 3;

  /** JSON true. */
  public static final int TRUE = 4;

  /** JSON false. */
  public static final int FALSE = 5;

  /** A JSON array or object, which no schema column accepts. */
  public static final int NESTED = 6;

  private ValueKind() {}

  /** How an error message names a value of {@code kind}: "a string", "a number"... */
  static String describe(int kind) {
    switch (kind) {
      case NULL:
        return "null";
      case STRING:
        return "a string";
      case INT:
      case FLOAT:
        return "a number";
      case TRUE:
      case FALSE:
        return "a boolean";
      default:
        return "an array or object";
    }
  }
}
