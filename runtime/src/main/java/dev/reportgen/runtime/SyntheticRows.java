package dev.reportgen.runtime;

import dev.reportgen.runtime.spi.RowDecoder;
import dev.reportgen.runtime.write.SyntheticCell;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Seeded synthetic rows for any {@link ReportType}, built from its columns through its generated
 * decoder: no per-report code. Every row is valid and survives {@link ReportWriter} and {@link
 * ReportReader} unchanged, in both formats: values of each column's type (dates in years 0001-9999,
 * whole seconds; finite doubles including the ends of the range and {@code -0.0}; every enum
 * constant), nulls only where the column is nullable, text that needs JSON escapes and CSV quoting
 * (quotes, commas, CR, LF, backslashes, control characters), non-ASCII text with supplementary
 * characters, {@code UNKNOWN} enum values with their raw text in the extras, and optional extra
 * columns.
 *
 * <p>Row {@code i} depends only on the seed, the options and {@code i}: {@link #row(long)} is
 * random access (a page of a fake server is the same rows whatever the page size), and streams of
 * any length take constant memory. Immutable and thread-safe.
 *
 * @param <T> the report's record
 */
public final class SyntheticRows<T> {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final ReportType<T> type;
  private final long seed;
  private final List<String> extraColumns;
  private final int nullOneIn;
  private final int unknownEnumOneIn;

  private SyntheticRows(
      ReportType<T> type,
      long seed,
      List<String> extraColumns,
      int nullOneIn,
      int unknownEnumOneIn) {
    this.type = type;
    this.seed = seed;
    this.extraColumns = extraColumns;
    this.nullOneIn = nullOneIn;
    this.unknownEnumOneIn = unknownEnumOneIn;
  }

  /**
   * Rows of {@code type} from {@code seed}: nullable columns null one time in 6, enum values {@code
   * UNKNOWN} one time in 10, no extra columns.
   */
  public static <T> SyntheticRows<T> of(ReportType<T> type, long seed) {
    return new SyntheticRows<>(Objects.requireNonNull(type, "type"), seed, List.of(), 6, 10);
  }

  /**
   * Every row also carries these columns beyond the schema (in {@link RowExtras#columns()}, with
   * non-null text). Pass the same names to the writer's {@code withExtraColumns}.
   */
  public SyntheticRows<T> withExtraColumns(List<String> names) {
    return new SyntheticRows<>(type, seed, List.copyOf(names), nullOneIn, unknownEnumOneIn);
  }

  /** A nullable column is null one time in {@code oneIn} rows; 0 for never. */
  public SyntheticRows<T> withNullsOneIn(int oneIn) {
    return new SyntheticRows<>(type, seed, extraColumns, checkRate(oneIn), unknownEnumOneIn);
  }

  /** An enum value is {@code UNKNOWN} (with raw text) one time in {@code oneIn}; 0 for never. */
  public SyntheticRows<T> withUnknownEnumsOneIn(int oneIn) {
    return new SyntheticRows<>(type, seed, extraColumns, nullOneIn, checkRate(oneIn));
  }

  public ReportType<T> type() {
    return type;
  }

  public long seed() {
    return seed;
  }

  /** The extra columns every row carries. */
  public List<String> extraColumns() {
    return extraColumns;
  }

  /** Row {@code index} (0-based). */
  public T row(long index) {
    return new Generator().row(index);
  }

  /** Rows {@code 0} to {@code count - 1}, generated as they are taken. */
  public Iterator<T> iterator(long count) {
    return iterator(0, count);
  }

  /** Rows {@code from} to {@code from + count - 1}, generated as they are taken. */
  public Iterator<T> iterator(long from, long count) {
    if (from < 0 || count < 0) {
      throw new IllegalArgumentException("from and count must not be negative");
    }
    Generator generator = new Generator();
    return new Iterator<>() {
      private long next = from;
      private final long end = from + count;

      @Override
      public boolean hasNext() {
        return next < end;
      }

      @Override
      public T next() {
        if (next >= end) {
          throw new NoSuchElementException();
        }
        return generator.row(next++);
      }
    };
  }

  /** The first {@code count} rows as a sequential stream. */
  public Stream<T> stream(long count) {
    return StreamSupport.stream(
        Spliterators.spliterator(iterator(count), count, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private static int checkRate(int oneIn) {
    if (oneIn < 0) {
      throw new IllegalArgumentException("a rate must be 0 (never) or positive: " + oneIn);
    }
    return oneIn;
  }

  /** One decoder and cell, reused for the rows of one iterator. */
  private final class Generator {
    private final RowDecoder<T> decoder = type.newDecoder();
    private final SyntheticCell cell = new SyntheticCell(nullOneIn, unknownEnumOneIn);
    private final List<Column> columns = type.columns();

    T row(long index) {
      if (index < 0) {
        throw new IllegalArgumentException("row index must not be negative: " + index);
      }
      SplittableRandom random = new SplittableRandom(mix(seed + GOLDEN * (index + 1)));
      cell.startRow(random);
      decoder.reset();
      for (int i = 0; i < columns.size(); i++) {
        decoder.set(i, cell.at(columns.get(i)));
      }
      Map<String, String> extras = new LinkedHashMap<>();
      for (String name : extraColumns) {
        extras.put(name, cell.at(EXTRA).string());
      }
      return decoder.build(RowExtras.of(extras, cell.rawValues()));
    }
  }

  /** Extra columns are non-nullable text (empty sometimes). */
  private static final Column EXTRA = new Column("extra", "extra", ColumnType.STRING, false, false);

  /** Stafford's mix13 (SplitMix64's finaliser): neighbouring indexes get unrelated streams. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
