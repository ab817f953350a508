package dev.reportgen.client;

import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.reportgen.runtime.ReportParseException;

/**
 * Tells a body that was cut short (worth asking again) from one that is bad (not worth it). The
 * runtime reports a body ending inside the JSON either as "truncated input" or as jackson's
 * end-of-input, depending on where it ends.
 */
final class Truncation {
  private Truncation() {}

  static boolean isCutShort(ReportParseException e) {
    if (e.problem().startsWith("truncated")) {
      return true;
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonEOFException) {
        return true;
      }
    }
    return false;
  }
}
