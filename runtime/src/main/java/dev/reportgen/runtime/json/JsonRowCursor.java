package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportErrorResponseException;
import dev.reportgen.runtime.ReportKind;
import dev.reportgen.runtime.ReportMetadata;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.internal.AbstractRowCursor;
import dev.reportgen.runtime.internal.BaseCell;
import dev.reportgen.runtime.internal.ColumnNames;
import dev.reportgen.runtime.internal.FatalReadException;
import dev.reportgen.runtime.internal.HeaderBinding;
import dev.reportgen.runtime.internal.KeyCache;
import dev.reportgen.runtime.internal.RowState;
import dev.reportgen.runtime.internal.TextCell;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Streams the rows of one JSON report response. A pull-based walk of the envelope (whose keys may
 * come in any order, since Perl hashes have none): it stops at each row, so memory does not
 * depend on the number of rows. Envelope variants are listed in docs/runtime.md.
 */
public final class JsonRowCursor<T> extends AbstractRowCursor<T> {
  private static final char[] NO_CHARS = new char[0];

  private final JsonParser p;
  private final JsonFactory factory;
  private final ReportType<T> type;
  private final boolean summary;
  private final RowState<T> row;
  private final JsonCell cell;
  private final TextCell textCell;
  private final ColumnNames names;
  private final KeyCache keys;

  private boolean started;
  private boolean finished;
  private boolean topLevelArray;
  private int envelopeDepth;
  private final List<BufferedValues> looseLevels = new ArrayList<>();
  private boolean inRowList;
  /** Inside a streamed row whose closing token has not been read (lenient resync needs it). */
  private boolean rowOpen;
  private int rowSources;
  private String rowSourceKey;

  private HeaderBinding binding;
  private boolean headerSeen;
  private List<String> header = List.of();
  private ArrayDeque<BufferedValues> early;

  private Boolean success;
  private String errorMessage;
  private int errorPriority = Integer.MAX_VALUE;
  private boolean explicitError;
  private String comment;
  private long total;
  private int totalPriority = Integer.MAX_VALUE;
  private long firstRow;
  private boolean hasFirstRow;

  public JsonRowCursor(
      JsonParser parser, JsonFactory factory, ReportType<T> type, ReadOptions options) {
    super(options);
    this.p = parser;
    this.factory = factory;
    this.type = type;
    this.summary = type.kind() == ReportKind.SUMMARY;
    this.row = new RowState<>(type);
    this.cell = new JsonCell(parser, row, options.maxNumberLength());
    this.textCell = new TextCell(row, options.maxNumberLength());
    this.names = new ColumnNames(type.columns());
    this.keys = new KeyCache(names);
  }

  @Override
  public List<String> header() {
    if (!headerSeen && !exhausted()) {
      lookAhead();
    }
    return header;
  }

  @Override
  public ReportMetadata metadata() {
    return new ReportMetadata(
        totalPriority == Integer.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(total),
        hasFirstRow ? OptionalLong.of(firstRow) : OptionalLong.empty(),
        Optional.ofNullable(comment));
  }

  @Override
  protected long lastRowIndex() {
    return row.rowIndex();
  }

  @Override
  protected boolean atEnd() {
    return finished && (early == null || early.isEmpty());
  }

  @Override
  protected void closeInput() {
    try {
      p.close();
    } catch (IOException e) {
      // Nothing to do: the input is being abandoned.
    }
  }

  @Override
  protected T readNext() {
    if (binding != null && early != null && !early.isEmpty()) {
      return decodeBuffered(early.poll());
    }
    if (finished) {
      return null;
    }
    if (!started) {
      return start();
    }
    if (inRowList) {
      JsonToken t = nextToken();
      if (t == JsonToken.END_ARRAY) {
        inRowList = false;
        return null;
      }
      return readRow(t);
    }
    if (topLevelArray) {
      finishDocument();
      return null;
    }
    return stepEnvelope();
  }

  private T start() {
    started = true;
    JsonToken t;
    try {
      t = p.nextToken();
    } catch (IOException e) {
      throw JsonFailures.fatal(p, e);
    }
    if (t == null) {
      throw new FatalReadException(
          new ReportParseException("empty input: no JSON response", -1, null, null, -1, -1, null));
    }
    if (t == JsonToken.START_OBJECT) {
      openLevel();
      return null;
    }
    if (t == JsonToken.START_ARRAY) {
      topLevelArray = true;
      return openRowList("(top level)");
    }
    throw JsonFailures.structure(p, "expected a JSON object or array, got " + t, -1, null);
  }

  // ---- envelope

  private void openLevel() {
    envelopeDepth++;
    looseLevels.add(null);
  }

  private T stepEnvelope() {
    JsonToken t = nextToken();
    if (t == JsonToken.END_OBJECT) {
      return closeLevel();
    }
    String key = currentName();
    JsonToken v = nextToken();
    EnvelopeKeys kind = EnvelopeKeys.classify(key);
    if (summary
        && v.isScalarValue()
        && (kind == EnvelopeKeys.OTHER
            || ((kind == EnvelopeKeys.TOTAL || kind == EnvelopeKeys.FIRST_ROW)
                && names.indexOf(key) >= 0))) {
      // A summary report may send its single row as plain keys of the envelope (or of data).
      keepLoose(key, v);
      return null;
    }
    switch (kind) {
      case SUCCESS:
        readSuccess(key, v);
        return null;
      case DATA:
      case REPORT:
        if (v == JsonToken.START_OBJECT) {
          openLevel();
          return null;
        }
        return rowsValue(key, v);
      case ROWS:
        if (v == JsonToken.START_OBJECT) {
          noteRowSource(key);
          return readRow(v);
        }
        return rowsValue(key, v);
      case HEADER:
        readHeader(key, v);
        return null;
      case TOTAL:
        readCount(key, v, true);
        return null;
      case FIRST_ROW:
        readCount(key, v, false);
        return null;
      case COMMENT:
        if (v != JsonToken.VALUE_NULL && comment == null) {
          comment = valueText(v);
        } else {
          skip();
        }
        return null;
      case ERROR:
        readError(key, v);
        return null;
      default:
        skip();
        return null;
    }
  }

  private T rowsValue(String key, JsonToken v) {
    if (v == JsonToken.START_ARRAY) {
      return openRowList(key);
    }
    // null: no rows; a scalar under a row key (e.g. "rows": 25) is not a row list.
    skip();
    return null;
  }

  private T openRowList(String key) {
    noteRowSource(key);
    JsonToken first = nextToken();
    if (first == JsonToken.END_ARRAY) {
      return null;
    }
    if (first == JsonToken.START_ARRAY || first == JsonToken.START_OBJECT) {
      inRowList = true;
      return readRow(first);
    }
    // A flat list of scalars is one row (a summary report's single row, aligned with the header).
    if (failedResponse()) {
      skipRestOfArray();
      return null;
    }
    if (binding == null) {
      bufferArrayRow(first);
      return null;
    }
    return decodeArrayRow(first);
  }

  private void noteRowSource(String key) {
    if (rowSources > 0) {
      throw JsonFailures.structure(
          p, "the response holds two row lists ('" + rowSourceKey + "' and '" + key + "')", -1,
          null);
    }
    rowSources++;
    rowSourceKey = key;
  }

  private T closeLevel() {
    BufferedValues loose = looseLevels.remove(looseLevels.size() - 1);
    envelopeDepth--;
    boolean useLoose = loose != null && rowSources == 0 && !headerSeen && matchesAColumn(loose);
    if (useLoose) {
      noteRowSource("(keys of the response)");
    }
    if (envelopeDepth == 0) {
      finishDocument();
    }
    return useLoose ? decodeLoose(loose) : null;
  }

  private boolean matchesAColumn(BufferedValues loose) {
    for (int i = 0; i < loose.size; i++) {
      if (names.indexOf(loose.names[i]) >= 0) {
        return true;
      }
    }
    return false;
  }

  private void finishDocument() {
    finished = true;
    JsonToken after;
    try {
      after = p.nextToken();
    } catch (IOException e) {
      throw JsonFailures.fatal(p, e);
    }
    if (after != null) {
      throw JsonFailures.structure(p, "trailing content after the response: " + after, -1, null);
    }
    if (Boolean.FALSE.equals(success)) {
      throw new ReportErrorResponseException(errorMessage != null ? errorMessage : comment);
    }
    if (success == null && explicitError && rowSources == 0 && !headerSeen) {
      throw new ReportErrorResponseException(errorMessage);
    }
    if (early != null && !early.isEmpty() && binding == null) {
      // Only known at the end of the document, so no position of its own (line -1); the text
      // says where the first array row was.
      BufferedValues first = early.peek();
      String where =
          first.size > 0 && first.lines[0] > 0
              ? " (the first array row's first value is at line " + first.lines[0] + ", column "
                  + first.columns[0] + ")"
              : "";
      throw new FatalReadException(
          new ReportParseException(
              "rows came as arrays but the response has no header to name their columns" + where,
              first.rowIndex, null, null, -1, -1, null));
    }
    if (!topLevelArray
        && success == null
        && !headerSeen
        && rowSources == 0
        && totalPriority == Integer.MAX_VALUE) {
      throw new FatalReadException(
          new ReportParseException(
              "no report in the response: no success flag, header, rows or count", -1, null, null,
              -1, -1, null));
    }
  }

  private boolean failedResponse() {
    return Boolean.FALSE.equals(success);
  }

  private void readSuccess(String key, JsonToken v) {
    boolean ok;
    String text = v.isScalarValue() ? valueText(v) : null;
    if (v == JsonToken.VALUE_TRUE || "1".equals(text)) {
      ok = true;
    } else if (v == JsonToken.VALUE_FALSE || "0".equals(text)) {
      ok = false;
    } else {
      throw JsonFailures.structure(
          p, "'" + key + "' must be 1, \"1\", true, 0, \"0\" or false, got " + describe(v, text),
          -1, null);
    }
    // Any failure flag wins over a success flag.
    success = Boolean.FALSE.equals(success) ? Boolean.FALSE : ok;
  }

  private void readError(String key, JsonToken v) {
    if (v == JsonToken.VALUE_NULL) {
      return;
    }
    String text = valueText(v);
    if (text.isEmpty()) {
      return;
    }
    int priority = EnvelopeKeys.errorPriority(key);
    if (priority < errorPriority) {
      errorPriority = priority;
      errorMessage = text;
    }
    if (!"message".equals(key)) {
      explicitError = true;
    }
  }

  private void readCount(String key, JsonToken v, boolean isTotal) {
    if (v == JsonToken.VALUE_NULL) {
      return;
    }
    if (!v.isScalarValue()) {
      skip();
      return;
    }
    String text = valueText(v);
    long value;
    try {
      if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_STRING) {
        throw new NumberFormatException();
      }
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw JsonFailures.structure(
          p, "count '" + key + "' is not a whole number: " + describe(v, text), -1, null);
    }
    if (isTotal) {
      int priority = EnvelopeKeys.totalPriority(key);
      if (priority < totalPriority) {
        totalPriority = priority;
        total = value;
      }
    } else if (!hasFirstRow) {
      hasFirstRow = true;
      firstRow = value;
    }
  }

  private void readHeader(String key, JsonToken v) {
    if (v == JsonToken.VALUE_NULL) {
      return;
    }
    if (v != JsonToken.START_ARRAY) {
      throw JsonFailures.structure(p, "'" + key + "' must be a list of columns, got " + v, -1, null);
    }
    if (headerSeen) {
      throw JsonFailures.structure(p, "the response holds two headers", -1, null);
    }
    JsonLocation at = p.currentTokenLocation();
    List<String> list;
    try {
      list = JsonHeaderReader.read(p, options.maxColumns());
    } catch (IOException e) {
      throw JsonFailures.fatal(p, e);
    }
    try {
      binding = HeaderBinding.bind(type, names, list, at.getLineNr(), at.getColumnNr());
    } catch (ReportParseException e) {
      throw new FatalReadException(e);
    }
    header = binding.names();
    headerSeen = true;
  }

  private void keepLoose(String key, JsonToken v) {
    int level = looseLevels.size() - 1;
    BufferedValues loose = looseLevels.get(level);
    if (loose == null) {
      loose = new BufferedValues(-1);
      looseLevels.set(level, loose);
    }
    if (loose.size >= options.maxColumns()) {
      throw JsonFailures.structure(
          p, "more than " + options.maxColumns() + " keys in one object (maxColumns)", -1, null);
    }
    JsonLocation at = p.currentTokenLocation();
    loose.add(key, JsonCell.kindOf(v), valueText(v), at.getLineNr(), at.getColumnNr());
  }

  // ---- rows

  private T readRow(JsonToken t) {
    if (t == JsonToken.START_OBJECT) {
      if (failedResponse()) {
        skip();
        return null;
      }
      return decodeObjectRow();
    }
    if (t == JsonToken.START_ARRAY) {
      if (failedResponse()) {
        skip();
        return null;
      }
      if (binding == null) {
        bufferArrayRow(nextToken());
        return null;
      }
      return decodeArrayRow(nextToken());
    }
    long index = rowIndex++;
    row.begin(index);
    throw shapeError("expected a row (array or object), got " + t, valueTextOrNull(t));
  }

  private T decodeArrayRow(JsonToken first) {
    long index = rowIndex++;
    row.beginArrayRow(index, binding.everyColumnBound());
    rowOpen = true;
    int[] positions = binding.positions();
    int width = positions.length;
    int i = 0;
    JsonToken t = first;
    while (t != JsonToken.END_ARRAY) {
      if (i >= width) {
        throw shapeError("row has more values than the header's " + width + " columns", null);
      }
      int column = positions[i];
      if (column >= 0) {
        if (t.isStructStart()) {
          skip();
          throw nestedValue(column);
        }
        row.decoder().set(column, cell.at(t, column));
      } else {
        row.extra(header.get(i), valueText(t));
      }
      i++;
      t = nextToken();
    }
    rowOpen = false;
    if (i < width) {
      throw shapeError("row has " + i + " values but the header has " + width + " columns", null);
    }
    return row.build();
  }

  private T decodeObjectRow() {
    long index = rowIndex++;
    row.begin(index);
    rowOpen = true;
    int position = 0;
    int maxColumns = options.maxColumns();
    JsonToken t;
    while ((t = nextToken()) != JsonToken.END_OBJECT) {
      String key = currentName();
      if (position >= maxColumns) {
        throw shapeError("row has more than " + maxColumns + " keys (maxColumns)", null);
      }
      int column = keys.columnOf(position++, key);
      JsonToken v = nextToken();
      if (column >= 0) {
        if (!row.markSeen(column)) {
          throw row.error(
              "key '" + key + "' given twice in one row (or in two spellings)",
              row.keyword(column), null, line(), lineColumn());
        }
        if (v.isStructStart()) {
          skip();
          throw nestedValue(column);
        }
        row.decoder().set(column, cell.at(v, column));
      } else if (!row.extra(key, valueText(v))) {
        throw row.error("key '" + key + "' given twice in one row", key, null, line(),
            lineColumn());
      }
    }
    rowOpen = false;
    int missing = row.firstMissingNonNullable();
    if (missing >= 0) {
      throw row.error("row lacks non-nullable column", row.keyword(missing), null, line(),
          lineColumn());
    }
    return row.build();
  }

  /** Lenient mode: skip to the end of the bad row so the next row starts clean. */
  @Override
  protected void afterRowError() {
    if (!rowOpen) {
      return;
    }
    rowOpen = false;
    try {
      if (p.currentToken() != null && p.currentToken().isStructStart()) {
        p.skipChildren();
      }
    } catch (IOException e) {
      throw JsonFailures.fatal(p, e);
    }
    while (true) {
      JsonToken t = nextToken();
      if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
        return;
      }
      if (t.isStructStart()) {
        skip();
      }
    }
  }

  private void bufferArrayRow(JsonToken first) {
    if (early == null) {
      early = new ArrayDeque<>();
    }
    if (early.size() >= options.maxBufferedRowsBeforeHeader()) {
      throw JsonFailures.structure(
          p,
          "more than " + options.maxBufferedRowsBeforeHeader()
              + " rows before the header (maxBufferedRowsBeforeHeader)",
          rowIndex,
          null);
    }
    BufferedValues values = new BufferedValues(rowIndex++);
    JsonToken t = first;
    while (t != JsonToken.END_ARRAY) {
      if (values.size >= options.maxColumns()) {
        throw JsonFailures.structure(
            p, "row has more than " + options.maxColumns() + " values (maxColumns)",
            values.rowIndex, null);
      }
      JsonLocation at = p.currentTokenLocation();
      values.add(null, JsonCell.kindOf(t), valueText(t), at.getLineNr(), at.getColumnNr());
      t = nextToken();
    }
    early.add(values);
  }

  private T decodeBuffered(BufferedValues values) {
    row.begin(values.rowIndex);
    int[] positions = binding.positions();
    int width = positions.length;
    if (values.size != width) {
      throw row.error(
          "row has " + values.size + " values but the header has " + width + " columns",
          null, null, values.size > 0 ? values.lines[0] : -1,
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

  private T decodeLoose(BufferedValues values) {
    row.begin(rowIndex++);
    for (int i = 0; i < values.size; i++) {
      int column = names.indexOf(values.names[i]);
      if (column >= 0) {
        if (!row.markSeen(column)) {
          throw row.error("key '" + values.names[i] + "' given twice (or in two spellings)",
              row.keyword(column), null, values.lines[i], values.columns[i]);
        }
        setBuffered(values, i, column);
      } else if (!row.extra(values.names[i], values.texts[i])) {
        throw row.error("key '" + values.names[i] + "' given twice", values.names[i], null,
            values.lines[i], values.columns[i]);
      }
    }
    int missing = row.firstMissingNonNullable();
    if (missing >= 0) {
      throw row.error("row lacks non-nullable column", row.keyword(missing), null, -1, -1);
    }
    return row.build();
  }

  private void setBuffered(BufferedValues values, int i, int column) {
    int kind = values.kinds[i];
    if (kind == BaseCell.NESTED) {
      throw row.error("expected a value, got an array or object", row.keyword(column), null,
          values.lines[i], values.columns[i]);
    }
    String text = values.texts[i];
    char[] chars = text == null ? NO_CHARS : text.toCharArray();
    row.decoder().set(
        column,
        textCell.at(column, kind, chars, 0, chars.length, values.lines[i], values.columns[i]));
  }

  // ---- helpers

  private ReportParseException shapeError(String problem, String value) {
    return row.error(problem, null, value, line(), lineColumn());
  }

  private ReportParseException nestedValue(int column) {
    return row.error("expected a value, got an array or object", row.keyword(column), null,
        line(), lineColumn());
  }

  private JsonToken nextToken() {
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw JsonFailures.structure(p, "truncated input", rowOpen ? row.rowIndex() : -1, null);
      }
      return t;
    } catch (IOException e) {
      throw JsonFailures.fatal(p, e, rowOpen ? row.rowIndex() : -1);
    }
  }

  private void skip() {
    try {
      p.skipChildren();
    } catch (IOException e) {
      throw JsonFailures.fatal(p, e, rowOpen ? row.rowIndex() : -1);
    }
  }

  private void skipRestOfArray() {
    while (true) {
      JsonToken t = nextToken();
      if (t == JsonToken.END_ARRAY) {
        return;
      }
      if (t.isStructStart()) {
        skip();
      }
    }
  }

  private String currentName() {
    try {
      return p.currentName();
    } catch (IOException e) {
      throw JsonFailures.fatal(p, e);
    }
  }

  private String valueText(JsonToken t) {
    return JsonValues.text(p, t, factory, options.maxStringLength(), rowOpen ? row.rowIndex() : -1);
  }

  private String valueTextOrNull(JsonToken t) {
    return t.isStructStart() ? null : valueText(t);
  }

  private static String describe(JsonToken v, String text) {
    return text != null ? text : String.valueOf(v);
  }

  private long line() {
    return p.currentTokenLocation().getLineNr();
  }

  private long lineColumn() {
    return p.currentTokenLocation().getColumnNr();
  }
}
