package dev.reportgen.benchmarks.competitors;

import dev.reportgen.benchmarks.payloads.EmailDeliveryStatusPayloads;
import dev.reportgen.benchmarks.payloads.PayloadWriter;
import dev.reportgen.benchmarks.payloads.SentEmailPayloads;
import dev.reportgen.luxsci.EmailDeliveryStatus;
import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowCursor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every competitor for one report, behind one face so the benchmarks and the equality test call the
 * very same code. Each JMH fork loads one report, so every call site here stays monomorphic.
 *
 * <p>Streaming candidates hand each record to {@code sink}; the binding candidates (databind,
 * dsl-json, avaje-jsonb) return what the library builds (a List of their own record), converted
 * field by field only by the test.
 *
 * @param <T> the generated record
 */
public abstract class Candidates<T> {
  private final ReportReader<T> reader;
  private final PayloadWriter<T> writer;

  Candidates(ReportType<T> type, PayloadWriter<T> writer) {
    this.reader = ReportReader.of(type);
    this.writer = writer;
  }

  /** {@code SentEmail} or {@code EmailDeliveryStatus}, the {@code report} parameter. */
  public static Candidates<?> forReport(String report) {
    switch (report) {
      case "SentEmail":
        return new SentEmails();
      case "EmailDeliveryStatus":
        return new DeliveryStatuses();
      default:
        throw new IllegalArgumentException("no such report: " + report);
    }
  }

  /** The seeded rows every payload of this report is written from. */
  public abstract List<T> rows(int count);

  public PayloadWriter<T> writer() {
    return writer;
  }

  public ReportReader<T> reader() {
    return reader;
  }

  // JSON, rows as arrays (and, for the generated parser, rows as objects: same code path).

  /** The generated parser over any JSON layout. */
  public final void generatedJson(byte[] json, Consumer<? super T> sink) {
    try (RowCursor<T> rows = reader.openJson(json)) {
      while (rows.hasNext()) {
        sink.accept(rows.next());
      }
    }
  }

  public abstract void handWrittenJson(byte[] json, Consumer<? super T> sink) throws IOException;

  public abstract void databindTree(byte[] json, Consumer<? super T> sink) throws IOException;

  // JSON, rows as objects.

  public abstract List<?> databindBound(byte[] json) throws IOException;

  /** dsl-json binding the envelope, rows a List of a record of the user's own. */
  public abstract List<?> dslJson(byte[] json) throws IOException;

  /** avaje-jsonb binding the envelope, rows a List of a record of the user's own. */
  public abstract List<?> avajeJsonb(byte[] json);

  // CSV.

  public final void generatedCsv(byte[] csv, Consumer<? super T> sink) {
    try (RowCursor<T> rows = reader.openCsv(new ByteArrayInputStream(csv))) {
      while (rows.hasNext()) {
        sink.accept(rows.next());
      }
    }
  }

  public abstract void fastCsvHand(byte[] csv, Consumer<? super T> sink) throws IOException;

  public abstract void jacksonCsv(byte[] csv, Consumer<Object> sink) throws IOException;

  public abstract void univocityHand(byte[] csv, Consumer<? super T> sink);

  /**
   * A record bound by databind, dsl-json, avaje-jsonb or Jackson CSV converted to the generated
   * record, for the equality test.
   */
  public final T fromBound(Object bound) {
    return BoundRecords.toGenerated(bound, reader.type().recordType());
  }

  static final class SentEmails extends Candidates<SentEmail> {
    SentEmails() {
      super(SentEmail.type(), SentEmailPayloads.WRITER);
    }

    @Override
    public List<SentEmail> rows(int count) {
      return SentEmailPayloads.rows(count);
    }

    @Override
    public void handWrittenJson(byte[] json, Consumer<? super SentEmail> sink) throws IOException {
      HandWrittenSentEmailParser.parse(json, sink);
    }

    @Override
    public void databindTree(byte[] json, Consumer<? super SentEmail> sink) throws IOException {
      DatabindTreeParser.sentEmails(json, sink);
    }

    @Override
    public List<?> databindBound(byte[] json) throws IOException {
      return DatabindBoundRows.sentEmails(json);
    }

    @Override
    public List<?> dslJson(byte[] json) throws IOException {
      return DslJsonRows.sentEmails(json);
    }

    @Override
    public List<?> avajeJsonb(byte[] json) {
      return AvajeJsonbRows.sentEmails(json);
    }

    @Override
    public void fastCsvHand(byte[] csv, Consumer<? super SentEmail> sink) throws IOException {
      FastCsvHandMapping.sentEmails(csv, sink);
    }

    @Override
    public void jacksonCsv(byte[] csv, Consumer<Object> sink) throws IOException {
      JacksonCsvMapping.sentEmails(csv, sink);
    }

    @Override
    public void univocityHand(byte[] csv, Consumer<? super SentEmail> sink) {
      UnivocityHandMapping.sentEmails(csv, sink);
    }
  }

  static final class DeliveryStatuses extends Candidates<EmailDeliveryStatus> {
    DeliveryStatuses() {
      super(EmailDeliveryStatus.type(), EmailDeliveryStatusPayloads.WRITER);
    }

    @Override
    public List<EmailDeliveryStatus> rows(int count) {
      return EmailDeliveryStatusPayloads.rows(count);
    }

    @Override
    public void handWrittenJson(byte[] json, Consumer<? super EmailDeliveryStatus> sink)
        throws IOException {
      HandWrittenEmailDeliveryStatusParser.parse(json, sink);
    }

    @Override
    public void databindTree(byte[] json, Consumer<? super EmailDeliveryStatus> sink)
        throws IOException {
      DatabindTreeParser.deliveryStatuses(json, sink);
    }

    @Override
    public List<?> databindBound(byte[] json) throws IOException {
      return DatabindBoundRows.deliveryStatuses(json);
    }

    @Override
    public List<?> dslJson(byte[] json) throws IOException {
      return DslJsonRows.deliveryStatuses(json);
    }

    @Override
    public List<?> avajeJsonb(byte[] json) {
      return AvajeJsonbRows.deliveryStatuses(json);
    }

    @Override
    public void fastCsvHand(byte[] csv, Consumer<? super EmailDeliveryStatus> sink)
        throws IOException {
      FastCsvHandMapping.deliveryStatuses(csv, sink);
    }

    @Override
    public void jacksonCsv(byte[] csv, Consumer<Object> sink) throws IOException {
      JacksonCsvMapping.deliveryStatuses(csv, sink);
    }

    @Override
    public void univocityHand(byte[] csv, Consumer<? super EmailDeliveryStatus> sink) {
      UnivocityHandMapping.deliveryStatuses(csv, sink);
    }
  }
}
