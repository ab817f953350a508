package dev.reportgen.runtime.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** The byte stream under a writer: optionally gzip, whose flush is a sync flush. */
final class Outputs {
  private static final int GZIP_BUFFER = 8192;

  private Outputs() {}

  static OutputStream maybeGzip(OutputStream out, boolean gzip) {
    if (!gzip) {
      return out;
    }
    try {
      return new GZIPOutputStream(out, GZIP_BUFFER, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the gzip stream", e);
    }
  }
}
