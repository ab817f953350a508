package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import dev.reportgen.runtime.WireEnum;
import dev.reportgen.runtime.internal.BaseCell;
import dev.reportgen.runtime.internal.RowState;
import dev.reportgen.runtime.internal.ValueKind;
import dev.reportgen.runtime.spi.EnumLookup;
import java.io.IOException;

/**
 * A cell on the parser's current token: numbers come from jackson's own number parsing, strings are
 * read from jackson's char buffer in place, so a cell costs no allocation beyond its value.
 */
final class JsonCell extends BaseCell {
  private final JsonParser parser;
  private boolean loaded;

  JsonCell(JsonParser parser, RowState<?> row, int maxNumberLength) {
    super(row, maxNumberLength);
    this.parser = parser;
  }

  /**
   * {@link ValueKind} per {@link JsonToken#id()}: an array read instead of an enum switch per cell.
   */
  private static final int[] KIND_BY_TOKEN_ID = kindsByTokenId();

  private static int[] kindsByTokenId() {
    int max = 0;
    for (JsonToken t : JsonToken.values()) {
      max = Math.max(max, t.id());
    }
    int[] kinds = new int[max + 1];
    java.util.Arrays.fill(kinds, ValueKind.NESTED);
    for (JsonToken t : JsonToken.values()) {
      if (t.id() >= 0) {
        kinds[t.id()] = kindOfSlow(t);
      }
    }
    return kinds;
  }

  /** Points the cell at the current token, the value of schema column {@code column}. */
  JsonCell at(JsonToken token, int column) {
    point(column, KIND_BY_TOKEN_ID[token.id()]);
    this.loaded = false;
    return this;
  }

  /** The {@link ValueKind} of a token. */
  static int kindOf(JsonToken token) {
    return KIND_BY_TOKEN_ID[token.id()];
  }

  private static int kindOfSlow(JsonToken token) {
    switch (token) {
      case VALUE_STRING:
        return ValueKind.STRING;
      case VALUE_NUMBER_INT:
        return ValueKind.INT;
      case VALUE_NUMBER_FLOAT:
        return ValueKind.FLOAT;
      case VALUE_TRUE:
        return ValueKind.TRUE;
      case VALUE_FALSE:
        return ValueKind.FALSE;
      case VALUE_NULL:
        return ValueKind.NULL;
      default:
        return ValueKind.NESTED;
    }
  }

  @Override
  protected void loadText() {
    if (loaded) {
      return;
    }
    try {
      holdText(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
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
    switch (kind()) {
      case ValueKind.STRING:
        try {
          return parser.getTextLength() == 0 ? null : parser.getText();
        } catch (IOException e) {
          throw JsonFailures.fatal(parser, e);
        }
      case ValueKind.NULL:
        return null;
      default:
        return super.stringOrNull();
    }
  }

  @Override
  public String string() {
    return kind() == ValueKind.STRING ? text() : super.string();
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
