package com.example.golden;

import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ColumnType;
import dev.reportgen.runtime.ReportKind;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.spi.Cell;
import dev.reportgen.runtime.spi.ReportgenGenerated;
import dev.reportgen.runtime.spi.RowDecoder;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link SentSummary} rows: the column table and row decoder for report {@code SentSummary}.
 */
@Generated("dev.reportgen.processor.ReportgenProcessor")
@ReportgenGenerated
@NullMarked
public final class SentSummaryParser implements ReportType<SentSummary> {
  /**
   * The one instance; the parser is stateless.
   */
  public static final SentSummaryParser INSTANCE = new SentSummaryParser();

  private static final List<Column> COLUMNS = List.of(
      Column.required("total", "total", ColumnType.INTEGER),
      Column.optional("last_status", "lastStatus", ColumnType.ENUM));

  private static final List<String> ENDPOINTS = List.of("getEmailSMTPSentSummary");

  private SentSummaryParser() {
  }

  @Override
  public String name() {
    return "SentSummary";
  }

  @Override
  public String title() {
    return "Sent Summary";
  }

  @Override
  public List<String> endpoints() {
    return ENDPOINTS;
  }

  @Override
  public ReportKind kind() {
    return ReportKind.SUMMARY;
  }

  @Override
  public List<Column> columns() {
    return COLUMNS;
  }

  @Override
  public boolean additionalFields() {
    return true;
  }

  @Override
  public Class<SentSummary> recordType() {
    return SentSummary.class;
  }

  @Override
  public RowDecoder<SentSummary> newDecoder() {
    return new Decoder();
  }

  @Override
  public @Nullable Object value(SentSummary row, int column) {
    return switch (column) {
      case 0 -> row.total();
      case 1 -> row.lastStatus();
      default -> throw new IndexOutOfBoundsException(column);
    };
  }

  @Override
  public RowExtras extras(SentSummary row) {
    return row.extras();
  }

  @NullUnmarked
  private static final class Decoder implements RowDecoder<SentSummary> {
    private long total;
    private @Nullable DeliveryStatus lastStatus;

    @Override
    public void reset() {
      this.total = 0L;
      this.lastStatus = null;
    }

    @Override
    public void set(int column, Cell cell) {
      switch (column) {
        case 0 -> this.total = cell.int64();
        case 1 -> this.lastStatus = cell.enumValueOrNull(DeliveryStatus.LOOKUP);
        default -> throw new IndexOutOfBoundsException(column);
      }
    }

    @Override
    public SentSummary build(RowExtras extras) {
      return new SentSummary(this.total, this.lastStatus, extras);
    }
  }
}
