package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import dev.reportgen.runtime.internal.InputSources;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/**
 * jackson's factory, except that a byte array or a stream jackson reads as UTF-8 gets a {@link
 * ScannableParser}: the same parser, whose position the row scanner ({@link ArrayRowScanner}) can
 * read and move. Everything else (limits, features, other encodings, readers) is jackson's own.
 */
final class ScannableJsonFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  ScannableJsonFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  private ScannableJsonFactory(ScannableJsonFactory source) {
    super(source, null);
  }

  /** jackson requires a subclass to copy itself (it refuses to copy into its own class). */
  @Override
  public JsonFactory copy() {
    return new ScannableJsonFactory(this);
  }

  /**
   * As jackson's bootstrapper: four bytes with no zero among them and no UTF-16 byte order mark are
   * UTF-8 (a UTF-8 byte order mark is skipped but counted in columns), read by the byte parser when
   * names are canonicalised. Anything else goes the way jackson decides.
   */
  @Override
  protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt)
      throws IOException {
    if (offset != 0
        || len < 4
        || !InputSources.readAsUtf8(data, len)
        || !Feature.CHARSET_DETECTION.enabledIn(_factoryFeatures)
        || !Feature.CANONICALIZE_FIELD_NAMES.enabledIn(_factoryFeatures)) {
      return super._createParser(data, offset, len, ctxt);
    }
    int bom =
        (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF ? 3 : 0;
    return new ScannableParser(
        ctxt,
        _parserFeatures,
        null,
        _objectCodec,
        _byteSymbolCanonicalizer.makeChild(_factoryFeatures),
        data,
        bom,
        len,
        bom,
        false);
  }

  /**
   * As jackson's bootstrapper over a stream: it reads into a recyclable buffer until at least four
   * bytes are there (each read asking for the rest of the buffer, stopping at a read of none), then
   * decides as for a byte array. When those bytes are UTF-8 the byte parser starts on that buffer,
   * just as jackson's would; otherwise jackson's own bootstrapper gets the same bytes followed by
   * the rest of the stream, so it reads what it would have read.
   */
  @Override
  protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    if (!Feature.CHARSET_DETECTION.enabledIn(_factoryFeatures)
        || !Feature.CANONICALIZE_FIELD_NAMES.enabledIn(_factoryFeatures)) {
      return super._createParser(in, ctxt);
    }
    byte[] buffer = ctxt.allocReadIOBuffer();
    int end = 0;
    try {
      while (end < 4) {
        int count = in.read(buffer, end, buffer.length - end);
        if (count < 1) {
          break;
        }
        end += count;
      }
    } catch (IOException | RuntimeException e) {
      if (ctxt.isResourceManaged()) {
        try {
          in.close();
        } catch (Exception closing) {
          e.addSuppressed(closing);
        }
      }
      ctxt.close();
      throw e;
    }
    if (end < 4 || !InputSources.readAsUtf8(buffer, end)) {
      byte[] read = Arrays.copyOf(buffer, end);
      ctxt.releaseReadIOBuffer(buffer);
      return super._createParser(new SequenceInputStream(new ByteArrayInputStream(read), in), ctxt);
    }
    int bom =
        (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB && (buffer[2] & 0xff) == 0xBF
            ? 3
            : 0;
    return new ScannableParser(
        ctxt,
        _parserFeatures,
        in,
        _objectCodec,
        _byteSymbolCanonicalizer.makeChild(_factoryFeatures),
        buffer,
        bom,
        end,
        bom,
        true);
  }
}
