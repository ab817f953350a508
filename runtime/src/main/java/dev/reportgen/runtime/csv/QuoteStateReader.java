package dev.reportgen.runtime.csv;

import dev.reportgen.runtime.internal.InputSources;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * Follows the RFC 4180 quote state over every character FastCSV reads, so an unterminated quoted
 * field at the end of the input is caught: FastCSV hands such a field out as if it were closed.
 * Quotes open a field only at its start, {@code ""} inside a quoted field is a quote, and CR, LF
 * or CRLF end a record outside quotes. Lines are counted as FastCSV counts them (CR, LF and CRLF
 * each end a line, inside quotes too), so the record that holds the open quote is known by the
 * line it starts on: {@link CsvRowCursor} refuses that record instead of delivering it.
 *
 * <p>It also stops FastCSV 4.1.0 misreading a quoted field that holds a CR not followed by LF when
 * an LF right after the closing quote ends the record (records are dropped or merged): such input
 * fails instead ({@link InputSources.BadInputException}). Fields with CRLF, or with a lone CR
 * followed by a separator or CR, read correctly and are not affected.
 *
 * <p>Cost: one pass over the characters in tight per-state loops (to the next {@code ,}, CR or
 * LF outside quotes; to the next {@code "}, CR or LF inside).
 */
final class QuoteStateReader extends FilterReader {
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  /** Inside a quoted field, just after a {@code "}: the closing quote or half of {@code ""}. */
  private static final int QUOTE_SEEN = 3;

  private int state = FIELD_START;
  /** At FIELD_START: no character of the current record seen yet (a line break is empty). */
  private boolean recordStart = true;
  private boolean afterCr;
  private long line = 1;
  private long recordLine = 1;
  private long quoteLine = 1;
  private boolean eof;
  /** The current quoted field holds a CR not followed by LF. */
  private boolean loneCr;

  QuoteStateReader(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n;
    try {
      n = in.read(buf, off, len);
    } catch (CharacterCodingException e) {
      if (in instanceof StrictUtf8Reader utf8) {
        // Not delivered, but counted: line() is then the line of the malformed bytes.
        track(buf, off, off + utf8.decodedBeforeFailure());
      }
      throw e;
    }
    if (n < 0) {
      eof = true;
    } else if (n > 0) {
      track(buf, off, off + n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skip is not supported"); // FastCSV never skips; tracking needs all
  }

  private void track(char[] buf, int i, int end) throws IOException {
    int s = state;
    long ln = line;
    boolean cr = afterCr;
    while (i < end) {
      char c = buf[i++];
      if (c == '\n' || c == '\r') {
        if (s == QUOTED && cr && c == '\r') {
          loneCr = true;
        } else if (s == QUOTE_SEEN && c == '\n' && loneCr) {
          // FastCSV 4.1.0 misreads a quoted last field holding a lone CR when LF ends the record
          // (it drops or merges records); fail rather than deliver wrong rows.
          throw new InputSources.BadInputException(
              "unsupported CSV: a quoted field holding a CR without LF ends its record with LF"
                  + " (the quote opened on line " + quoteLine + ")",
              recordLine);
        }
        if (c == '\r' || !cr) {
          ln++;
        }
        cr = c == '\r';
        if (s == UNQUOTED || s == QUOTE_SEEN || s == FIELD_START && !recordStart) {
          s = FIELD_START;
          recordStart = true;
        }
        continue; // inside quotes, or an empty line
      }
      if (cr && s == QUOTED) {
        loneCr = true;
      }
      cr = false;
      switch (s) {
        case FIELD_START:
          if (recordStart) {
            recordStart = false;
            recordLine = ln;
          }
          if (c == '"') {
            s = QUOTED;
            quoteLine = ln;
            loneCr = false;
          } else if (c != ',') {
            s = UNQUOTED;
          }
          break;
        case UNQUOTED:
          while (c != ',') {
            if (i == end) {
              state = s;
              line = ln;
              afterCr = false;
              return;
            }
            c = buf[i];
            if (c <= '\r' && (c == '\n' || c == '\r')) {
              break;
            }
            i++;
          }
          if (c == ',') {
            s = FIELD_START;
          }
          break;
        case QUOTED:
          while (c != '"') {
            if (i == end) {
              state = s;
              line = ln;
              afterCr = false;
              return;
            }
            c = buf[i];
            if (c <= '\r' && (c == '\n' || c == '\r')) {
              break;
            }
            i++;
          }
          if (c == '"') {
            s = QUOTE_SEEN;
          }
          break;
        default: // QUOTE_SEEN
          if (c == '"') {
            s = QUOTED; // an escaped quote
          } else if (c == ',') {
            s = FIELD_START;
          } else {
            s = UNQUOTED; // text after the closing quote: FastCSV reports it
          }
          break;
      }
    }
    state = s;
    line = ln;
    afterCr = cr;
  }

  /** Whether the whole input was read and it ends inside a quoted field. */
  boolean endsInsideQuotes() {
    return eof && state == QUOTED;
  }

  /** The line the last record started on (the record holding the open quote, at the end). */
  long lastRecordLine() {
    return recordLine;
  }

  /** The line the last quoted field opened on. */
  long quoteLine() {
    return quoteLine;
  }

  /** The line of the last character read. */
  long line() {
    return line;
  }
}
