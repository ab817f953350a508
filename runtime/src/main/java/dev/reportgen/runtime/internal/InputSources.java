package dev.reportgen.runtime.internal;

import dev.reportgen.runtime.ReportIoException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Byte-level preparation of an input: gzip detected by its magic bytes, UTF-8 BOM skipped. */
public final class InputSources {
  private static final int BUFFER = 1 << 16;

  private InputSources() {}

  /** {@code in}, decompressed when it starts with the gzip magic bytes {@code 1f 8b}. */
  public static InputStream gunzipIfNeeded(InputStream in) throws IOException {
    BufferedInputStream buffered =
        in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, BUFFER);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(buffered, BUFFER), BUFFER);
    }
    return buffered;
  }

  /** Skips a UTF-8 byte order mark; {@code in} must support mark/reset. */
  public static InputStream skipUtf8Bom(InputStream in) throws IOException {
    in.mark(3);
    if (in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
      return in;
    }
    in.reset();
    return in;
  }

  /** Wraps an I/O failure of the source. */
  public static ReportIoException ioFailure(String what, IOException e) {
    return new ReportIoException(what, e);
  }
}
