package dev.reportgen.benchmarks.competitors;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Jackson CSV's mapping reader: the header row names the columns, each record is bound to the same
 * records databind uses ({@link BoundSentEmail}, {@link BoundEmailDeliveryStatus}), streamed
 * through a {@link MappingIterator}. Empty fields are null, like the generated CSV path.
 */
public final class JacksonCsvMapping {
  private static final CsvMapper MAPPER = csvMapper();
  private static final CsvSchema HEADER = CsvSchema.emptySchema().withHeader();
  private static final ObjectReader SENT_EMAIL = reader(BoundSentEmail.class);
  private static final ObjectReader DELIVERY_STATUS = reader(BoundEmailDeliveryStatus.class);

  private JacksonCsvMapping() {}

  private static CsvMapper csvMapper() {
    CsvMapper mapper = new CsvMapper();
    mapper.registerModule(new JavaTimeModule());
    mapper.registerModule(new WireEnumModule());
    return mapper;
  }

  private static ObjectReader reader(Class<?> type) {
    return MAPPER.readerFor(type).with(HEADER).with(CsvParser.Feature.EMPTY_STRING_AS_NULL);
  }

  public static void sentEmails(byte[] csv, Consumer<? super BoundSentEmail> sink)
      throws IOException {
    try (MappingIterator<BoundSentEmail> it = SENT_EMAIL.readValues(csv)) {
      while (it.hasNextValue()) {
        sink.accept(it.nextValue());
      }
    }
  }

  public static void deliveryStatuses(byte[] csv, Consumer<? super BoundEmailDeliveryStatus> sink)
      throws IOException {
    try (MappingIterator<BoundEmailDeliveryStatus> it = DELIVERY_STATUS.readValues(csv)) {
      while (it.hasNextValue()) {
        sink.accept(it.nextValue());
      }
    }
  }
}
