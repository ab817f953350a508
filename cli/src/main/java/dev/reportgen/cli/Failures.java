package dev.reportgen.cli;

import dev.reportgen.runtime.ReportErrorResponseException;
import dev.reportgen.runtime.ReportException;
import dev.reportgen.runtime.ReportIoException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns a failure into one plain line (or a stack trace with --verbose) and an exit code. */
final class Failures {
  private Failures() {}

  /** Prints {@code reportgen: FILE: message} and returns the exit code for {@code failure}. */
  static int report(PrintWriter err, Path file, Throwable failure, boolean verbose) {
    String prefix = "reportgen: " + (file == null ? "" : file + ": ");
    err.println(prefix + message(failure));
    if (verbose) {
      failure.printStackTrace(err);
    }
    err.flush();
    return exitCode(failure);
  }

  static int exitCode(Throwable failure) {
    if (failure instanceof CliException cli) {
      return cli.exitCode();
    }
    if (failure instanceof ReportIoException
        || failure instanceof IOException
        || failure instanceof UncheckedIOException) {
      return ExitCodes.IO;
    }
    if (failure instanceof ReportException) {
      return ExitCodes.DATA;
    }
    return ExitCodes.INTERNAL;
  }

  /** Why an I/O operation failed, without the file name: "no such file", "permission denied". */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  static String message(Throwable failure) {
    Throwable io = failure instanceof UncheckedIOException u ? u.getCause() : failure;
    if (failure instanceof ReportIoException rio) {
      io = rio.getCause();
    }
    if (io instanceof IOException e) {
      String reason = reason(e);
      return e instanceof NoSuchFileException || e instanceof AccessDeniedException
          ? reason
          : "cannot read: " + reason;
    }
    if (failure instanceof ReportErrorResponseException error) {
      return error.getMessage();
    }
    if (failure instanceof CliException || failure instanceof ReportException) {
      return failure.getMessage();
    }
    return "internal error: " + failure + " (run again with --verbose for the stack trace)";
  }
}
