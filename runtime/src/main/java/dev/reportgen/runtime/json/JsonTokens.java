package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.internal.FatalReadException;
import java.io.IOException;

/**
 * The parser as the JSON reader walks it: jackson's failures become the runtime's, an input that
 * ends where a token must follow is a truncation, and a failure met inside a streamed row names
 * that row. Which streamed row is open (its closing token not read yet) is kept here because both
 * the error positions and lenient resynchronisation ({@link BadRowSkipper}) depend on it.
 */
final class JsonTokens {
  private final JsonParser parser;
  private final JsonFactory factory;
  private final int maxStringLength;

  /** Index of the streamed row whose closing token has not been read, or -1. */
  private long openRow = -1;

  JsonTokens(JsonParser parser, JsonFactory factory, int maxStringLength) {
    this.parser = parser;
    this.factory = factory;
    this.maxStringLength = maxStringLength;
  }

  /** The parser, for the readers that work on it directly (values, header lists). */
  JsonParser parser() {
    return parser;
  }

  /** A streamed row starts: failures until {@link #leaveRow()} name row {@code index}. */
  void enterRow(long index) {
    openRow = index;
  }

  /** The open row's closing token was read (or the row is being abandoned). */
  void leaveRow() {
    openRow = -1;
  }

  /** Whether a streamed row is open. */
  boolean inRow() {
    return openRow >= 0;
  }

  /** The first token of the document, or null for an empty input. */
  JsonToken first() {
    try {
      return parser.nextToken();
    } catch (IOException e) {
      throw JsonFailures.fatal(parser, e);
    }
  }

  /** The next token; the input ending here is a truncation. */
  JsonToken next() {
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        throw JsonFailures.structure(parser, "truncated input", openRow, null);
      }
      return t;
    } catch (IOException e) {
      throw JsonFailures.fatal(parser, e, openRow);
    }
  }

  /** The current token, or null before the first. */
  JsonToken current() {
    return parser.currentToken();
  }

  /** After the document's last token: anything but the end of input is an error. */
  void expectEnd() {
    JsonToken after;
    try {
      after = parser.nextToken();
    } catch (IOException e) {
      throw JsonFailures.fatal(parser, e);
    }
    if (after != null) {
      throw structure("trailing content after the response: " + after);
    }
  }

  /** Skips the structure the current token opens (nothing for a scalar). */
  void skip() {
    try {
      parser.skipChildren();
    } catch (IOException e) {
      throw JsonFailures.fatal(parser, e, openRow);
    }
  }

  /** Inside an array: skips to its closing bracket. */
  void skipRestOfArray() {
    while (true) {
      JsonToken t = next();
      if (t == JsonToken.END_ARRAY) {
        return;
      }
      if (t.isStructStart()) {
        skip();
      }
    }
  }

  /** The current field name. */
  String name() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw JsonFailures.fatal(parser, e);
    }
  }

  /** The current value's text as {@link JsonValues#text} keeps it; consumes a structure. */
  String text(JsonToken t) {
    return JsonValues.text(parser, t, factory, maxStringLength, openRow);
  }

  /** As {@link #text}, but null for a structure, which is left unread. */
  String textOrNull(JsonToken t) {
    return t.isStructStart() ? null : text(t);
  }

  /** 1-based line of the current token. */
  int line() {
    return parser.currentTokenLocation().getLineNr();
  }

  /** 1-based column of the current token within its line. */
  int column() {
    return parser.currentTokenLocation().getColumnNr();
  }

  /** A problem of the response's structure at the current token: it ends the read. */
  FatalReadException structure(String problem) {
    return JsonFailures.structure(parser, problem, -1, null);
  }

  /** A problem with no position of its own: it ends the read. */
  static FatalReadException unplaced(String problem, long row) {
    return new FatalReadException(new ReportParseException(problem, row, null, null, -1, -1, null));
  }

  void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // Nothing to do: the input is being abandoned.
    }
  }
}
