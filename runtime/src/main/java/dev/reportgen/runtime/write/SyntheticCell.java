package dev.reportgen.runtime.write;

import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.WireEnum;
import dev.reportgen.runtime.spi.Cell;
import dev.reportgen.runtime.spi.EnumLookup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A {@link Cell} that invents a value instead of reading one, so the generated decoder of any
 * report builds synthetic records without report-specific code. The decoder asks for the Java type
 * it needs; the cell answers with a random valid value of it, null only for nullable columns, and
 * records the raw text of {@code UNKNOWN} enum values it hands out.
 */
public final class SyntheticCell implements Cell {
  private final int nullOneIn;
  private final int unknownEnumOneIn;
  private final Map<EnumLookup<?>, List<? extends Enum<?>>> constants = new IdentityHashMap<>();
  private final Map<String, String> rawValues = new LinkedHashMap<>();
  private SplittableRandom random;
  private Column column;

  /**
   * @param nullOneIn a nullable column is null one time in this many (0: never)
   * @param unknownEnumOneIn an enum value is {@code UNKNOWN} one time in this many (0: never)
   */
  public SyntheticCell(int nullOneIn, int unknownEnumOneIn) {
    this.nullOneIn = nullOneIn;
    this.unknownEnumOneIn = unknownEnumOneIn;
  }

  /** Starts a row: forgets the previous row's raw enum texts. */
  public void startRow(SplittableRandom rowRandom) {
    this.random = rowRandom;
    rawValues.clear();
  }

  /** Points the cell at the next column to invent. */
  public SyntheticCell at(Column next) {
    this.column = next;
    return this;
  }

  /** Raw texts of the {@code UNKNOWN} enum values of the current row, by keyword. */
  public Map<String, String> rawValues() {
    return rawValues;
  }

  private boolean absent() {
    return column.nullable() && nullOneIn > 0 && random.nextInt(nullOneIn) == 0;
  }

  @Override
  public long int64() {
    return SyntheticValues.integer(random);
  }

  @Override
  public Long int64OrNull() {
    return absent() ? null : int64();
  }

  @Override
  public double float64() {
    return SyntheticValues.floating(random);
  }

  @Override
  public Double float64OrNull() {
    return absent() ? null : float64();
  }

  /** Non-nullable text may be empty (it reads back as {@code ""}); nullable text never is. */
  @Override
  public String string() {
    return SyntheticValues.text(random, column.nullable() ? 0 : 12);
  }

  @Override
  public String stringOrNull() {
    return absent() ? null : string();
  }

  @Override
  public Instant dateTime() {
    return SyntheticValues.dateTime(random);
  }

  @Override
  public Instant dateTimeOrNull() {
    return absent() ? null : dateTime();
  }

  @Override
  public LocalDate date() {
    return SyntheticValues.date(random);
  }

  @Override
  public LocalDate dateOrNull() {
    return absent() ? null : date();
  }

  @Override
  public <E extends Enum<E> & WireEnum> E enumValue(EnumLookup<E> lookup) {
    List<E> known = knownConstants(lookup);
    if (known.isEmpty() || (unknownEnumOneIn > 0 && random.nextInt(unknownEnumOneIn) == 0)) {
      String hint = known.isEmpty() ? null : known.get(random.nextInt(known.size())).wireValue();
      for (int attempt = 0; attempt < 8; attempt++) {
        String raw = SyntheticValues.unknownEnumText(random, hint);
        if (lookup.fromText(raw).isUnknown()) {
          rawValues.put(column.keyword(), raw);
          return lookup.unknown();
        }
      }
    }
    if (known.isEmpty()) {
      // Not reached with the texts above, but never hand out UNKNOWN without its raw text.
      throw new IllegalStateException("no wire value to invent for " + column.keyword());
    }
    return known.get(random.nextInt(known.size()));
  }

  @Override
  public <E extends Enum<E> & WireEnum> E enumValueOrNull(EnumLookup<E> lookup) {
    return absent() ? null : enumValue(lookup);
  }

  /** The constants other than {@code UNKNOWN}, in declaration order, cached per lookup. */
  @SuppressWarnings("unchecked")
  private <E extends Enum<E> & WireEnum> List<E> knownConstants(EnumLookup<E> lookup) {
    return (List<E>)
        constants.computeIfAbsent(
            lookup,
            l -> {
              List<E> known = new ArrayList<>();
              for (E constant : lookup.unknown().getDeclaringClass().getEnumConstants()) {
                if (!constant.isUnknown()) {
                  known.add(constant);
                }
              }
              return List.copyOf(known);
            });
  }
}
