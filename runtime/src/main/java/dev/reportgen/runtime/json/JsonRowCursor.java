package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportKind;
import dev.reportgen.runtime.ReportMetadata;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.internal.AbstractRowCursor;
import dev.reportgen.runtime.internal.FatalReadException;
import java.io.IOException;
import java.util.List;

/**
 * Streams the rows of one JSON report response: the walk of the envelope, a pull-based state
 * machine that stops at each row, so memory does not depend on the number of rows. Keys may come in
 * any order (Perl hashes have none). Envelope variants are listed in docs/runtime.md.
 *
 * <p>The other concerns are delegated: the parser and its failures to {@link JsonTokens}, where the
 * walk is to {@link EnvelopeLevel}, what the envelope says to {@link EnvelopeMetadata}, the rows to
 * {@link RowBinder}, rows before the header to {@link EarlyRows}, lenient resynchronisation to
 * {@link BadRowSkipper}.
 */
final class JsonRowCursor<T> extends AbstractRowCursor<T> {
  private final JsonTokens tokens;
  private final RowBinder<T> rows;
  private final EnvelopeMetadata envelope;
  private final EarlyRows early;
  private final boolean summary;

  /**
   * Whether array rows may be read by the byte scanner (false: the general path only, for tests).
   */
  private final boolean scanRows;

  /** The byte scanner reading the current row list, or null. */
  private ArrayRowScanner<T> scanner;

  /** The byte scanner that gave up in the current row list, waiting to take over again, or null. */
  private ArrayRowScanner<T> parked;

  /** Rows the byte scanner decoded: the differential test checks the fast path was taken. */
  private long scannedRows;

  /** Times the byte scanner gave up before a list's end: each costs jackson one row re-read. */
  private long scanGiveUps;

  private EnvelopeLevel level = EnvelopeLevel.root();
  private boolean started;
  private boolean finished;

  /** Inside a list of rows (between its first row and its closing bracket). */
  private boolean inRowList;

  /** The key the rows came under, null while no rows came: a second row source is an error. */
  private String rowSource;

  JsonRowCursor(
      JsonParser parser,
      JsonFactory factory,
      ReportType<T> type,
      ReadOptions options,
      boolean scanRows) {
    super(options);
    this.scanRows = scanRows;
    this.tokens = new JsonTokens(parser, factory, options.maxStringLength());
    this.rows = new RowBinder<>(type, tokens, options);
    this.envelope = new EnvelopeMetadata(tokens);
    this.early = new EarlyRows(tokens, options.maxBufferedRowsBeforeHeader(), options.maxColumns());
    this.summary = type.kind() == ReportKind.SUMMARY;
  }

  /** Rows decoded by the byte scanner so far. */
  long scannedRows() {
    return scannedRows;
  }

  /** Times the byte scanner gave up before a list's end so far. */
  long scanGiveUps() {
    return scanGiveUps;
  }

  @Override
  public List<String> header() {
    if (!rows.bound() && !exhausted()) {
      lookAhead();
    }
    return rows.header();
  }

  @Override
  public ReportMetadata metadata() {
    return envelope.metadata();
  }

  @Override
  protected long lastRowIndex() {
    return rows.lastRowIndex();
  }

  @Override
  protected boolean atEnd() {
    return finished && early.isEmpty();
  }

  @Override
  protected void closeInput() {
    tokens.close();
  }

  @Override
  protected void afterRowError() {
    BadRowSkipper.skipRestOfRow(tokens);
  }

  @Override
  protected T readNext() {
    if (rows.bound() && !early.isEmpty()) {
      return rows.arrayRow(early.poll());
    }
    if (finished) {
      return null;
    }
    if (!started) {
      return start();
    }
    if (inRowList) {
      if (scanner != null) {
        return scannedRow();
      }
      if (parked != null && parked.resume()) {
        scanner = parked;
        parked = null;
        return scannedRow();
      }
      JsonToken t = tokens.next();
      if (t == JsonToken.END_ARRAY) {
        inRowList = false;
        parked = null;
        return null;
      }
      return row(t);
    }
    if (level.isRoot()) {
      finishDocument(); // a top-level list of rows has ended
      return null;
    }
    return stepEnvelope();
  }

  private T start() {
    started = true;
    JsonToken t = tokens.first();
    if (t == null) {
      throw JsonTokens.unplaced("empty input: no JSON response", -1);
    }
    if (t == JsonToken.START_OBJECT) {
      level = level.enter(null);
      return null;
    }
    if (t == JsonToken.START_ARRAY) {
      return openRowList("(top level)");
    }
    throw tokens.structure("expected a JSON object or array, got " + t);
  }

  // ---- the envelope

  /** Reads one key of the current envelope object, or its end. */
  private T stepEnvelope() {
    JsonToken t = tokens.next();
    if (t == JsonToken.END_OBJECT) {
      return closeLevel();
    }
    String key = tokens.name();
    JsonToken v = tokens.next();
    EnvelopeKeys kind = EnvelopeKeys.classify(key);
    if (summary
        && v.isScalarValue()
        && (kind == EnvelopeKeys.OTHER
            || ((kind == EnvelopeKeys.TOTAL || kind == EnvelopeKeys.FIRST_ROW)
                && rows.names().indexOf(key) >= 0))) {
      // A summary report may send its single row as plain keys of the envelope (or of data).
      keepLoose(key, v);
      return null;
    }
    switch (kind) {
      case SUCCESS:
        envelope.success(key, v);
        return null;
      case DATA:
      case REPORT:
        if (v == JsonToken.START_OBJECT) {
          level = level.enter(key);
          return null;
        }
        return rowsValue(key, v);
      case ROWS:
        if (v == JsonToken.START_OBJECT) {
          noteRowSource(key);
          return rowsObject(key);
        }
        return rowsValue(key, v);
      case HEADER:
        readHeader(key, v);
        return null;
      case TOTAL:
        envelope.total(key, v);
        return null;
      case FIRST_ROW:
        envelope.firstRow(key, v);
        return null;
      case COMMENT:
        envelope.comment(v);
        return null;
      case ERROR:
        envelope.error(key, v);
        return null;
      default:
        if (v.isStructStart() && isRowNumber(key) && !envelope.failed()) {
          throw keyedByRowNumber(
              level.name(), key, "the rows as a list (an array of arrays or objects)");
        }
        tokens.skip();
        return null;
    }
  }

  /** The value of a row-list key that is not an object. */
  private T rowsValue(String key, JsonToken v) {
    if (v == JsonToken.START_ARRAY) {
      return openRowList(key);
    }
    // null: no rows; a scalar under a row key (e.g. "rows": 25) is not a row list.
    tokens.skip();
    return null;
  }

  /**
   * An object under a row-list key: one row keyed by column name. An object keyed by row number
   * ({@code "rows": {"0": [...], "1": [...]}}) is a shape of row list the reader does not accept.
   */
  private T rowsObject(String key) {
    if (envelope.failed()) {
      tokens.skip();
      return null;
    }
    rows.openObjectRow(startRow());
    JsonToken first = tokens.next();
    if (first == JsonToken.FIELD_NAME) {
      String name = tokens.name();
      if (isRowNumber(name) && rows.names().indexOf(name) < 0) {
        tokens.next(); // placed at the first numbered row, as in an envelope object
        throw keyedByRowNumber(
            "'" + key + "'",
            name,
            "a list of rows (an array of arrays or objects) or one row keyed by column name");
      }
    }
    return rows.objectRowFrom(first);
  }

  /** At a row list's opening bracket. */
  private T openRowList(String key) {
    noteRowSource(key);
    parked = null;
    if (scanRows && rows.bound() && !envelope.failed()) {
      scanner = rows.scanner();
      if (scanner != null) {
        inRowList = true;
        return scannedRow();
      }
    }
    return firstOfList();
  }

  /**
   * The next row from the byte scanner. When it is done, jackson stands where the general path goes
   * on: after the list (it ended), at the list's start (it gave up at the first row) or after the
   * last row it read.
   */
  private T scannedRow() {
    T row = scanner.next(nextRowIndex());
    if (row != null) {
      startRow();
      scannedRows++;
      return row;
    }
    ArrayRowScanner<T> done = scanner;
    scanner = null;
    if (done.ended()) {
      inRowList = false;
      return null;
    }
    scanGiveUps++;
    parked = done; // it takes over again after jackson read a few rows (ArrayRowScanner.resume)
    if (done.rows() == 0 && !done.resumed()) {
      inRowList = false;
      return firstOfList();
    }
    return null; // the general path reads on from the row the scanner gave up
  }

  /** Just after a row list's opening bracket, on the general path. */
  private T firstOfList() {
    JsonToken first = tokens.next();
    if (first == JsonToken.END_ARRAY) {
      return null;
    }
    if (first == JsonToken.START_ARRAY || first == JsonToken.START_OBJECT) {
      inRowList = true;
      return row(first);
    }
    // A flat list of scalars is one row (a summary report's single row, aligned with the header).
    if (envelope.failed()) {
      tokens.skipRestOfArray();
      return null;
    }
    return arrayRow(first);
  }

  private void noteRowSource(String key) {
    if (rowSource != null) {
      throw tokens.structure(
          "the response holds two row lists ('" + rowSource + "' and '" + key + "')");
    }
    rowSource = key;
  }

  /** At the end of an envelope object: its plain keys may be a summary's single row. */
  private T closeLevel() {
    BufferedValues loose = level.loose();
    level = level.exit();
    boolean useLoose = loose != null && rowSource == null && !rows.bound() && matchesAColumn(loose);
    long endLine = -1;
    long endColumn = -1;
    if (useLoose) {
      noteRowSource("(keys of the response)");
      endLine = tokens.line();
      endColumn = tokens.column();
    }
    if (level.isRoot()) {
      finishDocument();
    }
    return useLoose ? rows.keyedRow(startRow(), loose, endLine, endColumn) : null;
  }

  private boolean matchesAColumn(BufferedValues loose) {
    for (int i = 0; i < loose.size; i++) {
      if (rows.names().indexOf(loose.names[i]) >= 0) {
        return true;
      }
    }
    return false;
  }

  private void finishDocument() {
    finished = true;
    tokens.expectEnd();
    boolean sawReport = rowSource != null || rows.bound();
    envelope.throwIfFailure(sawReport);
    if (!rows.bound()) {
      early.failIfAny();
    }
    if (!sawReport && !envelope.saidAnything()) {
      throw JsonTokens.unplaced(
          "no report in the response: no success flag, header, rows or count", -1);
    }
  }

  private void readHeader(String key, JsonToken v) {
    if (v == JsonToken.VALUE_NULL) {
      return;
    }
    if (v != JsonToken.START_ARRAY) {
      throw tokens.structure("'" + key + "' must be a list of columns, got " + v);
    }
    if (rows.bound()) {
      throw tokens.structure("the response holds two headers");
    }
    int line = tokens.line();
    int column = tokens.column();
    List<String> list;
    try {
      list = JsonHeaderReader.read(tokens.parser(), options.maxColumns());
    } catch (IOException e) {
      throw JsonFailures.fatal(tokens.parser(), e);
    }
    rows.bindHeader(list, line, column);
  }

  private void keepLoose(String key, JsonToken v) {
    BufferedValues loose = level.looseForAdding();
    if (loose.size >= options.maxColumns()) {
      throw tokens.structure(
          "more than " + options.maxColumns() + " keys in one object (maxColumns)");
    }
    int line = tokens.line();
    int column = tokens.column();
    loose.add(key, JsonCell.kindOf(v), tokens.text(v), line, column);
  }

  /** Digits only: a key that numbers rows rather than naming a column or an envelope entry. */
  private static boolean isRowNumber(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) < '0' || key.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code holder} names the object, {@code expected} the shapes accepted in its place. */
  private FatalReadException keyedByRowNumber(String holder, String key, String expected) {
    return tokens.structure(
        holder + " is an object keyed by row number (key '" + key + "'); expected " + expected);
  }

  // ---- rows

  /** An element of a row list. */
  private T row(JsonToken t) {
    if (t == JsonToken.START_OBJECT) {
      if (envelope.failed()) {
        tokens.skip();
        return null;
      }
      return rows.objectRow(startRow());
    }
    if (t == JsonToken.START_ARRAY) {
      if (envelope.failed()) {
        tokens.skip();
        return null;
      }
      return arrayRow(tokens.next());
    }
    throw rows.notARow(startRow(), t);
  }

  /** An array row from its first token: decoded, or held when no header came yet. */
  private T arrayRow(JsonToken first) {
    if (!rows.bound()) {
      early.checkRoom(nextRowIndex());
      early.add(startRow(), first);
      return null;
    }
    return rows.arrayRow(startRow(), first);
  }
}
