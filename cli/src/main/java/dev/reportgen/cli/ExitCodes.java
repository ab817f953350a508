package dev.reportgen.cli;

/**
 * The exit codes of every {@code reportgen} command. A command that reads several files goes on
 * after a file fails and exits with the largest code of any file.
 */
public final class ExitCodes {
  /** Every file was read to its end. Bad rows skipped in lenient mode do not change this. */
  public static final int OK = 0;

  /**
   * A file's content could not be read as a report: malformed or truncated data, a report that
   * cannot be recognised, a missing required column, a response in which the API reports failure,
   * or (in strict mode) a bad row.
   */
  public static final int DATA = 1;

  /** The command line is wrong: unknown option, missing file name, unknown report name. */
  public static final int USAGE = 2;

  /** A file could not be opened or read, or the output could not be written. */
  public static final int IO = 3;

  /** A bug in reportgen: an unexpected exception. Run again with --verbose and report it. */
  public static final int INTERNAL = 4;

  private ExitCodes() {}
}
