package dev.reportgen.runtime.write;

import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ColumnType;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.WireEnum;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row turned into wire text, field by field: the schema's columns, then the declared extra
 * columns. Reused for every row of one writer. A row is checked completely before any of it is
 * written, so a rejected row leaves nothing half-written behind.
 *
 * @param <T> the report's record
 */
public final class RowValues<T> {
  private final ReportType<T> type;
  private final Column[] columns;
  private final WireLayout layout;
  private final boolean enumCodesAsNumbers;
  private final String[] text;
  private final boolean[] number;
  private RowExtras extras = RowExtras.empty();

  public RowValues(ReportType<T> type, WireLayout layout, boolean enumCodesAsNumbers) {
    this.type = type;
    this.columns = type.columns().toArray(new Column[0]);
    this.layout = layout;
    this.enumCodesAsNumbers = enumCodesAsNumbers;
    this.text = new String[layout.width()];
    this.number = new boolean[layout.width()];
  }

  /**
   * Converts {@code row}; {@code index} (0-based) is for messages. With {@code perRowExtras} the
   * row's extra columns are written by name (object rows), so they are only checked against the
   * schema; otherwise they must be among the declared extra columns.
   */
  public void load(T row, long index, boolean perRowExtras) {
    if (row == null) {
      throw new IllegalArgumentException("row " + index + ": null row");
    }
    RowExtras rowExtras = type.extras(row);
    extras = rowExtras == null ? RowExtras.empty() : rowExtras;
    for (int i = 0; i < columns.length; i++) {
      Column column = columns[i];
      try {
        load(i, column, type.value(row, i));
      } catch (IllegalArgumentException | ClassCastException e) {
        throw new IllegalArgumentException(
            "row " + index + ", column " + column.keyword() + ": " + e.getMessage(), e);
      }
    }
    List<String> declared = layout.extraColumns();
    Map<String, String> rowColumns = extras.columns();
    for (int i = 0; i < declared.size(); i++) {
      String value = rowColumns.get(declared.get(i));
      checkEncodable(value, index, declared.get(i));
      text[columns.length + i] = value;
      number[columns.length + i] = false;
    }
    for (Map.Entry<String, String> extra : rowColumns.entrySet()) {
      String name = extra.getKey();
      if (perRowExtras) {
        if (layout.isSchemaName(name)) {
          throw new IllegalArgumentException(
              "row " + index + ": extra column " + name + " clashes with a schema column");
        }
        checkEncodable(name, index, name);
        checkEncodable(extra.getValue(), index, name);
      } else if (!layout.isExtraColumn(name)) {
        throw new IllegalArgumentException(
            "row "
                + index
                + ": extra column "
                + name
                + " is not among the declared extra columns "
                + declared
                + " (declare it in the write options, or write object rows)");
      }
    }
  }

  private void load(int i, Column column, Object value) {
    number[i] = false;
    if (value == null) {
      if (!column.nullable()) {
        throw new IllegalArgumentException("null in a non-nullable column");
      }
      text[i] = null;
      return;
    }
    ColumnType kind = column.type();
    switch (kind) {
      case DATETIME -> text[i] = WireText.dateTime((Instant) value);
      case DATE -> text[i] = WireText.date((LocalDate) value);
      case INTEGER -> {
        text[i] = Long.toString((Long) value);
        number[i] = true;
      }
      case FLOAT -> {
        text[i] = WireText.floating((Double) value);
        number[i] = true;
      }
      case STRING -> {
        String string = (String) value;
        WireText.checkEncodable(string);
        text[i] = string;
      }
      case ENUM -> loadEnum(i, column, (WireEnum) value);
      default -> throw new IllegalStateException("column type " + kind);
    }
  }

  private void loadEnum(int i, Column column, WireEnum value) {
    if (value.isUnknown()) {
      String raw = extras.rawValues().get(column.keyword());
      if (raw == null || raw.isEmpty()) {
        throw new IllegalArgumentException(
            value
                + " needs its raw text in the row's extras rawValues under "
                + column.keyword()
                + " (it has "
                + extras.rawValues().keySet()
                + ")");
      }
      WireText.checkEncodable(raw);
      text[i] = raw;
      return;
    }
    String wire = value.wireValue();
    text[i] = wire;
    number[i] = enumCodesAsNumbers && WireText.isCanonicalInteger(wire);
  }

  private static void checkEncodable(String value, long index, String name) {
    if (value == null) {
      return;
    }
    try {
      WireText.checkEncodable(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "row " + index + ", column " + name + ": " + e.getMessage(), e);
    }
  }

  /** The wire text of field {@code i} (schema columns, then declared extras); null if absent. */
  public String text(int i) {
    return text[i];
  }

  /** Whether field {@code i} is a JSON number rather than a string. */
  public boolean isNumber(int i) {
    return number[i];
  }

  /** The extras of the row loaded last. */
  public RowExtras extras() {
    return extras;
  }

  /** Lower-case form used to compare column names the way the reader matches them. */
  static String fold(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
