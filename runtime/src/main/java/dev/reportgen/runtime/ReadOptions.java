package dev.reportgen.runtime;

/**
 * How a {@link ReportReader} reads: the {@link ParseMode} and the limits that make hostile input
 * fail fast in bounded memory. Immutable; the {@code with...} methods return a copy.
 *
 * <p>Defaults: max columns {@value #DEFAULT_MAX_COLUMNS}, max string length {@value
 * #DEFAULT_MAX_STRING_LENGTH} chars, max nesting depth {@value #DEFAULT_MAX_NESTING_DEPTH}, max
 * number length {@value #DEFAULT_MAX_NUMBER_LENGTH} chars, max rows buffered before a late header
 * {@value #DEFAULT_MAX_BUFFERED_ROWS_BEFORE_HEADER}.
 */
public final class ReadOptions {
  /** Default for {@link #maxColumns()}. */
  public static final int DEFAULT_MAX_COLUMNS = 1024;

  /** Default for {@link #maxStringLength()}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1 << 20;

  /** Default for {@link #maxNestingDepth()}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default for {@link #maxNumberLength()}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** Default for {@link #maxBufferedRowsBeforeHeader()}. */
  public static final int DEFAULT_MAX_BUFFERED_ROWS_BEFORE_HEADER = 100_000;

  private static final ReadOptions STRICT =
      new ReadOptions(
          ParseMode.STRICT,
          DEFAULT_MAX_COLUMNS,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_BUFFERED_ROWS_BEFORE_HEADER);
  private static final ReadOptions LENIENT = STRICT.withMode(ParseMode.LENIENT);

  private final ParseMode mode;
  private final int maxColumns;
  private final int maxStringLength;
  private final int maxNestingDepth;
  private final int maxNumberLength;
  private final int maxBufferedRowsBeforeHeader;

  private ReadOptions(
      ParseMode mode,
      int maxColumns,
      int maxStringLength,
      int maxNestingDepth,
      int maxNumberLength,
      int maxBufferedRowsBeforeHeader) {
    this.mode = mode;
    this.maxColumns = positive("maxColumns", maxColumns);
    this.maxStringLength = positive("maxStringLength", maxStringLength);
    // The envelope itself needs a few levels: top object, data, row list, row.
    if (maxNestingDepth < 4) {
      throw new IllegalArgumentException("maxNestingDepth must be at least 4: " + maxNestingDepth);
    }
    this.maxNestingDepth = maxNestingDepth;
    this.maxNumberLength = positive("maxNumberLength", maxNumberLength);
    if (maxBufferedRowsBeforeHeader < 0) {
      throw new IllegalArgumentException(
          "maxBufferedRowsBeforeHeader must not be negative: " + maxBufferedRowsBeforeHeader);
    }
    this.maxBufferedRowsBeforeHeader = maxBufferedRowsBeforeHeader;
  }

  private static int positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }

  /** Strict mode with default limits: the first bad row ends the read. */
  public static ReadOptions strict() {
    return STRICT;
  }

  /** Lenient mode with default limits: bad rows are skipped and listed. */
  public static ReadOptions lenient() {
    return LENIENT;
  }

  /** A copy with the given mode. */
  public ReadOptions withMode(ParseMode newMode) {
    if (newMode == null) {
      throw new IllegalArgumentException("mode must not be null");
    }
    return new ReadOptions(
        newMode,
        maxColumns,
        maxStringLength,
        maxNestingDepth,
        maxNumberLength,
        maxBufferedRowsBeforeHeader);
  }

  /** A copy allowing at most {@code value} columns in a header or keys in a row object. */
  public ReadOptions withMaxColumns(int value) {
    return new ReadOptions(
        mode,
        value,
        maxStringLength,
        maxNestingDepth,
        maxNumberLength,
        maxBufferedRowsBeforeHeader);
  }

  /** A copy allowing string values (and CSV fields, JSON names) of at most {@code value} chars. */
  public ReadOptions withMaxStringLength(int value) {
    return new ReadOptions(
        mode, maxColumns, value, maxNestingDepth, maxNumberLength, maxBufferedRowsBeforeHeader);
  }

  /** A copy allowing JSON nesting (arrays and objects) at most {@code value} deep; at least 4. */
  public ReadOptions withMaxNestingDepth(int value) {
    return new ReadOptions(
        mode, maxColumns, maxStringLength, value, maxNumberLength, maxBufferedRowsBeforeHeader);
  }

  /**
   * A copy allowing numbers (JSON numbers and numeric strings) of at most {@code value} chars. A
   * JSON integer is checked by jackson, which counts its digits and not its sign: {@code -1234}
   * passes a limit of 4.
   */
  public ReadOptions withMaxNumberLength(int value) {
    return new ReadOptions(
        mode, maxColumns, maxStringLength, maxNestingDepth, value, maxBufferedRowsBeforeHeader);
  }

  /**
   * A copy buffering at most {@code value} array rows that arrive before the JSON header (keys of a
   * Perl hash come in any order); beyond it the read fails. 0 means rows must follow the header.
   */
  public ReadOptions withMaxBufferedRowsBeforeHeader(int value) {
    return new ReadOptions(
        mode, maxColumns, maxStringLength, maxNestingDepth, maxNumberLength, value);
  }

  public ParseMode mode() {
    return mode;
  }

  /** Whether bad rows are skipped and listed rather than thrown. */
  public boolean isLenient() {
    return mode == ParseMode.LENIENT;
  }

  public int maxColumns() {
    return maxColumns;
  }

  public int maxStringLength() {
    return maxStringLength;
  }

  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  public int maxNumberLength() {
    return maxNumberLength;
  }

  public int maxBufferedRowsBeforeHeader() {
    return maxBufferedRowsBeforeHeader;
  }

  @Override
  public String toString() {
    return "ReadOptions{mode="
        + mode
        + ", maxColumns="
        + maxColumns
        + ", maxStringLength="
        + maxStringLength
        + ", maxNestingDepth="
        + maxNestingDepth
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxBufferedRowsBeforeHeader="
        + maxBufferedRowsBeforeHeader
        + "}";
  }
}
