package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonToken;
import dev.reportgen.runtime.ReportErrorResponseException;
import dev.reportgen.runtime.ReportMetadata;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the envelope says about the response besides its rows: the success flag, the failure
 * message, the comment and the counts. Keys may come in any order and in several spellings; when a
 * response carries more than one spelling, the key that ranks first in {@link EnvelopeKeys} wins,
 * whatever the order they came in.
 */
final class EnvelopeMetadata {
  /** What the success flags said so far. */
  private enum Outcome {
    UNSTATED,
    SUCCEEDED,
    FAILED
  }

  private final JsonTokens tokens;
  private Outcome outcome = Outcome.UNSTATED;

  /** The key the failure message came from, null while there is none. */
  private String errorKey;

  private String errorMessage;

  /** An {@code error}/{@code error_message} key was present (not just {@code message}). */
  private boolean explicitError;

  private String comment;

  /** The key the total came from, null while there is none. */
  private String totalKey;

  private long total;
  private OptionalLong firstRow = OptionalLong.empty();

  EnvelopeMetadata(JsonTokens tokens) {
    this.tokens = tokens;
  }

  /** Whether a success flag said the request failed (rows of a failed response are skipped). */
  boolean failed() {
    return outcome == Outcome.FAILED;
  }

  /** Whether the envelope said anything a report says: a success flag or a count. */
  boolean saidAnything() {
    return outcome != Outcome.UNSTATED || totalKey != null;
  }

  ReportMetadata metadata() {
    return new ReportMetadata(
        totalKey == null ? OptionalLong.empty() : OptionalLong.of(total),
        firstRow,
        Optional.ofNullable(comment));
  }

  /** A success flag ({@code success}): 1, "1", true or 0, "0", false. */
  void success(String key, JsonToken v) {
    String text = v.isScalarValue() ? tokens.text(v) : null;
    boolean ok;
    if (v == JsonToken.VALUE_TRUE || "1".equals(text)) {
      ok = true;
    } else if (v == JsonToken.VALUE_FALSE || "0".equals(text)) {
      ok = false;
    } else {
      throw tokens.structure(
          "'" + key + "' must be 1, \"1\", true, 0, \"0\" or false, got " + describe(v, text));
    }
    // Any failure flag wins over a success flag.
    if (outcome != Outcome.FAILED) {
      outcome = ok ? Outcome.SUCCEEDED : Outcome.FAILED;
    }
  }

  /** A failure message ({@code error}, {@code error_message}, {@code message}). */
  void error(String key, JsonToken v) {
    if (v == JsonToken.VALUE_NULL) {
      return;
    }
    String text = tokens.text(v);
    if (text.isEmpty()) {
      return;
    }
    boolean better =
        errorKey == null || EnvelopeKeys.errorPriority(key) < EnvelopeKeys.errorPriority(errorKey);
    if (better) {
      errorKey = key;
      errorMessage = text;
    }
    if (!"message".equals(key)) {
      explicitError = true;
    }
  }

  /** The {@code comment}: the first non-null one is kept. */
  void comment(JsonToken v) {
    if (v != JsonToken.VALUE_NULL && comment == null) {
      comment = tokens.text(v);
    } else {
      tokens.skip();
    }
  }

  /** A count of all rows matching the query ({@code total_matches} and its spellings). */
  void total(String key, JsonToken v) {
    if (!isCount(v)) {
      return;
    }
    long value = count(key, v);
    boolean better =
        totalKey == null || EnvelopeKeys.totalPriority(key) < EnvelopeKeys.totalPriority(totalKey);
    if (better) {
      totalKey = key;
      total = value;
    }
  }

  /** The index of the first row returned ({@code first_row} and its spellings): first one wins. */
  void firstRow(String key, JsonToken v) {
    if (!isCount(v)) {
      return;
    }
    long value = count(key, v);
    if (firstRow.isEmpty()) {
      firstRow = OptionalLong.of(value);
    }
  }

  /**
   * At the end of the document: a failure flag, or a failure message in a response with neither
   * rows nor header ({@code sawReport} false) and no success flag, makes the response a failure.
   */
  void throwIfFailure(boolean sawReport) {
    if (outcome == Outcome.FAILED) {
      throw new ReportErrorResponseException(errorMessage != null ? errorMessage : comment);
    }
    if (outcome == Outcome.UNSTATED && explicitError && !sawReport) {
      throw new ReportErrorResponseException(errorMessage);
    }
  }

  /** Null is no count; a structure is skipped as no count; anything else must be a count. */
  private boolean isCount(JsonToken v) {
    if (v == JsonToken.VALUE_NULL) {
      return false;
    }
    if (!v.isScalarValue()) {
      tokens.skip();
      return false;
    }
    return true;
  }

  private long count(String key, JsonToken v) {
    String text = tokens.text(v);
    if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_STRING) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        // Reported below.
      }
    }
    throw tokens.structure("count '" + key + "' is not a whole number: " + describe(v, text));
  }

  private static String describe(JsonToken v, String text) {
    return text != null ? text : String.valueOf(v);
  }
}
