package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import dev.reportgen.runtime.internal.InputSources;
import java.io.IOException;

/**
 * jackson's factory, except that a byte array jackson reads as UTF-8 gets a {@link
 * ScannableParser}: the same parser, whose position the row scanner ({@link ArrayRowScanner}) can
 * read and move. Everything else (limits, features, streams, readers) is jackson's own.
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
        _objectCodec,
        _byteSymbolCanonicalizer.makeChild(_factoryFeatures),
        data,
        bom,
        len,
        bom);
  }
}
