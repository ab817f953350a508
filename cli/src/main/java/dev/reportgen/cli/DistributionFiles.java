package dev.reportgen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import picocli.AutoComplete;

/**
 * Writes the files that ship next to {@code reportgen-cli.jar}: the {@code reportgen} launcher
 * (copied from its source, made executable) and {@code reportgen_completion}, the bash and zsh
 * completion script picocli generates from the command classes. The build runs it
 * (exec-maven-plugin, {@code prepare-package}), so the completion always matches the commands.
 *
 * <p>Both files depend only on their inputs (no time stamp, no absolute path), so every build
 * writes the same bytes.
 */
public final class DistributionFiles {
  /** The launcher's file name, which is also the command name the completion is bound to. */
  static final String LAUNCHER = "reportgen";

  /** The completion script's file name. */
  static final String COMPLETION = "reportgen_completion";

  private static final Set<PosixFilePermission> EXECUTABLE =
      EnumSet.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE,
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_EXECUTE);

  private DistributionFiles() {}

  /**
   * {@code DistributionFiles LAUNCHER_SOURCE TARGET_DIR}: writes {@code TARGET_DIR/reportgen} and
   * {@code TARGET_DIR/reportgen_completion}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "usage: DistributionFiles LAUNCHER_SOURCE TARGET_DIR, got " + args.length + " arguments");
    }
    Path directory = Path.of(args[1]);
    Files.createDirectories(directory);
    writeLauncher(Path.of(args[0]), directory.resolve(LAUNCHER));
    Files.writeString(directory.resolve(COMPLETION), completionScript(), StandardCharsets.UTF_8);
  }

  /** The completion script for the {@code reportgen} command and all its subcommands. */
  static String completionScript() {
    return AutoComplete.bash(LAUNCHER, ReportgenCli.newCommandLine());
  }

  private static void writeLauncher(Path source, Path target) throws IOException {
    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    // On a file system without POSIX permissions (Windows) there is no bit to set; the script is
    // for POSIX shells anyway.
    if (Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(target, EXECUTABLE);
    }
  }
}
