package dev.reportgen.runtime;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How {@link ReportWriter#json} lays out a LuxSci JSON report body: every envelope variant the
 * reader accepts (see docs/runtime.md, "JSON: accepted envelope variants") can be chosen.
 * Immutable; each {@code with...} method returns a changed copy.
 *
 * <p>The defaults give the most likely LuxSci shape: {@code {"success":1,"data":{"header":[names],
 * "rows":[[values]...],"total_matches":N,"first_row":0}}}, where {@code N} is the number of rows
 * written unless {@link #withTotalMatches} gives it.
 */
public final class JsonWriteOptions {
  /** Where the header, the rows and the counts sit. */
  public enum Envelope {
    /** In an object under {@code "data"}; {@code success} and {@code comment} stay outside. */
    DATA,
    /** In an object under {@code "report"}, like {@link #DATA}. */
    REPORT,
    /** In the top-level object, next to {@code success}. */
    TOP_LEVEL,
    /**
     * The body is the bare list of rows: object rows only; no header, counts, success flag or
     * comment.
     */
    BARE_ARRAY
  }

  /** How the header lists the columns. */
  public enum HeaderStyle {
    /** {@code ["date_sent","sender"]}. */
    NAMES,
    /** {@code [{"name":"date_sent","type":"datetime"},...]}; extras have type {@code string}. */
    OBJECTS,
    /** No header at all: only with {@link RowStyle#OBJECTS}. */
    NONE
  }

  /** How each row is written. */
  public enum RowStyle {
    /** A JSON array aligned with the header. */
    ARRAYS,
    /** A JSON object keyed by column name. */
    OBJECTS
  }

  /** Whether a key comes before or after the row list (Perl hashes have no key order). */
  public enum Placement {
    BEFORE_ROWS,
    AFTER_ROWS
  }

  private static final Set<String> ROWS_KEYS = Set.of("rows", "records", "results");
  private static final Set<String> HEADER_KEYS = Set.of("header", "headers", "columns");
  private static final Set<String> TOTAL_KEYS =
      Set.of("total_matches", "total", "matches", "count", "total_rows", "num_rows", "n_matches");
  private static final Set<String> FIRST_ROW_KEYS = Set.of("first_row", "start_row", "offset");

  private static final JsonWriteOptions DEFAULTS =
      new JsonWriteOptions(
          Envelope.DATA,
          HeaderStyle.NAMES,
          RowStyle.ARRAYS,
          Placement.BEFORE_ROWS,
          true,
          Placement.AFTER_ROWS,
          OptionalLong.empty(),
          0,
          true,
          null,
          "rows",
          "header",
          "total_matches",
          "first_row",
          List.of(),
          false,
          false);

  private final Envelope envelope;
  private final HeaderStyle headerStyle;
  private final RowStyle rowStyle;
  private final Placement headerPlacement;
  private final boolean counts;
  private final Placement countsPlacement;
  private final OptionalLong totalMatches;
  private final long firstRow;
  private final boolean success;
  private final String comment;
  private final String rowsKey;
  private final String headerKey;
  private final String totalKey;
  private final String firstRowKey;
  private final List<String> extraColumns;
  private final boolean enumCodesAsNumbers;
  private final boolean gzip;

  private JsonWriteOptions(
      Envelope envelope,
      HeaderStyle headerStyle,
      RowStyle rowStyle,
      Placement headerPlacement,
      boolean counts,
      Placement countsPlacement,
      OptionalLong totalMatches,
      long firstRow,
      boolean success,
      String comment,
      String rowsKey,
      String headerKey,
      String totalKey,
      String firstRowKey,
      List<String> extraColumns,
      boolean enumCodesAsNumbers,
      boolean gzip) {
    this.envelope = envelope;
    this.headerStyle = headerStyle;
    this.rowStyle = rowStyle;
    this.headerPlacement = headerPlacement;
    this.counts = counts;
    this.countsPlacement = countsPlacement;
    this.totalMatches = totalMatches;
    this.firstRow = firstRow;
    this.success = success;
    this.comment = comment;
    this.rowsKey = rowsKey;
    this.headerKey = headerKey;
    this.totalKey = totalKey;
    this.firstRowKey = firstRowKey;
    this.extraColumns = extraColumns;
    this.enumCodesAsNumbers = enumCodesAsNumbers;
    this.gzip = gzip;
  }

  /**
   * One options value per envelope shape the reader accepts: every combination of envelope (under
   * {@code data}, under {@code report}, top level), header style and placement, row style and count
   * placement (before the rows with {@code totalMatches}, after, none) that can be read back, plus
   * the bare array of object rows. For tests that must hold for every shape; each element has
   * {@code extraColumns} set.
   */
  public static List<JsonWriteOptions> variants(List<String> extraColumns) {
    List<JsonWriteOptions> all = new java.util.ArrayList<>();
    JsonWriteOptions base = DEFAULTS.withExtraColumns(extraColumns);
    for (Envelope envelope : List.of(Envelope.DATA, Envelope.REPORT, Envelope.TOP_LEVEL)) {
      for (HeaderStyle header : HeaderStyle.values()) {
        for (RowStyle rows : RowStyle.values()) {
          if (header == HeaderStyle.NONE && rows == RowStyle.ARRAYS) {
            continue;
          }
          for (Placement headerAt : Placement.values()) {
            if (header == HeaderStyle.NONE && headerAt == Placement.AFTER_ROWS) {
              continue; // no header to place: the same body as before the rows
            }
            JsonWriteOptions shape =
                base.withEnvelope(envelope)
                    .withHeaderStyle(header)
                    .withRowStyle(rows)
                    .withHeaderPlacement(headerAt);
            all.add(shape.withCounts(Placement.BEFORE_ROWS).withTotalMatches(1_000_000));
            all.add(shape.withCounts(Placement.AFTER_ROWS));
            all.add(shape.withoutCounts());
          }
        }
      }
    }
    all.add(base.withEnvelope(Envelope.BARE_ARRAY).withRowStyle(RowStyle.OBJECTS));
    return List.copyOf(all);
  }

  /** The defaults described on the class. */
  public static JsonWriteOptions defaults() {
    return DEFAULTS;
  }

  private Builder copy() {
    return new Builder(this);
  }

  /** Where header, rows and counts sit (default {@link Envelope#DATA}). */
  public JsonWriteOptions withEnvelope(Envelope value) {
    Builder b = copy();
    b.envelope = Objects.requireNonNull(value, "envelope");
    return b.build();
  }

  /** How the header lists columns (default {@link HeaderStyle#NAMES}). */
  public JsonWriteOptions withHeaderStyle(HeaderStyle value) {
    Builder b = copy();
    b.headerStyle = Objects.requireNonNull(value, "headerStyle");
    return b.build();
  }

  /** Arrays or objects (default {@link RowStyle#ARRAYS}). */
  public JsonWriteOptions withRowStyle(RowStyle value) {
    Builder b = copy();
    b.rowStyle = Objects.requireNonNull(value, "rowStyle");
    return b.build();
  }

  /**
   * Header before the rows (default) or after them. After them, the reader holds array rows until
   * the header arrives, up to its {@code maxBufferedRowsBeforeHeader} (100,000 by default).
   */
  public JsonWriteOptions withHeaderPlacement(Placement value) {
    Builder b = copy();
    b.headerPlacement = Objects.requireNonNull(value, "headerPlacement");
    return b.build();
  }

  /**
   * Writes {@code total_matches} and {@code first_row} at {@code placement} (default after the
   * rows). Before the rows the total must be known up front: give it with {@link
   * #withTotalMatches}.
   */
  public JsonWriteOptions withCounts(Placement placement) {
    Builder b = copy();
    b.counts = true;
    b.countsPlacement = Objects.requireNonNull(placement, "placement");
    return b.build();
  }

  /** Writes no count keys at all. */
  public JsonWriteOptions withoutCounts() {
    Builder b = copy();
    b.counts = false;
    return b.build();
  }

  /**
   * The total number of rows matching the query, e.g. of all pages while this body holds one page.
   * Without it, the count written after the rows is the number of rows written.
   */
  public JsonWriteOptions withTotalMatches(long total) {
    if (total < 0) {
      throw new IllegalArgumentException("total matches must not be negative: " + total);
    }
    Builder b = copy();
    b.totalMatches = OptionalLong.of(total);
    return b.build();
  }

  /** The index of the first row of this body in the whole result (default 0). */
  public JsonWriteOptions withFirstRow(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("first row must not be negative: " + index);
    }
    Builder b = copy();
    b.firstRow = index;
    return b.build();
  }

  /** Whether to write {@code "success": 1} (default true). */
  public JsonWriteOptions withSuccessFlag(boolean value) {
    Builder b = copy();
    b.success = value;
    return b.build();
  }

  /** A {@code "comment"} next to the success flag; null (the default) writes none. */
  public JsonWriteOptions withComment(String value) {
    Builder b = copy();
    b.comment = value;
    return b.build();
  }

  /** The key of the row list: {@code rows} (default), {@code records} or {@code results}. */
  public JsonWriteOptions withRowsKey(String key) {
    Builder b = copy();
    b.rowsKey = oneOf(key, ROWS_KEYS, "rows key");
    return b.build();
  }

  /** The key of the header: {@code header} (default), {@code headers} or {@code columns}. */
  public JsonWriteOptions withHeaderKey(String key) {
    Builder b = copy();
    b.headerKey = oneOf(key, HEADER_KEYS, "header key");
    return b.build();
  }

  /**
   * The key of the total: {@code total_matches} (default), {@code total}, {@code matches}, {@code
   * count}, {@code total_rows}, {@code num_rows} or {@code n_matches}.
   */
  public JsonWriteOptions withTotalKey(String key) {
    Builder b = copy();
    b.totalKey = oneOf(key, TOTAL_KEYS, "total key");
    return b.build();
  }

  /**
   * The key of the first row index: {@code first_row} (default), {@code start_row}, {@code offset}.
   */
  public JsonWriteOptions withFirstRowKey(String key) {
    Builder b = copy();
    b.firstRowKey = oneOf(key, FIRST_ROW_KEYS, "first row key");
    return b.build();
  }

  /**
   * Columns beyond the schema (LuxSci custom fields), written after the schema's columns with each
   * row's value from {@link RowExtras#columns()} (null when the row lacks it). With array rows a
   * row carrying an extra column not declared here is refused; object rows write whatever extras
   * each row has, and these names only extend the header.
   */
  public JsonWriteOptions withExtraColumns(List<String> names) {
    Builder b = copy();
    b.extraColumns = List.copyOf(names);
    return b.build();
  }

  /**
   * Writes enum wire values that are canonical integers ({@code -2}, {@code 1}) as JSON numbers
   * instead of strings (default false). The reader accepts both.
   */
  public JsonWriteOptions withEnumCodesAsNumbers(boolean value) {
    Builder b = copy();
    b.enumCodesAsNumbers = value;
    return b.build();
  }

  /** Gzip-compresses the body (default false); the reader detects gzip by its magic bytes. */
  public JsonWriteOptions withGzip(boolean value) {
    Builder b = copy();
    b.gzip = value;
    return b.build();
  }

  public Envelope envelope() {
    return envelope;
  }

  public HeaderStyle headerStyle() {
    return headerStyle;
  }

  public RowStyle rowStyle() {
    return rowStyle;
  }

  public Placement headerPlacement() {
    return headerPlacement;
  }

  /** Whether count keys are written. */
  public boolean counts() {
    return counts;
  }

  public Placement countsPlacement() {
    return countsPlacement;
  }

  public OptionalLong totalMatches() {
    return totalMatches;
  }

  public long firstRow() {
    return firstRow;
  }

  public boolean successFlag() {
    return success;
  }

  /** The comment, or null. */
  public String comment() {
    return comment;
  }

  public String rowsKey() {
    return rowsKey;
  }

  public String headerKey() {
    return headerKey;
  }

  public String totalKey() {
    return totalKey;
  }

  public String firstRowKey() {
    return firstRowKey;
  }

  public List<String> extraColumns() {
    return extraColumns;
  }

  public boolean enumCodesAsNumbers() {
    return enumCodesAsNumbers;
  }

  public boolean gzip() {
    return gzip;
  }

  /**
   * Fails on combinations no reader could read back: array rows without a header, a bare array of
   * array rows, counts before the rows without a known total.
   */
  void validate() {
    if (envelope == Envelope.BARE_ARRAY) {
      if (rowStyle != RowStyle.OBJECTS) {
        throw new IllegalArgumentException(
            "a bare array body needs object rows: array rows need a header");
      }
      return;
    }
    if (headerStyle == HeaderStyle.NONE && rowStyle == RowStyle.ARRAYS) {
      throw new IllegalArgumentException("array rows need a header");
    }
    if (counts && countsPlacement == Placement.BEFORE_ROWS && totalMatches.isEmpty()) {
      throw new IllegalArgumentException(
          "counts before the rows need the total up front: use withTotalMatches");
    }
  }

  private static String oneOf(String key, Set<String> allowed, String what) {
    if (!allowed.contains(key)) {
      throw new IllegalArgumentException(
          what + " must be one of " + allowed + " (the names the reader knows), not " + key);
    }
    return key;
  }

  @Override
  public String toString() {
    return "JsonWriteOptions{envelope="
        + envelope
        + ", header="
        + headerStyle
        + " "
        + headerPlacement
        + ", rows="
        + rowStyle
        + ", counts="
        + (counts ? countsPlacement + " total=" + totalMatches + " firstRow=" + firstRow : "none")
        + ", success="
        + success
        + ", comment="
        + (comment != null)
        + ", keys="
        + List.of(rowsKey, headerKey, totalKey, firstRowKey)
        + ", extraColumns="
        + extraColumns
        + ", enumCodesAsNumbers="
        + enumCodesAsNumbers
        + ", gzip="
        + gzip
        + "}";
  }

  /** Mutable copy used by the withers only. */
  private static final class Builder {
    Envelope envelope;
    HeaderStyle headerStyle;
    RowStyle rowStyle;
    Placement headerPlacement;
    boolean counts;
    Placement countsPlacement;
    OptionalLong totalMatches;
    long firstRow;
    boolean success;
    String comment;
    String rowsKey;
    String headerKey;
    String totalKey;
    String firstRowKey;
    List<String> extraColumns;
    boolean enumCodesAsNumbers;
    boolean gzip;

    Builder(JsonWriteOptions o) {
      envelope = o.envelope;
      headerStyle = o.headerStyle;
      rowStyle = o.rowStyle;
      headerPlacement = o.headerPlacement;
      counts = o.counts;
      countsPlacement = o.countsPlacement;
      totalMatches = o.totalMatches;
      firstRow = o.firstRow;
      success = o.success;
      comment = o.comment;
      rowsKey = o.rowsKey;
      headerKey = o.headerKey;
      totalKey = o.totalKey;
      firstRowKey = o.firstRowKey;
      extraColumns = o.extraColumns;
      enumCodesAsNumbers = o.enumCodesAsNumbers;
      gzip = o.gzip;
    }

    JsonWriteOptions build() {
      return new JsonWriteOptions(
          envelope,
          headerStyle,
          rowStyle,
          headerPlacement,
          counts,
          countsPlacement,
          totalMatches,
          firstRow,
          success,
          comment,
          rowsKey,
          headerKey,
          totalKey,
          firstRowKey,
          extraColumns,
          enumCodesAsNumbers,
          gzip);
    }
  }
}
