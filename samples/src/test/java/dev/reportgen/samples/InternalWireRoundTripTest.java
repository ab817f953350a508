package dev.reportgen.samples;

import dev.reportgen.runtime.ReportCatalog;
import dev.reportgen.runtime.testing.WireRoundTripContract;

/**
 * The writer-reader round trip ({@link WireRoundTripContract}) for every report of the samples' own
 * schema (InternalReports).
 */
class InternalWireRoundTripTest extends WireRoundTripContract {
  @Override
  protected ReportCatalog catalog() {
    return InternalReports.INSTANCE;
  }
}
