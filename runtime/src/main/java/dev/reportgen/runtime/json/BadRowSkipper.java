package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonToken;

/**
 * Lenient resynchronisation: after a bad streamed row, reads on to that row's closing token, so the
 * next row starts clean. A row is flat (its values are scalars or structures that no column
 * accepts), so the first closing token met outside a skipped structure is the row's own.
 */
final class BadRowSkipper {
  private BadRowSkipper() {}

  /** Skips the rest of the open row, if a row is open (a bad buffered row has nothing left). */
  static void skipRestOfRow(JsonTokens tokens) {
    if (!tokens.inRow()) {
      return;
    }
    tokens.leaveRow();
    JsonToken current = tokens.current();
    if (current != null && current.isStructStart()) {
      tokens.skip(); // the value the error was about, when it was not read
    }
    while (true) {
      JsonToken t = tokens.next();
      if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
        return;
      }
      if (t.isStructStart()) {
        tokens.skip();
      }
    }
  }
}
