package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportException;
import dev.reportgen.runtime.internal.InputSources;
import dev.reportgen.runtime.internal.Utf8Check;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Builds the jackson factory for a set of {@link ReadOptions} (limits enforced by jackson itself)
 * and the parsers over each kind of input. Public for the readers outside this package that walk a
 * response themselves (header detection); the row cursors are opened through {@link JsonCursors}.
 * The factory is jackson's, except that it gives documents in memory a parser the row scanner can
 * take over ({@link ScannableJsonFactory}) when the jackson-core running is the one the scanner was
 * verified against ({@link ScannerJacksonCheck}).
 */
public final class JsonParsers {
  private JsonParsers() {}

  public static JsonFactory factory(ReadOptions options) {
    return factory(options, ScannerJacksonCheck.USABLE);
  }

  /**
   * {@code scannable} false (another jackson-core than the scanner was verified against, or a test)
   * builds jackson's own factory: every row goes the general path.
   */
  static JsonFactory factory(ReadOptions options, boolean scannable) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(options.maxNestingDepth())
            .maxStringLength(options.maxStringLength())
            .maxNameLength(options.maxStringLength())
            .maxNumberLength(options.maxNumberLength())
            .maxDocumentLength(-1L) // job-sized responses are legitimate; rows stream
            .maxTokenCount(-1L)
            .build();
    JsonFactoryBuilder builder =
        new JsonFactoryBuilder()
            .streamReadConstraints(constraints)
            // Canonicalised names make the per-position key cache hit by identity; interning would
            // only put hostile key names into the JVM's string table.
            .enable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES);
    return scannable ? new ScannableJsonFactory(builder) : new JsonFactory(builder);
  }

  /**
   * A parser over a caller's stream: gzip detected, UTF-8 checked ({@link InputSources#jsonBytes}).
   * Closes {@code in} and throws the runtime's exception when already opening fails (jackson reads
   * the first bytes to detect the encoding).
   */
  public static JsonParser open(JsonFactory factory, InputStream in) {
    try {
      JsonParser parser = factory.createParser(InputSources.jsonBytes(in));
      if (ScannerJacksonCheck.USABLE && parser instanceof ScannableParser scannable) {
        // The checking stream hands jackson no sequence jackson would accept wrongly, except a
        // lead byte at the end of a read whose next byte decides: a sequence the scanner cannot
        // finish inside the buffer, so it gives that row to jackson, which reads on as before.
        scannable.markUtf8Checked();
      }
      return parser;
    } catch (IOException e) {
      closeQuietly(in);
      throw openingFailed(e);
    }
  }

  /**
   * A parser over a document in memory (not gzip-compressed: see {@link #open(JsonFactory,
   * InputStream)}). Valid UTF-8 is parsed straight from the array after one fast scan; when the
   * scan finds a sequence jackson would accept wrongly, the parse goes through the checking stream
   * instead, so it fails at that sequence with jackson's position.
   */
  public static JsonParser open(JsonFactory factory, byte[] json) {
    try {
      if (InputSources.readAsUtf8(json, json.length)
          && Utf8Check.firstInvalid(json, 0, json.length) >= 0) {
        return factory.createParser(Utf8Check.checking(new ByteArrayInputStream(json)));
      }
      JsonParser parser = factory.createParser(json);
      if (ScannerJacksonCheck.USABLE && parser instanceof ScannableParser scannable) {
        scannable.markUtf8Checked(); // valid UTF-8: the row scanner may decode the bytes itself
      }
      return parser;
    } catch (IOException e) {
      throw openingFailed(e);
    }
  }

  /** A parser over characters. */
  public static JsonParser open(JsonFactory factory, Reader in) {
    try {
      return factory.createParser(InputSources.source(in));
    } catch (IOException e) {
      try {
        in.close();
      } catch (IOException closing) {
        // Already failing.
      }
      throw openingFailed(e);
    }
  }

  private static ReportException openingFailed(IOException e) {
    return JsonFailures.convert(null, e, -1, "opening the JSON input failed");
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // Already failing.
    }
  }
}
