package dev.reportgen.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.runtime.ReportErrorResponseException;
import dev.reportgen.runtime.ReportIoException;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.RowCursor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
  private static LuxSciFakeServer server;
  private static TestClient client;
  private static String auth;
  private static String path;

  @BeforeAll
  static void start() {
    server = LuxSciFakeServer.builder().catalog(TestEndpoints.CATALOG).start();
    server.serveSynthetic(TestEndpoints.SENT_ACCOUNT, 50, 7);
    client = new TestClient(server);
    auth = client.login();
    path = server.path(TestEndpoints.SENT_ACCOUNT);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  private static HttpResponse<byte[]> get() {
    return client.get(auth, path, "");
  }

  @Test
  void tooManyRequestsCarriesRetryAfterInWholeSeconds() {
    server
        .faults()
        .onEndpoint(
            TestEndpoints.SENT_ACCOUNT.name(), Fault.tooManyRequests(Duration.ofMillis(2_500)));
    HttpResponse<byte[]> limited = get();
    assertEquals(429, limited.statusCode());
    assertEquals(Optional.of("3"), limited.headers().firstValue("Retry-After"));
    assertEquals(
        "{\"success\":0,\"error_message\":\"Rate limit exceeded.\"}", TestClient.text(limited));
    assertEquals(200, get().statusCode(), "a one-shot fault fires once");
    assertTrue(server.faults().allFired());
  }

  @Test
  void serverErrorsFireAsOftenAsAsked() {
    server
        .faults()
        .onEndpoint(TestEndpoints.SENT_ACCOUNT.name(), Fault.status(503), 2)
        .onEndpoint(TestEndpoints.SENT_ACCOUNT.name(), Fault.status(502));
    assertEquals(503, get().statusCode());
    assertEquals(503, get().statusCode());
    assertEquals(502, get().statusCode());
    assertEquals(200, get().statusCode());
    List<RecordedRequest> log = server.requests();
    assertEquals(Optional.of(Fault.status(503)), log.get(0).fault());
    assertEquals(AuthOutcome.NOT_CHECKED, log.get(0).authOutcome());
    assertEquals(List.of(503, 503, 502, 200), log.stream().map(RecordedRequest::status).toList());
  }

  @Test
  void aFaultByRequestNumberHitsThatRequestWhateverItIs() {
    server.faults().onRequest(2, Fault.status(500)).onRequest(3, Fault.status(504));
    assertEquals(200, get().statusCode());
    assertEquals(500, get().statusCode());
    assertEquals(504, client.postLogin(Instant.now().getEpochSecond()).statusCode());
    assertEquals(200, get().statusCode());
  }

  @Test
  void alwaysFaultsRepeatUntilCleared() {
    server.faults().onEndpointAlways(Faults.AUTH, Fault.status(500));
    for (int i = 0; i < 3; i++) {
      assertEquals(500, client.postLogin(Instant.now().getEpochSecond()).statusCode());
    }
    server.faults().clear();
    assertEquals(201, client.postLogin(Instant.now().getEpochSecond()).statusCode());
  }

  @Test
  void aSuccessZeroBodyBecomesTheRuntimesErrorResponse() {
    server
        .faults()
        .onEndpoint(
            TestEndpoints.SENT_ACCOUNT.name(), Fault.errorBody("Report temporarily unavailable."));
    HttpResponse<byte[]> refused = get();
    assertEquals(200, refused.statusCode());
    ReportErrorResponseException error =
        assertThrows(
            ReportErrorResponseException.class,
            () -> ReportReader.of(SentEmail.type()).readJson(refused.body()));
    assertTrue(error.getMessage().contains("Report temporarily unavailable."), error.getMessage());
  }

  @Test
  void aDelayedResponseComesAfterTheDelayAndIsOtherwiseNormal() {
    server
        .faults()
        .onEndpoint(TestEndpoints.SENT_ACCOUNT.name(), Fault.delay(Duration.ofMillis(300)));
    long start = System.nanoTime();
    HttpResponse<byte[]> slow = get();
    long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
    assertEquals(50, TestClient.read(SentEmail.type(), slow).rows().size());
    assertTrue(elapsed >= 300, "answered after " + elapsed + " ms");
    assertEquals(AuthOutcome.SESSION_ACCEPTED, server.requests().get(0).authOutcome());
  }

  @Test
  void aBodyCutMidRowFailsTheClientsReadWithAnIoError() {
    server.faults().onEndpoint(TestEndpoints.SENT_ACCOUNT.name(), Fault.cutMidRow(10));
    HttpResponse<InputStream> response =
        TestClient.send(
            client.signedGet(auth, path, ""), HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, response.statusCode());
    int[] rows = {0};
    // The JDK client drops what it buffered once it sees the close, so how many of the whole
    // rows arrive depends on timing; never the cut one, and the read always fails as I/O.
    assertThrows(
        ReportIoException.class,
        () -> {
          try (RowCursor<SentEmail> cursor =
              ReportReader.of(SentEmail.type()).openJson(response.body())) {
            cursor.forEachRemaining(row -> rows[0]++);
          }
        });
    assertTrue(rows[0] <= 10, rows[0] + " rows");
    assertEquals(200, get().statusCode(), "the next request is served in full");
  }

  @Test
  void aBodyCutMidRowHoldsTheWholeRowsThenHalfARowAndNoLastChunk() throws IOException {
    server.faults().onEndpoint(TestEndpoints.SENT_ACCOUNT.name(), Fault.cutMidRow(10));
    byte[] raw;
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      String cookie =
          TestSigner.cookie(server.credentials().apiSecret(), auth, "GET", path, "", "");
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + path
                      + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      + "Cookie: signature="
                      + cookie
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      raw = socket.getInputStream().readAllBytes();
    }
    String text = new String(raw, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("HTTP/1.1 200"), text);
    assertTrue(
        text.contains("Transfer-encoding: chunked") || text.contains("Transfer-Encoding: chunked"),
        text);
    byte[] body = dechunk(raw, text.indexOf("\r\n\r\n") + 4);

    int[] rows = {0};
    ReportParseException cut =
        assertThrows(
            ReportParseException.class,
            () -> {
              try (RowCursor<SentEmail> cursor = ReportReader.of(SentEmail.type()).openJson(body)) {
                cursor.forEachRemaining(row -> rows[0]++);
              }
            });
    assertEquals(10, rows[0], cut.getMessage());
  }

  /**
   * The data of a chunked body from {@code start}; fails if the body ends with its last chunk (a
   * cut body must not).
   */
  private static byte[] dechunk(byte[] raw, int start) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = start;
    while (at < raw.length) {
      int lineEnd = at;
      while (lineEnd + 1 < raw.length && !(raw[lineEnd] == '\r' && raw[lineEnd + 1] == '\n')) {
        lineEnd++;
      }
      int size =
          Integer.parseInt(new String(raw, at, lineEnd - at, StandardCharsets.US_ASCII).trim(), 16);
      assertTrue(size > 0, "a cut body ended with the last chunk");
      int dataStart = lineEnd + 2;
      int available = Math.min(size, raw.length - dataStart);
      body.write(raw, dataStart, available);
      at = dataStart + size + 2;
    }
    return body.toByteArray();
  }

  @Test
  void aConnectionResetFailsTheRequestWithAnIoError() {
    // The JDK's HttpClient takes a connection closed before any response byte for a stale
    // keep-alive connection and sends a GET once more by itself: the fault fires for both tries.
    server.faults().onEndpoint(TestEndpoints.SENT_ACCOUNT.name(), Fault.connectionReset(), 2);
    UncheckedIOException failure = assertThrows(UncheckedIOException.class, FaultsTest::get);
    assertInstanceOf(IOException.class, failure.getCause());
    assertEquals(List.of(0, 0), server.requests().stream().map(RecordedRequest::status).toList());
    assertEquals(Optional.of(Fault.connectionReset()), server.requests().get(0).fault());
    assertTrue(server.faults().allFired());
    assertEquals(200, get().statusCode());
  }

  @Test
  void faultsAreCheckedWhenScripted() {
    assertThrows(IllegalArgumentException.class, () -> Fault.status(200));
    assertThrows(
        IllegalArgumentException.class, () -> server.faults().onRequest(0, Fault.status(500)));
    assertThrows(
        IllegalArgumentException.class,
        () -> server.faults().onEndpoint("x", Fault.status(500), 0));
  }
}
