package dev.reportgen.cli;

import dev.reportgen.testkit.LuxSciFakeServer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportgen fake-server --port PORT [--rows N] [--seed S]}: runs the test kit's fake LuxSci
 * API on 127.0.0.1 until killed, for manual use and for SDKs in other languages. Every LuxSci
 * endpoint serves N seeded synthetic rows; see docs/testing.md.
 */
@Command(
    name = "fake-server",
    mixinStandardHelpOptions = true,
    versionProvider = ReportgenCli.Version.class,
    description = {
      "Runs a fake LuxSci reporting API on 127.0.0.1 (loopback only) until killed: signed"
          + " sessions, every LuxSci endpoint at its path with N seeded synthetic rows, paging,"
          + " asynchronous jobs. Prints its base URL on stdout.",
      "The API token and secret are read from LUXSCI_API_TOKEN and LUXSCI_API_SECRET; the user"
          + " for user-scope sessions from LUXSCI_USER and LUXSCI_PASSWORD (optional).",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Stopped.",
      "2:Usage error, or the credentials are not in the environment.",
      "3:The port cannot be listened on."
    })
final class FakeServerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      required = true,
      paramLabel = "PORT",
      description = "The port to listen on, on 127.0.0.1; 0 picks a free one.")
  int port;

  @Option(
      names = "--rows",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Synthetic rows every endpoint serves (default: ${DEFAULT-VALUE}).")
  long rows;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description =
          "Seed of the synthetic rows: the same seed serves the same rows"
              + " (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print the stack trace of a failure instead of one line.")
  boolean verbose;

  /** The environment the credentials come from; tests replace it. */
  Map<String, String> environment = System.getenv();

  @Override
  public Integer call() {
    if (rows < 0) {
      throw new CliException(ExitCodes.USAGE, "--rows must not be negative, got " + rows);
    }
    LuxSciFakeServer.Builder builder =
        LuxSciFakeServer.builder()
            .apiCredentials(required("LUXSCI_API_TOKEN"), required("LUXSCI_API_SECRET"))
            .syntheticRows(rows, seed);
    String user = environment.get("LUXSCI_USER");
    String password = environment.get("LUXSCI_PASSWORD");
    if (user != null && password != null) {
      builder.user(user, password);
    }
    LuxSciFakeServer server;
    try {
      server = builder.port(port).start();
    } catch (UncheckedIOException e) {
      throw new CliException(ExitCodes.IO, e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.close();
              stopped.countDown();
            },
            "reportgen-fake-server-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintWriter out = spec.commandLine().getOut();
    out.println(server.baseUri());
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "reportgen: fake LuxSci API for account "
            + server.account()
            + " and user "
            + server.user()
            + "; stop it with Ctrl-C");
    err.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // Interrupted (a caller running the command in a thread) rather than killed: stop too.
      Thread.currentThread().interrupt();
      Runtime.getRuntime().removeShutdownHook(hook);
      server.close();
    }
    return ExitCodes.OK;
  }

  private String required(String name) {
    String value = environment.get(name);
    if (value == null || value.isEmpty()) {
      throw new CliException(
          ExitCodes.USAGE,
          name
              + " is not set: the fake server accepts the"
              + " API token and secret given in LUXSCI_API_TOKEN and LUXSCI_API_SECRET");
    }
    return value;
  }
}
