package dev.reportgen.runtime.internal;

import dev.reportgen.runtime.ReportException;
import dev.reportgen.runtime.ReportIoException;
import dev.reportgen.runtime.ReportParseException;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Byte-level preparation of an input (gzip detected by its magic bytes, UTF-8 BOM skipped, JSON
 * UTF-8 checked), and the one place that decides whether an {@link IOException} met while reading
 * is bad data ({@link ReportParseException}) or a failure of the source ({@link
 * ReportIoException}).
 *
 * <p>To tell them apart exactly, the caller's stream or reader is wrapped first: whatever it throws
 * is tagged as a {@link SourceFailure}. Everything untagged was raised by the layers the runtime
 * put on top (gzip, charset decoding, the UTF-8 check) and is about the data: a cut or corrupt gzip
 * stream ({@link EOFException}, {@link ZipException}), undecodable bytes.
 */
public final class InputSources {
  private static final int BUFFER = 1 << 16;

  private InputSources() {}

  /** An I/O failure of the caller's source, tagged so it is never taken for bad data. */
  public static final class SourceFailure extends IOException {
    private static final long serialVersionUID = 1L;

    SourceFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }

    /** What the source threw. */
    public IOException original() {
      return (IOException) getCause();
    }
  }

  /** Bad data found below a parser that cannot report it itself; carries the record's line. */
  public static final class BadInputException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long line;

    public BadInputException(String message, long line) {
      super(message);
      this.line = line;
    }

    public long line() {
      return line;
    }
  }

  /**
   * {@code in}, with its failures tagged, buffered, and decompressed when it starts with the gzip
   * magic bytes {@code 1f 8b}. Supports mark/reset.
   */
  public static BufferedInputStream gunzipIfNeeded(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(new SourceStream(in), BUFFER);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(buffered, BUFFER), BUFFER);
    }
    return buffered;
  }

  /**
   * A JSON byte stream: {@link #gunzipIfNeeded}, and when jackson will read it as UTF-8, checked by
   * {@link Utf8Check} for the sequences jackson does not reject itself.
   */
  public static InputStream jsonBytes(InputStream in) throws IOException {
    BufferedInputStream bytes = gunzipIfNeeded(in);
    bytes.mark(4);
    byte[] start = new byte[4];
    int n = 0;
    int b;
    while (n < 4 && (b = bytes.read()) >= 0) {
      start[n++] = (byte) b;
    }
    bytes.reset();
    return readAsUtf8(start, n) ? Utf8Check.checking(bytes) : bytes;
  }

  /**
   * Whether jackson reads a document starting with {@code b[0, n)} as UTF-8: not when it starts
   * with a UTF-16 byte order mark or has a zero byte among its first four (jackson's UTF-16/32
   * detection; a zero byte there is malformed UTF-8 JSON anyway).
   */
  public static boolean readAsUtf8(byte[] b, int n) {
    if (n >= 2
        && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
            || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
      return false;
    }
    for (int i = 0; i < Math.min(n, 4); i++) {
      if (b[i] == 0) {
        return false;
      }
    }
    return true;
  }

  /** The caller's reader with its failures tagged (a decoding failure in it stays bad data). */
  public static Reader source(Reader in) {
    return new SourceReader(in);
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

  /**
   * The runtime's exception for an {@link IOException} met while opening or reading an input (not
   * jackson's own parse exceptions, which carry their positions): a failure of the source is a
   * {@link ReportIoException} ({@code failed} says what failed, e.g. "reading the CSV input
   * failed"); a truncated or corrupt gzip stream and undecodable bytes are a {@link
   * ReportParseException} at the given position ({@code -1} when unknown; {@code where} is added to
   * the problem text when not empty).
   */
  public static ReportException classify(
      IOException e, String failed, long row, long line, long column, String where) {
    if (e instanceof SourceFailure source) {
      return new ReportIoException(failed, source.original());
    }
    String problem;
    if (e instanceof BadInputException bad) {
      return new ReportParseException(bad.getMessage(), row, null, null, bad.line(), -1, e);
    }
    if (e instanceof Utf8Check.MalformedUtf8Exception) {
      problem = "malformed input: " + e.getMessage();
    } else if (e instanceof CharacterCodingException) {
      problem = "malformed input: not UTF-8 (" + e + ")";
    } else if (e instanceof CharConversionException) {
      problem = "malformed input encoding: " + e.getMessage();
    } else if (e instanceof EOFException || e instanceof ZipException) {
      problem =
          "truncated or corrupt gzip input: "
              + (e.getMessage() != null ? e.getMessage() : "unexpected end of input");
    } else {
      // Not raised by a layer of ours, nor tagged: an unknown source failure.
      return new ReportIoException(failed, e);
    }
    if (where != null && !where.isEmpty()) {
      problem = problem + " " + where;
    }
    return new ReportParseException(problem, row, null, null, line, column, e);
  }

  /**
   * Tags every failure of the caller's stream, an {@link UncheckedIOException} (thrown by adapters
   * over other I/O APIs) as its cause, so the reader reports it as the I/O failure it is. Its one
   * user is the {@link BufferedInputStream} of {@link #gunzipIfNeeded}, which calls only these
   * three methods on the stream below it ({@code skip} once its buffer is empty and its mark
   * dropped); never the one-byte {@code read()} nor {@code markSupported()}, so those are not
   * overridden.
   */
  private static final class SourceStream extends FilterInputStream {
    SourceStream(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return in.read(b, off, len);
      } catch (IOException e) {
        throw tag(e);
      } catch (UncheckedIOException e) {
        throw tag(e.getCause());
      }
    }

    @Override
    public long skip(long n) throws IOException {
      try {
        return in.skip(n);
      } catch (IOException e) {
        throw tag(e);
      } catch (UncheckedIOException e) {
        throw tag(e.getCause());
      }
    }

    @Override
    public int available() throws IOException {
      try {
        return in.available();
      } catch (IOException e) {
        throw tag(e);
      } catch (UncheckedIOException e) {
        throw tag(e.getCause());
      }
    }
  }

  /** Tags the failures of the caller's reader, except its own decoding failures (bad data). */
  private static final class SourceReader extends FilterReader {
    SourceReader(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return in.read();
      } catch (IOException e) {
        throw tagReader(e);
      } catch (UncheckedIOException e) {
        throw tagReader(e.getCause());
      }
    }

    @Override
    public int read(char[] b, int off, int len) throws IOException {
      try {
        return in.read(b, off, len);
      } catch (IOException e) {
        throw tagReader(e);
      } catch (UncheckedIOException e) {
        throw tagReader(e.getCause());
      }
    }

    @Override
    public long skip(long n) throws IOException {
      try {
        return in.skip(n);
      } catch (IOException e) {
        throw tagReader(e);
      } catch (UncheckedIOException e) {
        throw tagReader(e.getCause());
      }
    }

    @Override
    public boolean ready() throws IOException {
      try {
        return in.ready();
      } catch (IOException e) {
        throw tagReader(e);
      } catch (UncheckedIOException e) {
        throw tagReader(e.getCause());
      }
    }

    private static IOException tagReader(IOException e) {
      return e instanceof CharacterCodingException || e instanceof CharConversionException
          ? e
          : tag(e);
    }
  }

  private static IOException tag(IOException e) {
    return e instanceof SourceFailure ? e : new SourceFailure(e);
  }
}
