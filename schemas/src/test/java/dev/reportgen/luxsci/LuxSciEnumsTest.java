package dev.reportgen.luxsci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.WireEnum;
import dev.reportgen.runtime.spi.EnumLookup;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** Every constant of every enum survives wire value -> constant -> wire value. */
class LuxSciEnumsTest {

  /**
   * Checks each constant other than UNKNOWN: fromWire(wireValue()) is the constant, the LOOKUP
   * agrees, and for integer-coded enums fromCode(code) does too. Also checks the wire values are
   * exactly {@code wires}, in order, and that UNKNOWN is last with no wire value.
   */
  private static <E extends Enum<E> & WireEnum> void roundTrip(
      E[] values,
      Function<String, E> fromWire,
      LongFunction<E> fromCode,
      EnumLookup<E> lookup,
      boolean integerCodes,
      String... wires) {
    E unknown = values[values.length - 1];
    assertEquals("UNKNOWN", unknown.name());
    assertNull(unknown.wireValue());
    assertTrue(unknown.isUnknown());
    assertSame(unknown, lookup.unknown());
    assertEquals(integerCodes, lookup.integerCodes(), unknown.getDeclaringClass().getSimpleName());
    List<E> known = Arrays.asList(values).subList(0, values.length - 1);
    assertEquals(List.of(wires), known.stream().map(WireEnum::wireValue).toList(), "wire values");
    for (E constant : known) {
      String wire = constant.wireValue();
      assertNotNull(wire, constant.name());
      assertFalse(constant.isUnknown(), constant.name());
      assertSame(constant, fromWire.apply(wire), constant.name());
      assertSame(constant, lookup.fromText(wire), constant.name());
      if (integerCodes) {
        long code = Long.parseLong(wire);
        assertSame(constant, fromCode.apply(code), constant.name());
        assertSame(constant, lookup.fromCode(code), constant.name());
      }
    }
    assertSame(unknown, fromWire.apply("no such value"));
    assertSame(unknown, lookup.fromText("no such value"));
    if (integerCodes) {
      assertSame(unknown, fromCode.apply(99));
      assertSame(unknown, fromCode.apply(Long.MAX_VALUE));
    }
  }

  /** The enums tested below are all the enums the reports use. */
  @Test
  void everyEnumUsedByAReportIsTestedHere() {
    Set<Class<?>> used = new HashSet<>();
    for (ReportType<?> type : LuxSciReports.INSTANCE.types()) {
      for (RecordComponent component : type.recordType().getRecordComponents()) {
        if (component.getType().isEnum() && WireEnum.class.isAssignableFrom(component.getType())) {
          used.add(component.getType());
        }
      }
    }
    assertEquals(
        Set.of(
            AsyncJobStatus.class,
            CampaignStatus.class,
            MessageDisposition.class,
            DeliveryStatus.class,
            SecureLineCode.class,
            SecureLineOptOut.class,
            SpamFlag.class,
            TlsDeliveryCode.class,
            TlsUsed.class,
            UnsubscribedFlag.class,
            HighVolume.class),
        used);
  }

  @Test
  void asyncJobStatus() {
    roundTrip(
        AsyncJobStatus.values(),
        AsyncJobStatus::fromWire,
        AsyncJobStatus::fromCode,
        AsyncJobStatus.LOOKUP,
        false,
        "submitted",
        "preparing",
        "running",
        "uploading",
        "complete",
        "failed");
  }

  @Test
  void campaignStatus() {
    roundTrip(
        CampaignStatus.values(),
        CampaignStatus::fromWire,
        CampaignStatus::fromCode,
        CampaignStatus.LOOKUP,
        false,
        "scheduled",
        "paused",
        "staging",
        "sending",
        "queued",
        "complete",
        "running",
        "failed");
  }

  @Test
  void messageDisposition() {
    roundTrip(
        MessageDisposition.values(),
        MessageDisposition::fromWire,
        MessageDisposition::fromCode,
        MessageDisposition.LOOKUP,
        false,
        "queued",
        "delivered",
        "soft_bounce",
        "hard_bounce",
        "lost");
  }

  @Test
  void deliveryStatusKeepsSpacesHyphensAndCapitals() {
    roundTrip(
        DeliveryStatus.values(),
        DeliveryStatus::fromWire,
        DeliveryStatus::fromCode,
        DeliveryStatus.LOOKUP,
        false,
        "Delivered",
        "Failed",
        "In Queue",
        "No Data Available",
        "Post-Delivery Hard Fail",
        "Soft Bounce");
    assertSame(
        DeliveryStatus.POST_DELIVERY_HARD_FAIL, DeliveryStatus.fromWire("Post-Delivery Hard Fail"));
    assertSame(DeliveryStatus.UNKNOWN, DeliveryStatus.fromWire("post-delivery hard fail"));
  }

  @Test
  void secureLineCode() {
    roundTrip(
        SecureLineCode.values(),
        SecureLineCode::fromWire,
        SecureLineCode::fromCode,
        SecureLineCode.LOOKUP,
        true,
        "0",
        "-2",
        "-1",
        "1",
        "2",
        "3",
        "4");
    assertSame(SecureLineCode.OPTED_OUT, SecureLineCode.fromCode(-2));
  }

  @Test
  void secureLineOptOut() {
    roundTrip(
        SecureLineOptOut.values(),
        SecureLineOptOut::fromWire,
        SecureLineOptOut::fromCode,
        SecureLineOptOut.LOOKUP,
        true,
        "0",
        "-1",
        "1");
  }

  @Test
  void spamFlag() {
    roundTrip(
        SpamFlag.values(), SpamFlag::fromWire, SpamFlag::fromCode, SpamFlag.LOOKUP, true, "0", "1");
  }

  @Test
  void tlsDeliveryCode() {
    roundTrip(
        TlsDeliveryCode.values(),
        TlsDeliveryCode::fromWire,
        TlsDeliveryCode::fromCode,
        TlsDeliveryCode.LOOKUP,
        true,
        "1",
        "0",
        "-1");
  }

  @Test
  void tlsUsed() {
    roundTrip(
        TlsUsed.values(), TlsUsed::fromWire, TlsUsed::fromCode, TlsUsed.LOOKUP, true, "1", "0");
  }

  @Test
  void unsubscribedFlag() {
    roundTrip(
        UnsubscribedFlag.values(),
        UnsubscribedFlag::fromWire,
        UnsubscribedFlag::fromCode,
        UnsubscribedFlag.LOOKUP,
        true,
        "0",
        "1");
  }

  @Test
  void highVolume() {
    roundTrip(
        HighVolume.values(),
        HighVolume::fromWire,
        HighVolume::fromCode,
        HighVolume.LOOKUP,
        true,
        "0",
        "1");
  }
}
