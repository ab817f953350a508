package dev.reportgen.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.runtime.RowExtras;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The JUnit extension, run through the JUnit launcher on test classes nested here (surefire does
 * not run nested classes by itself).
 */
class ExtensionTest {
  private static TestExecutionSummary run(Map<String, String> configuration, Class<?>... classes) {
    LauncherDiscoveryRequestBuilder request =
        LauncherDiscoveryRequestBuilder.request().configurationParameters(configuration);
    for (Class<?> test : classes) {
      request.selectors(selectClass(test));
    }
    LauncherDiscoveryRequest discovery = request.build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(discovery, listener);
    return listener.getSummary();
  }

  private static void assertAllPassed(TestExecutionSummary summary, long tests) {
    StringBuilder failures = new StringBuilder();
    summary
        .getFailures()
        .forEach(
            failure ->
                failures
                    .append(failure.getTestIdentifier().getDisplayName())
                    .append(": ")
                    .append(failure.getException())
                    .append('\n'));
    assertEquals(0, summary.getTotalFailureCount(), failures.toString());
    assertEquals(tests, summary.getTestsSucceededCount());
  }

  // ---- parameter injection, one server per class, reset before each test ----

  @ExtendWith(LuxSciFakeServerExtension.class)
  static class InjectedServer {
    static LuxSciFakeServer fromBeforeAll;

    @BeforeAll
    static void remember(LuxSciFakeServer server) {
      fromBeforeAll = server;
    }

    @Test
    void first(LuxSciFakeServer server) {
      assertSame(fromBeforeAll, server);
      assertEquals(List.of(), server.requests(), "reset before each test");
      new TestClient(server).login();
    }

    @Test
    void second(LuxSciFakeServer server) {
      assertSame(fromBeforeAll, server);
      assertEquals(List.of(), server.requests(), "reset before each test");
      new TestClient(server).login();
    }
  }

  @Test
  void injectsOneServerPerClassAndStopsItAfterTheClass() {
    assertAllPassed(run(Map.of(), InjectedServer.class), 2);
    assertRefusesConnections(InjectedServer.fromBeforeAll.port());
  }

  // ---- a configured, statically registered extension ----

  static class ConfiguredServer {
    @RegisterExtension
    static final LuxSciFakeServerExtension LUXSCI =
        new LuxSciFakeServerExtension(
            builder -> builder.catalog(TestEndpoints.CATALOG).account("acme").maxMatches(7));

    @Test
    void usesTheConfiguration() {
      LuxSciFakeServer server = LUXSCI.server();
      assertEquals("acme", server.account());
      server.serveSynthetic(TestEndpoints.SENT_ACCOUNT, 20, 1);
      TestClient client = new TestClient(server);
      assertEquals(
          7,
          TestClient.read(
                  SentEmail.type(),
                  client.get(client.login(), server.path(TestEndpoints.SENT_ACCOUNT), ""))
              .rows()
              .size());
    }
  }

  @Test
  void aRegisteredExtensionStartsTheConfiguredServer() {
    assertAllPassed(run(Map.of(), ConfiguredServer.class), 1);
    assertThrows(IllegalStateException.class, ConfiguredServer.LUXSCI::server);
  }

  // ---- a server-side failure fails the test that caused it ----

  static class BadRows {
    @RegisterExtension
    static final LuxSciFakeServerExtension LUXSCI =
        new LuxSciFakeServerExtension(builder -> builder.catalog(TestEndpoints.CATALOG));

    @Test
    void servesARowTheWriterRefuses() {
      LuxSciFakeServer server = LUXSCI.server();
      SentEmail bad =
          new SentEmail(
              null,
              "from",
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              1,
              null,
              null,
              0,
              "id",
              1,
              null,
              0,
              "to",
              null,
              "user",
              1,
              RowExtras.empty());
      server.serve(TestEndpoints.SENT_ACCOUNT, List.of(bad));
      TestClient client = new TestClient(server);
      String auth = client.login();
      // The writer refuses the row once the page has begun: the client sees the body stop short.
      assertThrows(
          UncheckedIOException.class,
          () -> client.get(auth, server.path(TestEndpoints.SENT_ACCOUNT), ""));
    }
  }

  @Test
  void aTestWhoseRowsTheServerCouldNotWriteFailsSayingWhy() {
    TestExecutionSummary summary = run(Map.of(), BadRows.class);
    assertEquals(1, summary.getTotalFailureCount());
    Throwable failure = summary.getFailures().get(0).getException();
    assertTrue(
        failure
            .getMessage()
            .startsWith(
                "the fake LuxSci server failed while serving this test:\n  request 2 (GET "
                    + "/perl/api/v2/account/fake-account/report/email/smtp/sent): "),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("date_sent"), failure.getMessage());
  }

  // ---- two classes in parallel, each with its own server ----

  private static final CyclicBarrier BOTH_RUNNING = new CyclicBarrier(2);
  private static final Map<String, Integer> PORTS = new ConcurrentHashMap<>();

  abstract static class ParallelClass {
    @Test
    void runsWhileTheOtherClassRuns(LuxSciFakeServer server) throws Exception {
      PORTS.put(getClass().getSimpleName(), server.port());
      new TestClient(server).login();
      // Both classes hold their servers here at the same time, or the barrier breaks.
      BOTH_RUNNING.await(60, TimeUnit.SECONDS);
      assertEquals(1, server.requests().size(), "only this class's request");
    }
  }

  @ExtendWith(LuxSciFakeServerExtension.class)
  static class ParallelOne extends ParallelClass {}

  @ExtendWith(LuxSciFakeServerExtension.class)
  static class ParallelTwo extends ParallelClass {}

  @Test
  void twoClassesInParallelEachGetTheirOwnServer() {
    TestExecutionSummary summary =
        run(
            Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "same_thread",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "2"),
            ParallelOne.class,
            ParallelTwo.class);
    assertAllPassed(summary, 2);
    assertNotEquals(PORTS.get("ParallelOne"), PORTS.get("ParallelTwo"));
    PORTS.values().forEach(ExtensionTest::assertRefusesConnections);
  }

  private static void assertRefusesConnections(int port) {
    assertThrows(
        ConnectException.class,
        () -> new Socket("127.0.0.1", port).close(),
        "port " + port + " still accepts connections");
  }
}
