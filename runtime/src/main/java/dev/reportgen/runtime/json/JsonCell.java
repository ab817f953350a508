package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import dev.reportgen.runtime.spi.EnumLookup;
import dev.reportgen.runtime.WireEnum;
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

  /** Value kind per {@link JsonToken#id()}: an array read instead of an enum switch per cell. */
  private static final int[] KIND_BY_TOKEN_ID = kindsByTokenId();

  private static int[] kindsByTokenId() {
    int max = 0;
    for (JsonToken t : JsonToken.values()) {
      max = Math.max(max, t.id());
    }
    int[] kinds = new int[max + 1];
    java.util.Arrays.fill(kinds, NESTED);
    for (JsonToken t : JsonToken.values()) {
      if (t.id() >= 0) {
        kinds[t.id()] = kindOfSlow(t);
      }
    }
    return kinds;
  }

  /** Points the cell at the current token, the value of schema column {@code column}. */
  JsonCell at(JsonToken token, int column) {
    this.column = column;
    this.kind = KIND_BY_TOKEN_ID[token.id()];
    this.loaded = false;
    return this;
  }

  static int kindOf(JsonToken token) {
    return KIND_BY_TOKEN_ID[token.id()];
  }

  private static int kindOfSlow(JsonToken token) {
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
      return parser.getLongValue();
    } catch (InputCoercionException e) {
      // jackson has the digits already; it only refuses values beyond the 64-bit range.
      throw invalid("integer out of the 64-bit range");
    } catch (IOException e) {
      throw JsonFailures.fatal(parser, e);
    }
  }

  @Override
  protected <E extends Enum<E> & WireEnum> E codeFromIntegerToken(EnumLookup<E> lookup) {
    long code;
    try {
      code = parser.getLongValue();
    } catch (InputCoercionException e) {
      return lookup.fromText(text());
    } catch (IOException e) {
      throw JsonFailures.fatal(parser, e);
    }
    return lookup.fromCode(code);
  }

  /** A string token is read once: its length to tell "" (absent), then its String. */
  @Override
  public String stringOrNull() {
    switch (kind) {
      case STRING:
        try {
          return parser.getTextLength() == 0 ? null : parser.getText();
        } catch (IOException e) {
          throw JsonFailures.fatal(parser, e);
        }
      case NULL:
        return null;
      default:
        return super.stringOrNull();
    }
  }

  @Override
  public String string() {
    return kind == STRING ? text() : super.string();
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
