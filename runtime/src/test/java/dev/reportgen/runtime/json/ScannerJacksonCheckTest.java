package dev.reportgen.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;
import dev.reportgen.runtime.JsonWriteOptions;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportWriter;
import dev.reportgen.runtime.SyntheticRows;
import dev.reportgen.runtime.fixture.Delivery;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The byte scanner runs only on the jackson-core whose internals it was verified against. */
class ScannerJacksonCheckTest {
  private static boolean verified(int major, int minor, int patch, String qualifier) {
    return ScannerJacksonCheck.verifiedFor(
        new Version(major, minor, patch, qualifier, "com.fasterxml.jackson.core", "jackson-core"),
        "2.20.1");
  }

  @Test
  void anyPatchOfTheVerifiedMinorIsAccepted() {
    assertTrue(verified(2, 20, 0, null));
    assertTrue(verified(2, 20, 1, null));
    assertTrue(verified(2, 20, 7, "SNAPSHOT"));
  }

  @Test
  void anotherMinorOrMajorIsRefused() {
    assertFalse(verified(2, 19, 2, null));
    assertFalse(verified(2, 21, 0, null));
    assertFalse(verified(2, 21, 0, "rc1"));
    assertFalse(verified(3, 20, 1, null));
    assertFalse(verified(1, 20, 1, null));
    assertFalse(ScannerJacksonCheck.verifiedFor(Version.unknownVersion(), "2.20.1"));
    assertFalse(ScannerJacksonCheck.verifiedFor(null, "2.20.1"));
  }

  @Test
  void aVerifiedVersionThatIsNotMajorMinorIsRefused() {
    Version running = PackageVersion.VERSION;
    assertFalse(ScannerJacksonCheck.verifiedFor(running, "2"));
    assertFalse(ScannerJacksonCheck.verifiedFor(running, "two.twenty"));
    assertFalse(ScannerJacksonCheck.verifiedFor(running, "${jackson.version}"));
  }

  @Test
  void theBuildRecordsTheJacksonItCompiledAgainstAndTheScannerIsOn() {
    assertEquals(PackageVersion.VERSION.toString(), ScannerJacksonCheck.VERIFIED);
    assertTrue(ScannerJacksonCheck.USABLE);
    assertInstanceOf(ScannableJsonFactory.class, JsonParsers.factory(ReadOptions.strict()));
  }

  @Test
  void withoutTheScannerJacksonsOwnParserReadsTheSameRows() {
    List<Delivery> rows = new ArrayList<>();
    SyntheticRows.of(Delivery.type(), 3).withNullsOneIn(4).iterator(50).forEachRemaining(rows::add);
    byte[] body = ReportWriter.json(Delivery.type(), JsonWriteOptions.defaults()).toBytes(rows);
    ReadOptions options = ReadOptions.strict();

    JsonFactory plain = JsonParsers.factory(options, false);
    assertEquals(JsonFactory.class, plain.getClass());
    JsonRowCursor<Delivery> general =
        new JsonRowCursor<>(JsonParsers.open(plain, body), plain, Delivery.type(), options, true);
    List<Delivery> read = new ArrayList<>();
    general.forEachRemaining(read::add);
    assertEquals(rows, read);
    assertEquals(0, general.scannedRows());

    JsonFactory scannable = JsonParsers.factory(options, true);
    JsonRowCursor<Delivery> fast =
        new JsonRowCursor<>(
            JsonParsers.open(scannable, body), scannable, Delivery.type(), options, true);
    List<Delivery> scanned = new ArrayList<>();
    fast.forEachRemaining(scanned::add);
    assertEquals(rows, scanned);
    assertTrue(fast.scannedRows() > 0, "rows scanned: " + fast.scannedRows());
  }
}
