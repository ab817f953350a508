package dev.reportgen.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real transport streams bodies of any size and fails, not hangs, on a server that stalls. */
class HttpClientTransportTest {
  private static final byte[] LARGE = new byte[3 << 20];

  static {
    new Random(7).nextBytes(LARGE);
  }

  private final CountDownLatch release = new CountDownLatch(1);
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/large",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            for (int at = 0; at < LARGE.length; at += 8192) {
              out.write(LARGE, at, Math.min(8192, LARGE.length - at));
            }
          }
        });
    server.createContext(
        "/stalls",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          OutputStream out = exchange.getResponseBody();
          out.write("{\"success\":1,".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
          out.flush();
          try {
            release.await(30, TimeUnit.SECONDS); // a server that stops sending mid-body
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  private Transport.Response get(String path, Duration timeout) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    return new HttpClientTransport(Duration.ofSeconds(5), timeout)
        .send(new Transport.Outgoing("GET", uri, Map.of(), ""));
  }

  @Test
  void aLargeBodyArrivesWholeAndInOrder() throws Exception {
    Transport.Response response = get("/large", Duration.ofSeconds(30));
    assertEquals(200, response.status());
    try (InputStream body = response.body()) {
      assertArrayEquals(LARGE, body.readAllBytes());
      assertEquals(-1, body.read());
    }
  }

  @Test
  void aServerThatStallsMidBodyFailsTheReadAfterTheTimeout() throws Exception {
    Transport.Response response = get("/stalls", Duration.ofMillis(300));
    try (InputStream body = response.body()) {
      byte[] start = new byte[13];
      int read = 0;
      while (read < start.length) {
        read += body.read(start, read, start.length - read);
      }
      assertEquals(
          "{\"success\":1,", new String(start, java.nio.charset.StandardCharsets.US_ASCII));
      long began = System.nanoTime();
      HttpTimeoutException stalled = assertThrows(HttpTimeoutException.class, body::read);
      long waitedMillis = (System.nanoTime() - began) / 1_000_000;
      assertTrue(waitedMillis >= 250, "gave up after " + waitedMillis + " ms");
      assertTrue(waitedMillis < 20_000, "hung for " + waitedMillis + " ms");
      assertEquals("the server sent no more of the response body for 300 ms", stalled.getMessage());
    }
  }
}
