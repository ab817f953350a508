package dev.reportgen.cli;

/**
 * The exit codes of every {@code reportgen} command. 0 means every row of every file was read and
 * good. A command that reads several files goes on after a file fails and exits with the most
 * serious code of any file (see {@link #worst}).
 */
public final class ExitCodes {
  /** Every file was read to its end and every row of it was good. */
  public static final int OK = 0;

  /**
   * A file's content could not be read as a report: malformed or truncated data, a report that
   * cannot be recognised, a missing required column, a response in which the API reports failure,
   * or (in strict mode) a bad row, which stops the file.
   */
  public static final int DATA = 1;

  /** The command line is wrong: unknown option, missing file name, unknown report name. */
  public static final int USAGE = 2;

  /** A file could not be opened or read, or the output could not be written. */
  public static final int IO = 3;

  /** A bug in reportgen: an unexpected exception. Run again with --verbose and report it. */
  public static final int INTERNAL = 4;

  /**
   * Lenient mode: every file was read to its end, but at least one row was bad; it was skipped and
   * reported with its position, and everything else was read (and written) as usual.
   */
  public static final int BAD_ROWS = 5;

  /** Codes from least to most serious; {@link #worst} keeps the later one. */
  private static final int[] SEVERITY = {OK, BAD_ROWS, DATA, USAGE, IO, INTERNAL};

  private ExitCodes() {}

  /**
   * The more serious of two codes, for a run over several files: internal error, then unreadable
   * file, usage error, bad data, bad rows, and 0 only when both are 0.
   */
  public static int worst(int a, int b) {
    return severity(a) >= severity(b) ? a : b;
  }

  private static int severity(int code) {
    for (int i = 0; i < SEVERITY.length; i++) {
      if (SEVERITY[i] == code) {
        return i;
      }
    }
    throw new IllegalArgumentException("not a reportgen exit code: " + code);
  }
}
