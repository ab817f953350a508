package com.example.golden;

import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ColumnType;
import dev.reportgen.runtime.ReportKind;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.spi.Cell;
import dev.reportgen.runtime.spi.ReportgenGenerated;
import dev.reportgen.runtime.spi.RowDecoder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link SentEmail} rows: the column table and row decoder for report {@code SentEmail}.
 */
@Generated("dev.reportgen.processor.ReportgenProcessor")
@ReportgenGenerated
@NullMarked
public final class SentEmailParser implements ReportType<SentEmail> {
  /**
   * The one instance; the parser is stateless.
   */
  public static final SentEmailParser INSTANCE = new SentEmailParser();

  private static final List<Column> COLUMNS = List.of(
      Column.required("date_sent", "dateSent", ColumnType.DATETIME),
      Column.nullable("day", "day", ColumnType.DATE),
      Column.required("size", "size", ColumnType.INTEGER),
      Column.nullable("retries", "retries", ColumnType.INTEGER),
      Column.required("spam_score", "spamScore", ColumnType.FLOAT),
      Column.nullable("ratio", "ratio", ColumnType.FLOAT),
      Column.required("from", "from", ColumnType.STRING),
      Column.required("Opens", "opens", ColumnType.INTEGER),
      Column.nullable("status", "status", ColumnType.ENUM),
      Column.required("secureline", "secureLine", ColumnType.ENUM),
      Column.optional("header1", "header1", ColumnType.STRING));

  private static final List<String> ENDPOINTS = List.of("getEmailSMTPSentReportUser",
      "getEmailSMTPSentReportAccount");

  private SentEmailParser() {
  }

  @Override
  public String name() {
    return "SentEmail";
  }

  @Override
  public String title() {
    return "Sent Email";
  }

  @Override
  public List<String> endpoints() {
    return ENDPOINTS;
  }

  @Override
  public ReportKind kind() {
    return ReportKind.ROWS;
  }

  @Override
  public List<Column> columns() {
    return COLUMNS;
  }

  @Override
  public boolean additionalFields() {
    return false;
  }

  @Override
  public Class<SentEmail> recordType() {
    return SentEmail.class;
  }

  @Override
  public RowDecoder<SentEmail> newDecoder() {
    return new Decoder();
  }

  @Override
  public @Nullable Object value(SentEmail row, int column) {
    return switch (column) {
      case 0 -> row.dateSent();
      case 1 -> row.day();
      case 2 -> row.size();
      case 3 -> row.retries();
      case 4 -> row.spamScore();
      case 5 -> row.ratio();
      case 6 -> row.from();
      case 7 -> row.opens();
      case 8 -> row.status();
      case 9 -> row.secureLine();
      case 10 -> row.header1();
      default -> throw new IndexOutOfBoundsException(column);
    };
  }

  @Override
  public RowExtras extras(SentEmail row) {
    return row.extras();
  }

  @NullUnmarked
  private static final class Decoder implements RowDecoder<SentEmail> {
    private Instant dateSent;
    private @Nullable LocalDate day;
    private long size;
    private @Nullable Long retries;
    private double spamScore;
    private @Nullable Double ratio;
    private String from;
    private long opens;
    private @Nullable DeliveryStatus status;
    private SecureLineCode secureLine;
    private @Nullable String header1;

    @Override
    public void reset() {
      this.dateSent = null;
      this.day = null;
      this.size = 0L;
      this.retries = null;
      this.spamScore = 0.0;
      this.ratio = null;
      this.from = null;
      this.opens = 0L;
      this.status = null;
      this.secureLine = null;
      this.header1 = null;
    }

    @Override
    public void set(int column, Cell cell) {
      switch (column) {
        case 0 -> this.dateSent = cell.dateTime();
        case 1 -> this.day = cell.dateOrNull();
        case 2 -> this.size = cell.int64();
        case 3 -> this.retries = cell.int64OrNull();
        case 4 -> this.spamScore = cell.float64();
        case 5 -> this.ratio = cell.float64OrNull();
        case 6 -> this.from = cell.string();
        case 7 -> this.opens = cell.int64();
        case 8 -> this.status = cell.enumValueOrNull(DeliveryStatus.LOOKUP);
        case 9 -> this.secureLine = cell.enumValue(SecureLineCode.LOOKUP);
        case 10 -> this.header1 = cell.stringOrNull();
        default -> throw new IndexOutOfBoundsException(column);
      }
    }

    @Override
    public SentEmail build(RowExtras extras) {
      return new SentEmail(this.dateSent, this.day, this.size, this.retries, this.spamScore,
          this.ratio, this.from, this.opens, this.status, this.secureLine, this.header1, extras);
    }
  }
}
