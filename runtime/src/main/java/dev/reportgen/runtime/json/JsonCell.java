package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.reportgen.runtime.internal.BaseCell;
import dev.reportgen.runtime.internal.RowState;
import java.io.IOException;

/**
 * A cell on the parser's current token: numbers come from jackson's own number parsing, strings
 * are read from jackson's char buffer in place, so a cell costs no allocation beyond its value.
 */
public final class JsonCell extends BaseCell {
  private final JsonParser parser;
  private boolean loaded;

  JsonCell(JsonParser parser, RowState<?> row, int maxNumberLength) {
    super(row, maxNumberLength);
    this.parser = parser;
  }

  /** Points the cell at the current token, the value of schema column {@code column}. */
  JsonCell at(JsonToken token, int column) {
    this.column = column;
    this.kind = kindOf(token);
    this.loaded = false;
    return this;
  }

  static int kindOf(JsonToken token) {
    switch (token) {
      case VALUE_STRING:
        return STRING;
      case VALUE_NUMBER_INT:
        return INT;
      case VALUE_NUMBER_FLOAT:
        return FLOAT;
      case VALUE_TRUE:
        return TRUE;
      case VALUE_FALSE:
        return FALSE;
      case VALUE_NULL:
        return NULL;
      default:
        return NESTED;
    }
  }

  @Override
  protected void loadText() {
    if (loaded) {
      return;
    }
    try {
      buf = parser.getTextCharacters();
      off = parser.getTextOffset();
      len = parser.getTextLength();
      loaded = true;
    } catch (IOException e) {
      throw JsonFailures.fatal(parser, e);
    }
  }

  @Override
  protected String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw JsonFailures.fatal(parser, e);
    }
  }

  @Override
  protected long integerToken() {
    try {
      JsonParser.NumberType type = parser.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        return parser.getLongValue();
      }
    } catch (IOException e) {
      throw JsonFailures.fatal(parser, e);
    }
    throw invalid("integer out of the 64-bit range");
  }

  @Override
  protected double numberToken() {
    try {
      return checkedDouble(parser.getDoubleValue());
    } catch (IOException e) {
      throw JsonFailures.fatal(parser, e);
    }
  }

  @Override
  protected long line() {
    return location().getLineNr();
  }

  @Override
  protected long lineColumn() {
    return location().getColumnNr();
  }

  private JsonLocation location() {
    return parser.currentTokenLocation();
  }
}
