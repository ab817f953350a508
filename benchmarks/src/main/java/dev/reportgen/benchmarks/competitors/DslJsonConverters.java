package dev.reportgen.benchmarks.competitors;

import com.dslplatform.json.JsonConverter;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.NumberConverter;
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
import java.time.Instant;

/**
 * What a dsl-json user writes for the LuxSci wire values: one {@code @JsonConverter} per type,
 * which dsl-json's annotation processor wires into the converters it generates for {@link
 * DslJsonSentEmail} and {@link DslJsonEmailDeliveryStatus}. Enums are read through the generated
 * enums' own lookups (integer codes as JSON numbers, texts such as {@code In Queue}), as {@link
 * WireEnumModule} does for databind; datetimes through {@link WireDateTime}. dsl-json asks for a
 * writer next to every reader; the benchmarks only read.
 */
public final class DslJsonConverters {
  private DslJsonConverters() {}

  @JsonConverter(target = Instant.class)
  public abstract static class DateTimes {
    public static final JsonReader.ReadObject<Instant> JSON_READER =
        reader -> reader.wasNull() ? null : WireDateTime.parse(reader.readString());
    public static final JsonWriter.WriteObject<Instant> JSON_WRITER =
        (writer, value) -> {
          if (value == null) {
            writer.writeNull();
          } else {
            writer.writeString(WireDateTime.format(value));
          }
        };
  }

  @JsonConverter(target = DeliveryStatus.class)
  public abstract static class DeliveryStatuses {
    public static final JsonReader.ReadObject<DeliveryStatus> JSON_READER =
        reader(DeliveryStatus.LOOKUP);
    public static final JsonWriter.WriteObject<DeliveryStatus> JSON_WRITER =
        writer(DeliveryStatus.LOOKUP);
  }

  @JsonConverter(target = HighVolume.class)
  public abstract static class HighVolumes {
    public static final JsonReader.ReadObject<HighVolume> JSON_READER = reader(HighVolume.LOOKUP);
    public static final JsonWriter.WriteObject<HighVolume> JSON_WRITER = writer(HighVolume.LOOKUP);
  }

  @JsonConverter(target = SecureLineCode.class)
  public abstract static class SecureLineCodes {
    public static final JsonReader.ReadObject<SecureLineCode> JSON_READER =
        reader(SecureLineCode.LOOKUP);
    public static final JsonWriter.WriteObject<SecureLineCode> JSON_WRITER =
        writer(SecureLineCode.LOOKUP);
  }

  @JsonConverter(target = SecureLineOptOut.class)
  public abstract static class SecureLineOptOuts {
    public static final JsonReader.ReadObject<SecureLineOptOut> JSON_READER =
        reader(SecureLineOptOut.LOOKUP);
    public static final JsonWriter.WriteObject<SecureLineOptOut> JSON_WRITER =
        writer(SecureLineOptOut.LOOKUP);
  }

  @JsonConverter(target = SpamFlag.class)
  public abstract static class SpamFlags {
    public static final JsonReader.ReadObject<SpamFlag> JSON_READER = reader(SpamFlag.LOOKUP);
    public static final JsonWriter.WriteObject<SpamFlag> JSON_WRITER = writer(SpamFlag.LOOKUP);
  }

  @JsonConverter(target = TlsDeliveryCode.class)
  public abstract static class TlsDeliveryCodes {
    public static final JsonReader.ReadObject<TlsDeliveryCode> JSON_READER =
        reader(TlsDeliveryCode.LOOKUP);
    public static final JsonWriter.WriteObject<TlsDeliveryCode> JSON_WRITER =
        writer(TlsDeliveryCode.LOOKUP);
  }

  @JsonConverter(target = TlsUsed.class)
  public abstract static class TlsUsedFlags {
    public static final JsonReader.ReadObject<TlsUsed> JSON_READER = reader(TlsUsed.LOOKUP);
    public static final JsonWriter.WriteObject<TlsUsed> JSON_WRITER = writer(TlsUsed.LOOKUP);
  }

  @JsonConverter(target = UnsubscribedFlag.class)
  public abstract static class UnsubscribedFlags {
    public static final JsonReader.ReadObject<UnsubscribedFlag> JSON_READER =
        reader(UnsubscribedFlag.LOOKUP);
    public static final JsonWriter.WriteObject<UnsubscribedFlag> JSON_WRITER =
        writer(UnsubscribedFlag.LOOKUP);
  }

  private static <E extends Enum<E> & WireEnum> JsonReader.ReadObject<E> reader(
      EnumLookup<E> lookup) {
    return reader -> {
      if (reader.wasNull()) {
        return null;
      }
      return lookup.integerCodes()
          ? lookup.fromCode(NumberConverter.deserializeLong(reader))
          : lookup.fromText(reader.readString());
    };
  }

  private static <E extends Enum<E> & WireEnum> JsonWriter.WriteObject<E> writer(
      EnumLookup<E> lookup) {
    return (writer, value) -> {
      String wire = value == null ? null : value.wireValue();
      if (wire == null) {
        writer.writeNull();
      } else if (lookup.integerCodes()) {
        NumberConverter.serialize(Long.parseLong(wire), writer);
      } else {
        writer.writeString(wire);
      }
    };
  }
}
