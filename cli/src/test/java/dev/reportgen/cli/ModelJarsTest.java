package dev.reportgen.cli;

import static dev.reportgen.cli.Cli.data;
import static dev.reportgen.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report catalogs come from ServiceLoader, on the class path and in --with jars. */
class ModelJarsTest {
  @TempDir Path temp;

  @Test
  void catalogsOnTheClassPathAreFoundWithoutNamingThem() {
    // The test class path holds the LuxSci models and the samples' jar, and nothing names them.
    Cli.Run run = run("reports");

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("SentEmail  \"Sent Email\""), run::toString);
    assertTrue(run.out().contains("MailboxQuota  \"Mailbox Quota\""), run::toString);
  }

  @Test
  void withAClassFolderIsLoadedToo() {
    // A folder without a catalog adds nothing and takes nothing away.
    Cli.Run run = run("--with", temp.toString(), "inspect", data("sent-email.json"));

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("\"Sent Email\" (detected from the header)"), run::toString);
  }

  @Test
  void missingWithJarIsAnIoErrorInOneLine() {
    Path missing = temp.resolve("my-models.jar");

    Cli.Run run = run("--with", missing.toString(), "reports");

    assertEquals(ExitCodes.IO, run.exit(), run::toString);
    assertEquals(List.of("reportgen: --with " + missing + ": no such file"), run.errLines());
  }

  @Test
  void catalogThatCannotBeLoadedIsAUsageErrorNamingIt() throws IOException {
    Path services = Files.createDirectories(temp.resolve("META-INF/services"));
    Files.writeString(
        services.resolve("dev.reportgen.runtime.ReportCatalog"), "com.example.MissingReports\n");

    Cli.Run run = run("--with", temp.toString(), "inspect", data("sent-email.json"));

    assertEquals(ExitCodes.USAGE, run.exit(), run::toString);
    assertEquals(1, run.errLines().size(), run::toString);
    assertTrue(
        run.err().startsWith("reportgen: cannot load the report models on the class path: "),
        run::toString);
    assertTrue(run.err().contains("com.example.MissingReports"), run::toString);
  }
}
