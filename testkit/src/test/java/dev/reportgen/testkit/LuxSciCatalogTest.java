package dev.reportgen.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.luxsci.LuxSciReports;
import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.Report;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.SyntheticRows;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default catalog: every LuxSci endpoint answers at its path with rows that parse. */
class LuxSciCatalogTest {
  @Test
  void everyLuxSciEndpointServesSyntheticRowsAtItsPath() {
    try (LuxSciFakeServer server = LuxSciFakeServer.builder().syntheticRows(3, 11).start()) {
      TestClient client = new TestClient(server);
      String account = client.login();
      String user = client.loginUser();
      List<Endpoint<?>> endpoints = LuxSciReports.INSTANCE.endpoints();
      assertTrue(endpoints.stream().allMatch(Endpoint::hasPath), "LuxSci endpoints lack paths");
      for (Endpoint<?> endpoint : endpoints) {
        if (endpoint.type().recordType() == dev.reportgen.luxsci.AsyncJob.class) {
          continue;
        }
        String auth = endpoint.scope() == dev.reportgen.runtime.EndpointScope.USER ? user : account;
        checkServes(server, client, auth, endpoint);
      }
    }
  }

  private static <T> void checkServes(
      LuxSciFakeServer server, TestClient client, String auth, Endpoint<T> endpoint) {
    var response = client.get(auth, server.path(endpoint), "");
    assertEquals(200, response.statusCode(), endpoint.name());
    Report<T> report = ReportReader.of(endpoint.type()).readJson(response.body());
    List<T> expected = new ArrayList<>();
    SyntheticRows.of(endpoint.type(), 11).iterator(3).forEachRemaining(expected::add);
    assertEquals(expected, report.rows(), endpoint.name());
    assertEquals(endpoint.name(), server.requests().get(server.requests().size() - 1).endpoint());
  }
}
