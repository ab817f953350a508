package dev.reportgen.cli;

import static dev.reportgen.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "inspect", "convert", "reports"})
  void everyCommandHasHelp(String command) {
    Cli.Run run = command.isEmpty() ? run("--help") : run(command, "--help");

    assertEquals(0, run.exit(), run::toString);
    assertTrue(
        run.out().startsWith("Usage: reportgen" + (command.isEmpty() ? "" : " " + command)),
        run::toString);
    assertEquals("", run.err());
  }

  @Test
  void helpListsTheExitCodes() {
    for (String command : List.of("inspect", "convert")) {
      Cli.Run run = run(command, "--help");
      assertTrue(run.out().contains("Exit codes"), run::toString);
      assertTrue(run.out().contains("3   "), run::toString);
    }
  }

  @Test
  void helpCommandWorksToo() {
    Cli.Run run = run("help", "convert");

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().startsWith("Usage: reportgen convert"), run::toString);
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Run run = run();

    assertEquals(ExitCodes.USAGE, run.exit(), run::toString);
    assertTrue(run.err().startsWith("reportgen: missing command\n"), run::toString);
  }

  @Test
  void unknownOptionIsOneLine() {
    Cli.Run run = run("inspect", "--colour", Cli.data("sent-email.json"));

    assertEquals(ExitCodes.USAGE, run.exit(), run::toString);
    assertEquals(1, run.errLines().size(), run::toString);
    assertTrue(run.err().contains("--colour"), run::toString);
  }

  @Test
  void reportsListsLuxSciAndInternalReports() {
    Cli.Run run = run("reports");

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("\"Sent Email\""), run::toString);
    assertTrue(
        run.out().contains("MailboxQuota  \"Mailbox Quota\"  rows  getInternalMailboxQuotaReport"),
        run::toString);

    Cli.Run one = run("reports", "MailboxQuota");
    assertEquals(0, one.exit(), one::toString);
    assertTrue(one.out().contains("  last_login  DATETIME  nullable"), one::toString);
    assertTrue(one.out().contains("record:    dev.reportgen.samples.MailboxQuota"), one::toString);
  }
}
