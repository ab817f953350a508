package dev.reportgen.runtime;

import dev.reportgen.runtime.spi.RowDecoder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the runtime needs to read one kind of report. Implemented by the generated {@code
 * ...Parser} classes, each a stateless singleton ({@code INSTANCE}).
 *
 * @param <T> the generated record for one row
 */
public interface ReportType<T> {
  /** The Java name of the report, e.g. {@code SentEmail}. */
  String name();

  /** The title used by the LuxSci reference, e.g. {@code Sent Email}. */
  String title();

  /** API endpoints that return this report, e.g. {@code getEmailSMTPSentReportUser}. */
  List<String> endpoints();

  ReportKind kind();

  /** The schema's columns, in schema order; indexes used by {@link RowDecoder#set}. */
  List<Column> columns();

  /**
   * Whether rows may carry columns named only at run time (LuxSci custom fields). Either way,
   * unknown columns land in {@link RowExtras#columns()}; this says they are expected.
   */
  boolean additionalFields();

  Class<T> recordType();

  /** A fresh decoder; the runtime makes one per open reader. */
  RowDecoder<T> newDecoder();

  /** The value of {@code columns().get(column)} in {@code row}, boxed; generated as a switch. */
  @Nullable Object value(T row, int column);

  /** The extras of {@code row}. */
  RowExtras extras(T row);
}
