package dev.reportgen.runtime.json;

/**
 * Where the envelope walk is: the chain of envelope objects open around the parser, from the
 * response's top level down to the innermost {@code data}/{@code report} object, each with what it
 * collected. Kept apart from the cursor (like jackson's {@code JsonReadContext} keeps the parser's
 * nesting), so the per-row path carries none of it. The root stands for the outside of every
 * object: the walk is at the root before the top-level object opens, after it closes, and while a
 * top-level array of rows is read. A child level is allocated once and reused.
 */
final class EnvelopeLevel {
  private final EnvelopeLevel parent;

  /** How errors name this level: {@code 'data'}, or "the response" at the top. */
  private String name;

  private EnvelopeLevel child;

  /** A summary report's scalar keys met at this level, null while there are none. */
  private BufferedValues loose;

  private EnvelopeLevel(EnvelopeLevel parent) {
    this.parent = parent;
  }

  /** The outside of every object. */
  static EnvelopeLevel root() {
    return new EnvelopeLevel(null);
  }

  /** Opens the object that is the value of {@code key} (null for the top-level object). */
  EnvelopeLevel enter(String key) {
    if (child == null) {
      child = new EnvelopeLevel(this);
    }
    child.name = key == null ? "the response" : "'" + key + "'";
    child.loose = null;
    return child;
  }

  /** Closes this level's object. */
  EnvelopeLevel exit() {
    return parent;
  }

  boolean isRoot() {
    return parent == null;
  }

  /** How errors name this level's object. */
  String name() {
    return name;
  }

  /** The scalar keys collected at this level, or null. */
  BufferedValues loose() {
    return loose;
  }

  /** The scalar keys collected at this level, started on first use. */
  BufferedValues looseForAdding() {
    if (loose == null) {
      loose = new BufferedValues(-1);
    }
    return loose;
  }
}
