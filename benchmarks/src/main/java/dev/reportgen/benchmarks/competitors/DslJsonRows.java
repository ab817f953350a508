package dev.reportgen.benchmarks.competitors;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonAttribute;
import java.io.IOException;
import java.util.List;

/**
 * dsl-json binding rows-as-objects into {@link DslJsonSentEmail} / {@link
 * DslJsonEmailDeliveryStatus}: {@code deserialize} of an envelope record whose {@code rows} is a
 * {@code List} of the row record, with the converters its annotation processor generated at compile
 * time (found through the service loader; no reflection at run time). Unknown envelope keys ({@code
 * success}, the counts) are skipped. One {@code DslJson} instance, built once.
 */
public final class DslJsonRows {
  private static final DslJson<Object> JSON =
      new DslJson<>(new DslJson.Settings<>().includeServiceLoader());

  /** The envelope of Sent Email: only {@code rows} is bound. */
  @CompiledJson
  public record SentEmailEnvelope(@JsonAttribute(name = "rows") List<DslJsonSentEmail> rows) {}

  /** The envelope of Email Delivery Status: only {@code rows} is bound. */
  @CompiledJson
  public record DeliveryStatusEnvelope(
      @JsonAttribute(name = "rows") List<DslJsonEmailDeliveryStatus> rows) {}

  private DslJsonRows() {}

  public static List<DslJsonSentEmail> sentEmails(byte[] json) throws IOException {
    return JSON.deserialize(SentEmailEnvelope.class, json, json.length).rows();
  }

  public static List<DslJsonEmailDeliveryStatus> deliveryStatuses(byte[] json) throws IOException {
    return JSON.deserialize(DeliveryStatusEnvelope.class, json, json.length).rows();
  }
}
