package dev.reportgen.benchmarks.competitors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;

/**
 * Jackson databind binding rows-as-objects straight into {@link BoundSentEmail} / {@link
 * BoundEmailDeliveryStatus}: {@code readValue} of the envelope, its {@code rows} a {@code List} of
 * the record. The mapper and readers are built once, as a databind user would.
 */
public final class DatabindBoundRows {
  static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(new WireEnumModule());
  private static final ObjectReader SENT_EMAIL =
      MAPPER.readerFor(new TypeReference<Envelope<BoundSentEmail>>() {});
  private static final ObjectReader DELIVERY_STATUS =
      MAPPER.readerFor(new TypeReference<Envelope<BoundEmailDeliveryStatus>>() {});

  /** The envelope: only {@code rows} is bound; {@code success}, counts and so on are skipped. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Envelope<R>(@JsonProperty("rows") List<R> rows) {}

  private DatabindBoundRows() {}

  public static List<BoundSentEmail> sentEmails(byte[] json) throws IOException {
    Envelope<BoundSentEmail> envelope = SENT_EMAIL.readValue(json);
    return envelope.rows();
  }

  public static List<BoundEmailDeliveryStatus> deliveryStatuses(byte[] json) throws IOException {
    Envelope<BoundEmailDeliveryStatus> envelope = DELIVERY_STATUS.readValue(json);
    return envelope.rows();
  }
}
