package dev.reportgen.benchmarks.competitors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
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
import java.io.IOException;

/**
 * Lets databind bind the LuxSci wire values (integer codes such as {@code -2}, texts such as {@code
 * In Queue}) to the enums, the way a databind user writes a small deserializer per enum. The
 * databind candidates bind to the same enum types as the generated records, so comparing them needs
 * no mapping table.
 */
final class WireEnumModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  WireEnumModule() {
    super("luxsci-wire-enums");
    add(DeliveryStatus.class, DeliveryStatus.LOOKUP);
    add(HighVolume.class, HighVolume.LOOKUP);
    add(SecureLineCode.class, SecureLineCode.LOOKUP);
    add(SecureLineOptOut.class, SecureLineOptOut.LOOKUP);
    add(SpamFlag.class, SpamFlag.LOOKUP);
    add(TlsDeliveryCode.class, TlsDeliveryCode.LOOKUP);
    add(TlsUsed.class, TlsUsed.LOOKUP);
    add(UnsubscribedFlag.class, UnsubscribedFlag.LOOKUP);
  }

  private <E extends Enum<E> & WireEnum> void add(Class<E> type, EnumLookup<E> lookup) {
    addDeserializer(type, new Deserializer<>(type, lookup));
  }

  private static final class Deserializer<E extends Enum<E> & WireEnum>
      extends StdScalarDeserializer<E> {
    private static final long serialVersionUID = 1L;
    private final transient EnumLookup<E> lookup;

    Deserializer(Class<E> type, EnumLookup<E> lookup) {
      super(type);
      this.lookup = lookup;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        return lookup.fromCode(p.getLongValue());
      }
      String text = p.getValueAsString();
      if (text == null || text.isEmpty()) {
        return null;
      }
      return lookup.integerCodes() ? lookup.fromCode(Long.parseLong(text)) : lookup.fromText(text);
    }
  }
}
