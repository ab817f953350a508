package dev.reportgen.luxsci;

import dev.reportgen.runtime.ReportCatalog;
import dev.reportgen.runtime.testing.WireRoundTripContract;

/** The writer-reader round trip ({@link WireRoundTripContract}) for every LuxSci report. */
class LuxSciWireRoundTripTest extends WireRoundTripContract {
  @Override
  protected ReportCatalog catalog() {
    return LuxSciReports.INSTANCE;
  }
}
