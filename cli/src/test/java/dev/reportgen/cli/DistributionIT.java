package dev.reportgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.samples.InternalReports;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code package} leaves in {@code target/}, used as a user does: the {@code reportgen}
 * launcher runs the shaded {@code reportgen-cli.jar} beside it, and {@code reportgen_completion}
 * completes its commands in bash. Run by Failsafe after {@code package}.
 */
class DistributionIT {
  private static final Path TARGET = Path.of("target").toAbsolutePath();
  private static final Path LAUNCHER = TARGET.resolve(DistributionFiles.LAUNCHER);
  private static final Path COMPLETION = TARGET.resolve(DistributionFiles.COMPLETION);

  @TempDir Path temp;

  /** Exit code, stdout and stderr of a process. */
  private record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /** Runs {@code command} in {@code directory} with {@code env} added to this JVM's environment. */
  private static Result exec(Path directory, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().remove("JAVA_OPTS");
    builder.environment().remove("REPORTGEN_CLASSPATH");
    builder.environment().putAll(env);
    Path out = Files.createTempFile("reportgen-it", ".out");
    Path err = Files.createTempFile("reportgen-it", ".err");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      // A safety net against a hung child, not a speed check.
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("did not finish: " + String.join(" ", command));
      }
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The samples' jar (or class folder): a downstream model jar with a schema of its own. */
  private static String samplesModels() throws URISyntaxException {
    return Path.of(
            InternalReports.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
  }

  @Test
  void launcherIsAnExecutableShellScriptBesideTheJar() throws IOException {
    assertTrue(Files.isRegularFile(TARGET.resolve("reportgen-cli.jar")));
    assertTrue(Files.readString(LAUNCHER).startsWith("#!/bin/sh\n"));
    assertTrue(
        Files.getPosixFilePermissions(LAUNCHER).contains(PosixFilePermission.OTHERS_EXECUTE),
        "the launcher is executable by everyone");
  }

  @Test
  void launcherRunsTheJarFromAnyDirectoryAndKnowsTheLuxSciModels() throws Exception {
    Result run = exec(temp, Map.of(), LAUNCHER.toString(), "reports", "SentEmail");

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().startsWith("SentEmail \"Sent Email\"\n"), run::toString);
    assertEquals("", run.err(), run::toString);
  }

  @Test
  void launcherWorksThroughASymbolicLink() throws Exception {
    Path bin = Files.createDirectories(temp.resolve("bin"));
    Path link = Files.createSymbolicLink(bin.resolve("reportgen"), LAUNCHER);

    Result run = exec(temp, Map.of(), link.toString(), "--version");

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().startsWith("reportgen "), run::toString);
    Files.delete(link); // JUnit would warn about a link out of its temporary directory
  }

  @Test
  void launcherWithoutItsJarSaysWhereItLooked() throws Exception {
    Path alone = temp.resolve("reportgen");
    Files.copy(LAUNCHER, alone);
    Files.setPosixFilePermissions(alone, Files.getPosixFilePermissions(LAUNCHER));

    Result run = exec(temp, Map.of(), alone.toString(), "--help");

    assertEquals(ExitCodes.IO, run.exit(), run::toString);
    assertEquals(
        "reportgen: cannot find reportgen-cli.jar next to this script (looked in "
            + temp.toRealPath()
            + ")\n",
        run.err());
  }

  @Test
  void launcherPassesJavaOptsToTheJvmSplitAtSpaces() throws Exception {
    Result run =
        exec(
            temp,
            Map.of("JAVA_OPTS", "-XshowSettings:properties -Dreportgen.it.marker=passed"),
            LAUNCHER.toString(),
            "--version");

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.err().contains("reportgen.it.marker = passed"), run::toString);
  }

  @Test
  void reportgenClasspathAddsAModelJarOfYourOwn() throws Exception {
    Result without = exec(temp, Map.of(), LAUNCHER.toString(), "reports");
    assertEquals(0, without.exit(), without::toString);
    assertFalse(without.out().contains("MailboxQuota"), without::toString);

    Result with =
        exec(temp, Map.of("REPORTGEN_CLASSPATH", samplesModels()), LAUNCHER.toString(), "reports");
    assertEquals(0, with.exit(), with::toString);
    assertTrue(with.out().contains("MailboxQuota  \"Mailbox Quota\""), with::toString);
  }

  @Test
  void withOptionReadsAReportOfYourOwnSchema() throws Exception {
    String file = Path.of(Cli.data("mailbox-quota.json")).toAbsolutePath().toString();

    Result run =
        exec(temp, Map.of(), LAUNCHER.toString(), "--with", samplesModels(), "inspect", file);

    assertEquals(0, run.exit(), run::toString);
    assertTrue(
        run.out().contains("report:   MailboxQuota \"Mailbox Quota\" (detected from the header)"),
        run::toString);
  }

  @Test
  void completionFileIsWhatTheCommandsGenerateToday() throws IOException {
    // Same bytes as a fresh generation: up to date with the commands, and deterministic.
    assertEquals(DistributionFiles.completionScript(), Files.readString(COMPLETION));
  }

  @Test
  void bashCompletesCommandsAndOptions() throws Exception {
    assertEquals(List.of("inspect"), complete("reportgen", "in"));
    assertEquals(List.of("--to"), complete("reportgen", "convert", "x.json", "--t"));
    assertEquals(List.of("csv", "jsonl"), complete("reportgen", "convert", "x.json", "--to", ""));
    assertEquals(
        List.of("auto", "csv", "json"), complete("reportgen", "convert", "x.json", "--format", ""));
  }

  /** The completions bash offers for the last of {@code words}, using the generated script. */
  private List<String> complete(String... words) throws Exception {
    StringBuilder script = new StringBuilder("source \"$1\"\nCOMP_WORDS=(");
    List<String> quoted = new ArrayList<>();
    for (String word : words) {
      quoted.add("'" + word + "'");
    }
    script.append(String.join(" ", quoted)).append(")\n");
    script.append("COMP_CWORD=").append(words.length - 1).append('\n');
    script.append("COMP_LINE='").append(String.join(" ", words)).append("'\n");
    script.append("_complete_reportgen\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n");
    Result run =
        exec(temp, Map.of(), "bash", "-c", script.toString(), "bash", COMPLETION.toString());
    assertEquals(0, run.exit(), run::toString);
    return run.out().lines().sorted().toList();
  }
}
