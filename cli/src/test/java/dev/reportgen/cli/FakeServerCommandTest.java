package dev.reportgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FakeServerCommandTest {
  @Test
  void servesSignedLoginsOnLoopbackUntilInterrupted() throws Exception {
    CommandLine cli = ReportgenCli.newCommandLine();
    FakeServerCommand command = cli.getSubcommands().get("fake-server").getCommand();
    command.environment = Map.of("LUXSCI_API_TOKEN", "tok", "LUXSCI_API_SECRET", "sec");
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    cli.setOut(new PrintWriter(new LineWriter(lines), true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Thread runner =
        new Thread(
            () ->
                exit.complete(
                    cli.execute("fake-server", "--port", "0", "--rows", "3", "--seed", "5")));
    runner.start();
    String base = lines.poll(60, TimeUnit.SECONDS);
    assertTrue(base != null && base.matches("http://127\\.0\\.0\\.1:\\d+/perl/api/v2"), base);

    long date = Instant.now().getEpochSecond();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("sec".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String signature =
        HexFormat.of()
            .formatHex(mac.doFinal(("tok\n" + date + "\n").getBytes(StandardCharsets.UTF_8)));
    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/auth"))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"token\":\"tok\",\"date\":"
                                + date
                                + ",\"signature\":\""
                                + signature
                                + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(201, login.statusCode(), login.body());

    runner.interrupt();
    assertEquals(ExitCodes.OK, exit.get(60, TimeUnit.SECONDS));
  }

  @Test
  void refusesToStartWithoutCredentials() {
    CommandLine cli = ReportgenCli.newCommandLine();
    FakeServerCommand command = cli.getSubcommands().get("fake-server").getCommand();
    command.environment = Map.of("LUXSCI_API_TOKEN", "tok");
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    assertEquals(ExitCodes.USAGE, cli.execute("fake-server", "--port", "0"));
    assertTrue(
        err.toString().startsWith("reportgen: LUXSCI_API_SECRET is not set"), err.toString());
  }

  /** Hands each complete line written to it to a queue. */
  private static final class LineWriter extends Writer {
    private final BlockingQueue<String> lines;
    private final StringBuilder line = new StringBuilder();

    LineWriter(BlockingQueue<String> lines) {
      this.lines = lines;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        if (chars[i] == '\n') {
          lines.add(line.toString().strip());
          line.setLength(0);
        } else {
          line.append(chars[i]);
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
