package dev.reportgen.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** The layout of an input file. */
enum InputFormat {
  /** Guess: by file name ({@code .json}, {@code .csv}, optionally {@code .gz}), else by content. */
  auto,
  /** A JSON API response (or an automated-report push with the same body). */
  json,
  /** A CSV results file of an asynchronous job. */
  csv;

  /** The concrete format of {@code file}: {@link #json} or {@link #csv}. */
  InputFormat resolve(Path file) throws IOException {
    if (this != auto) {
      return this;
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    name = name.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".json")) {
      return json;
    }
    if (name.endsWith(".csv")) {
      return csv;
    }
    return sniff(file);
  }

  /** JSON if the first character that is not a byte-order mark or white space is '{' or '['. */
  private static InputFormat sniff(Path file) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
      raw.mark(2);
      int b0 = raw.read();
      int b1 = raw.read();
      raw.reset();
      InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw) : raw;
      int c = in.read();
      if (c == 0xEF) { // UTF-8 byte-order mark EF BB BF
        in.read();
        in.read();
        c = in.read();
      }
      while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        c = in.read();
      }
      return c == '{' || c == '[' ? json : csv;
    }
  }
}
