package dev.reportgen.benchmarks.competitors;

import dev.reportgen.luxsci.DeliveryStatus;
import dev.reportgen.luxsci.HighVolume;
import dev.reportgen.luxsci.SecureLineCode;
import dev.reportgen.luxsci.SecureLineOptOut;
import dev.reportgen.luxsci.SpamFlag;
import dev.reportgen.luxsci.TlsDeliveryCode;
import dev.reportgen.luxsci.TlsUsed;
import dev.reportgen.luxsci.UnsubscribedFlag;
import dev.reportgen.runtime.WireEnum;
import dev.reportgen.runtime.spi.EnumLookup;
import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonReader;
import io.avaje.json.JsonWriter;
import io.avaje.jsonb.Json;
import io.avaje.jsonb.JsonType;
import io.avaje.jsonb.Jsonb;
import java.time.Instant;
import java.util.List;

/**
 * avaje-jsonb binding rows-as-objects into {@link AvajeSentEmail} / {@link
 * AvajeEmailDeliveryStatus}: {@code fromJson} of an envelope record whose {@code rows} is a {@code
 * List} of the row record, through the adapters its annotation processor generated at compile time.
 * The LuxSci wire values get adapters of the user's own, added to the {@code Jsonb} builder: one
 * generic adapter over the generated enums' lookups (as {@link WireEnumModule} does for databind)
 * and one for datetimes ({@link WireDateTime}). Unknown envelope keys are skipped (avaje's
 * default). The {@code Jsonb} and its types are built once.
 */
public final class AvajeJsonbRows {
  private static final Jsonb JSONB =
      Jsonb.builder()
          .add(Instant.class, new DateTimes())
          .add(DeliveryStatus.class, new WireEnums<>(DeliveryStatus.LOOKUP))
          .add(HighVolume.class, new WireEnums<>(HighVolume.LOOKUP))
          .add(SecureLineCode.class, new WireEnums<>(SecureLineCode.LOOKUP))
          .add(SecureLineOptOut.class, new WireEnums<>(SecureLineOptOut.LOOKUP))
          .add(SpamFlag.class, new WireEnums<>(SpamFlag.LOOKUP))
          .add(TlsDeliveryCode.class, new WireEnums<>(TlsDeliveryCode.LOOKUP))
          .add(TlsUsed.class, new WireEnums<>(TlsUsed.LOOKUP))
          .add(UnsubscribedFlag.class, new WireEnums<>(UnsubscribedFlag.LOOKUP))
          .build();
  private static final JsonType<SentEmailEnvelope> SENT_EMAIL = JSONB.type(SentEmailEnvelope.class);
  private static final JsonType<DeliveryStatusEnvelope> DELIVERY_STATUS =
      JSONB.type(DeliveryStatusEnvelope.class);

  /** The envelope of Sent Email: only {@code rows} is bound. */
  @Json
  public record SentEmailEnvelope(List<AvajeSentEmail> rows) {}

  /** The envelope of Email Delivery Status: only {@code rows} is bound. */
  @Json
  public record DeliveryStatusEnvelope(List<AvajeEmailDeliveryStatus> rows) {}

  private AvajeJsonbRows() {}

  public static List<AvajeSentEmail> sentEmails(byte[] json) {
    return SENT_EMAIL.fromJson(json).rows();
  }

  public static List<AvajeEmailDeliveryStatus> deliveryStatuses(byte[] json) {
    return DELIVERY_STATUS.fromJson(json).rows();
  }

  /** {@code YYYY-MM-DD HH:MM:SS} (GMT) to {@link Instant}, and back. */
  private static final class DateTimes implements JsonAdapter<Instant> {
    @Override
    public Instant fromJson(JsonReader reader) {
      return reader.isNullValue() ? null : WireDateTime.parse(reader.readString());
    }

    @Override
    public void toJson(JsonWriter writer, Instant value) {
      if (value == null) {
        writer.nullValue();
      } else {
        writer.value(WireDateTime.format(value));
      }
    }
  }

  /** A generated enum from its wire value: an integer code as a JSON number, or a text. */
  private static final class WireEnums<E extends Enum<E> & WireEnum> implements JsonAdapter<E> {
    private final EnumLookup<E> lookup;

    WireEnums(EnumLookup<E> lookup) {
      this.lookup = lookup;
    }

    @Override
    public E fromJson(JsonReader reader) {
      if (reader.isNullValue()) {
        return null;
      }
      return lookup.integerCodes()
          ? lookup.fromCode(reader.readLong())
          : lookup.fromText(reader.readString());
    }

    @Override
    public void toJson(JsonWriter writer, E value) {
      String wire = value == null ? null : value.wireValue();
      if (wire == null) {
        writer.nullValue();
      } else if (lookup.integerCodes()) {
        writer.value(Long.parseLong(wire));
      } else {
        writer.value(wire);
      }
    }
  }
}
