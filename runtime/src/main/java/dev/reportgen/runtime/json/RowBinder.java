package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonToken;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.internal.ColumnNames;
import dev.reportgen.runtime.internal.FatalReadException;
import dev.reportgen.runtime.internal.HeaderBinding;
import dev.reportgen.runtime.internal.RowState;
import dev.reportgen.runtime.internal.TextCell;
import dev.reportgen.runtime.internal.ValueKind;
import java.util.List;

/**
 * Binds the values of a row to the schema's columns and applies the row rules, one set for every
 * way a JSON row arrives: streamed from the parser (array rows by header position, object rows by
 * key) and buffered as text (array rows held until a late header, a summary's single row given as
 * plain envelope keys). Each rule's error is built here once, so a bad row reads the same whichever
 * way it came.
 *
 * <p>The streamed paths are the per-value hot path: one cell, reused, no allocation per value.
 */
final class RowBinder<T> {
  private static final char[] NO_CHARS = new char[0];

  private final ReportType<T> type;
  private final JsonTokens tokens;
  private final RowState<T> row;
  private final JsonCell cell;
  private final TextCell textCell;
  private final ColumnNames names;
  private final KeyCache keys;
  private final int maxColumns;
  private final ReadOptions options;
  private HeaderBinding binding;
  private List<String> header = List.of();

  RowBinder(ReportType<T> type, JsonTokens tokens, ReadOptions options) {
    this.type = type;
    this.tokens = tokens;
    this.row = new RowState<>(type);
    this.cell = new JsonCell(tokens.parser(), row, options.maxNumberLength());
    this.textCell = new TextCell(row, options.maxNumberLength());
    this.names = new ColumnNames(type.columns());
    this.keys = new KeyCache(names);
    this.maxColumns = options.maxColumns();
    this.options = options;
  }

  /** The schema's column names, as wire names are matched to them. */
  ColumnNames names() {
    return names;
  }

  /** Whether a header has been bound (array rows can be decoded). */
  boolean bound() {
    return binding != null;
  }

  /** The header as sent, empty before one is bound. */
  List<String> header() {
    return header;
  }

  /** Index of the row decoded last. */
  long lastRowIndex() {
    return row.rowIndex();
  }

  /** Binds the header whose list opened at {@code line}:{@code column}; a bad one ends the read. */
  void bindHeader(List<String> names, long line, long column) {
    try {
      binding = HeaderBinding.bind(type, this.names, names, line, column);
    } catch (ReportParseException e) {
      throw new FatalReadException(e);
    }
    header = binding.names();
  }

  /**
   * The byte scanner for the row list whose opening bracket was just read, or null where it does
   * not apply ({@link ArrayRowScanner#over}) or jackson-core is not the version the scanner was
   * verified against ({@link ScannerJacksonCheck}: then the scanner's classes are never loaded).
   * Needs a bound header.
   */
  ArrayRowScanner<T> scanner() {
    if (!ScannerJacksonCheck.USABLE) {
      return null;
    }
    return ArrayRowScanner.over(tokens.parser(), row, binding, options);
  }

  // ---- streamed rows

  /**
   * Streamed array row {@code index}, from {@code first} (its first token after the opening
   * bracket, or the first value of a flat row) to its closing bracket. Needs a bound header.
   */
  T arrayRow(long index, JsonToken first) {
    row.beginArrayRow(index, binding.everyColumnBound());
    tokens.enterRow(index);
    int[] positions = binding.positions();
    int width = positions.length;
    int i = 0;
    JsonToken t = first;
    while (t != JsonToken.END_ARRAY) {
      if (i >= width) {
        throw tooManyValues(tokens.line(), tokens.column());
      }
      int column = positions[i];
      if (column >= 0) {
        if (t.isStructStart()) {
          tokens.skip();
          throw nestedValue(column, tokens.line(), tokens.column());
        }
        row.decoder().set(column, cell.at(t, column));
      } else {
        row.extra(header.get(i), tokens.text(t));
      }
      i++;
      t = tokens.next();
    }
    tokens.leaveRow();
    if (i < width) {
      throw tooFewValues(i, tokens.line(), tokens.column());
    }
    return row.build();
  }

  /** Starts streamed object row {@code index}, whose opening brace was just read. */
  void openObjectRow(long index) {
    row.begin(index);
    tokens.enterRow(index);
  }

  /** The streamed object row opened last, from {@code first} (the token after the brace). */
  T objectRowFrom(JsonToken first) {
    int position = 0;
    JsonToken t = first;
    while (t != JsonToken.END_OBJECT) {
      String key = tokens.name();
      if (position >= maxColumns) {
        throw row.error(
            "row has more than " + maxColumns + " keys (maxColumns)",
            null,
            null,
            tokens.line(),
            tokens.column());
      }
      int column = keys.columnOf(position++, key);
      JsonToken v = tokens.next();
      if (column >= 0) {
        if (!row.markSeen(column)) {
          throw givenTwice(key, column, tokens.line(), tokens.column());
        }
        if (v.isStructStart()) {
          tokens.skip();
          throw nestedValue(column, tokens.line(), tokens.column());
        }
        row.decoder().set(column, cell.at(v, column));
      } else if (!row.extra(key, tokens.text(v))) {
        throw extraGivenTwice(key, tokens.line(), tokens.column());
      }
      t = tokens.next();
    }
    tokens.leaveRow();
    int missing = row.firstMissingNonNullable();
    if (missing >= 0) {
      throw row.noValue(missing, RowState.MISSING, tokens.line(), tokens.column());
    }
    return row.build();
  }

  /** Streamed object row {@code index}, whose opening brace was just read. */
  T objectRow(long index) {
    openObjectRow(index);
    return objectRowFrom(tokens.next());
  }

  /** Row {@code index} of a row list is the token {@code t}, neither array nor object. */
  ReportParseException notARow(long index, JsonToken t) {
    row.begin(index);
    return row.error(
        "expected a row (array or object), got " + t,
        null,
        tokens.textOrNull(t),
        tokens.line(),
        tokens.column());
  }

  // ---- buffered rows

  /** An array row held until the header came. Positions are the values' own. */
  T arrayRow(BufferedValues values) {
    row.begin(values.rowIndex);
    int[] positions = binding.positions();
    int width = positions.length;
    if (values.size > width) {
      throw tooManyValues(values.lines[width], values.columns[width]);
    }
    if (values.size < width) {
      // No closing bracket was kept: the row is placed at its first value.
      throw tooFewValues(
          values.size,
          values.size > 0 ? values.lines[0] : -1,
          values.size > 0 ? values.columns[0] : -1);
    }
    for (int i = 0; i < width; i++) {
      int column = positions[i];
      if (column >= 0) {
        setBuffered(values, i, column);
      } else {
        row.extra(header.get(i), values.texts[i]);
      }
    }
    return row.build();
  }

  /**
   * Row {@code index} from keyed values held as text (a summary's row given as plain keys of an
   * envelope object that closed at {@code endLine}:{@code endColumn}).
   */
  T keyedRow(long index, BufferedValues values, long endLine, long endColumn) {
    row.begin(index);
    for (int i = 0; i < values.size; i++) {
      String key = values.names[i];
      int column = names.indexOf(key);
      if (column >= 0) {
        if (!row.markSeen(column)) {
          throw givenTwice(key, column, values.lines[i], values.columns[i]);
        }
        setBuffered(values, i, column);
      } else if (!row.extra(key, values.texts[i])) {
        throw extraGivenTwice(key, values.lines[i], values.columns[i]);
      }
    }
    int missing = row.firstMissingNonNullable();
    if (missing >= 0) {
      throw row.noValue(missing, RowState.MISSING, endLine, endColumn);
    }
    return row.build();
  }

  private void setBuffered(BufferedValues values, int i, int column) {
    if (values.kinds[i] == ValueKind.NESTED) {
      throw nestedValue(column, values.lines[i], values.columns[i]);
    }
    String text = values.texts[i];
    char[] chars = text == null ? NO_CHARS : text.toCharArray();
    row.decoder()
        .set(
            column,
            textCell.at(
                column,
                values.kinds[i],
                chars,
                0,
                chars.length,
                values.lines[i],
                values.columns[i]));
  }

  // ---- the row rules' errors, one wording each

  private ReportParseException givenTwice(String key, int column, long line, long lineColumn) {
    return row.error(
        "key '" + key + "' given twice in one row (or in two spellings)",
        row.keyword(column),
        null,
        line,
        lineColumn);
  }

  /** Extras are matched exactly, so only the very same key can repeat. */
  private ReportParseException extraGivenTwice(String key, long line, long lineColumn) {
    return row.error("key '" + key + "' given twice in one row", key, null, line, lineColumn);
  }

  private ReportParseException nestedValue(int column, long line, long lineColumn) {
    return row.error(
        "expected a value, got an array or object", row.keyword(column), null, line, lineColumn);
  }

  private ReportParseException tooManyValues(long line, long lineColumn) {
    return row.error(
        "row has more values than the header's " + binding.width() + " columns",
        null,
        null,
        line,
        lineColumn);
  }

  private ReportParseException tooFewValues(int count, long line, long lineColumn) {
    return row.error(
        "row has " + count + " values but the header has " + binding.width() + " columns",
        null,
        null,
        line,
        lineColumn);
  }
}
