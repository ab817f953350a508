package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import java.io.InputStream;

/**
 * jackson's byte parser over a document in memory or over the buffer it refills from a stream, with
 * its position open to the row scanner: the scanner reads rows from the bytes where jackson stands
 * and then puts jackson where it would stand had it read those rows itself (same pointer, line,
 * line start, token location, context index), so whatever jackson reads after that carries exactly
 * the positions and messages it would have.
 *
 * <p>The state set here is the state jackson's own {@code nextToken} leaves after a closing bracket
 * (UTF8StreamJsonParser and ParserBase of jackson-core 2.20: {@code _closeArrayScope}, {@code
 * _updateLocation}); {@code ScannerDifferentialTest} holds the two paths equal.
 */
final class ScannableParser extends UTF8StreamJsonParser {
  /** Set when the runtime checked the bytes are valid UTF-8: only then may the scanner decode. */
  private boolean utf8Checked;

  ScannableParser(
      IOContext ctxt,
      int features,
      InputStream in,
      ObjectCodec codec,
      ByteQuadsCanonicalizer symbols,
      byte[] data,
      int start,
      int end,
      int bytesPreProcessed,
      boolean bufferRecyclable) {
    super(
        ctxt, features, in, codec, symbols, data, start, end, bytesPreProcessed, bufferRecyclable);
  }

  void markUtf8Checked() {
    utf8Checked = true;
  }

  /**
   * Whether jackson has just returned the opening bracket of an array and holds nothing read ahead:
   * the bytes after {@link #pointer()} are all unread.
   */
  boolean atArrayStart() {
    return utf8Checked && _currToken == JsonToken.START_ARRAY && holdsNothingAhead();
  }

  /**
   * Whether jackson has just returned the closing bracket of an array whose enclosing array is at
   * nesting depth {@code depth} (a row's, in the row list), holding nothing read ahead.
   */
  boolean atArrayEnd(int depth) {
    return utf8Checked
        && _currToken == JsonToken.END_ARRAY
        && holdsNothingAhead()
        && _parsingContext.getNestingDepth() == depth
        && _parsingContext.inArray();
  }

  private boolean holdsNothingAhead() {
    return !_tokenIncomplete && _nextToken == null && !_closed;
  }

  /**
   * Elements jackson has counted in the array it is in (the rows the scanner handed back count,
   * {@link #resumeInArray}).
   */
  int elementsRead() {
    return _parsingContext.getEntryCount();
  }

  byte[] bytes() {
    return _inputBuffer;
  }

  /** Index of the first unread byte. */
  int pointer() {
    return _inputPtr;
  }

  /** End of the bytes: of the document, or of what jackson holds of a stream. */
  int end() {
    return _inputEnd;
  }

  /** 1-based line jackson is on. */
  int lineNumber() {
    return _currInputRow;
  }

  /** Index of the first byte of that line (columns count bytes from it). */
  int lineStart() {
    return _currInputRowStart;
  }

  /**
   * As if jackson had read {@code rows} more elements of the array it is in, the last one's closing
   * bracket ending just before {@code pointer}, on line {@code line} starting at {@code lineStart}.
   */
  void resumeInArray(int pointer, int line, int lineStart, int rows) {
    for (int i = 0; i < rows; i++) {
      _parsingContext.expectComma(); // counts one element, as jackson does per element
    }
    standAfterClosingBracket(pointer, line, lineStart);
  }

  /**
   * As if jackson had read the rest of the array it is in, its closing bracket ending just before
   * {@code pointer}: the array's context is left, the enclosing one is current.
   */
  void resumeAfterArray(int pointer, int line, int lineStart) {
    _parsingContext = _parsingContext.clearAndGetParent();
    standAfterClosingBracket(pointer, line, lineStart);
  }

  private void standAfterClosingBracket(int pointer, int line, int lineStart) {
    _inputPtr = pointer;
    _currInputRow = line;
    _currInputRowStart = lineStart;
    _tokenInputRow = line;
    _tokenInputTotal = _currInputProcessed + pointer;
    _tokenInputCol = pointer - lineStart;
    _numTypesValid = NR_UNKNOWN;
    _binaryValue = null;
    _currToken = JsonToken.END_ARRAY;
  }

  /** Nesting depth of the current context (the root is 0). */
  int depth() {
    return _parsingContext.getNestingDepth();
  }
}
