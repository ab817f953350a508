package dev.reportgen.runtime.csv;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

/**
 * A record appended after the last byte of the input, so FastCSV's own parse says whether the input
 * ended inside a quoted field: FastCSV hands out an unterminated quoted field at the end of input
 * as if it were closed. After the input, {@code CRLF} plus a one-field mark follow: when the input
 * ended outside quotes, they end its last record (or form an empty line, which is skipped) and the
 * mark arrives as a record of its own, the last one; when it ended inside a quoted field, they
 * become part of that field and no mark record arrives. No second pass over the characters is
 * needed.
 */
final class EndMark {
  /** Control characters around a name: text no report field is expected to hold alone. */
  private static final String MARK = "\u0000reportgen:end-of-input\u0000";

  /** Length of the mark in chars. */
  static final int LENGTH = MARK.length();

  private static final byte[] SUFFIX = ("\r\n" + MARK).getBytes(StandardCharsets.UTF_8);

  private EndMark() {}

  /** {@code input} followed by the mark. */
  static InputStream append(InputStream input) {
    return new SequenceInputStream(input, new ByteArrayInputStream(SUFFIX));
  }

  /**
   * Whether {@code record}, the last record FastCSV read, is the mark: one unquoted field holding
   * exactly the mark. Only the last record is ever tested, so input that holds the same text
   * earlier is read as data.
   */
  static boolean is(CsvRecordBuffer record) {
    if (record.count != 1 || record.lastFieldQuoted || record.lengths[0] != MARK.length()) {
      return false;
    }
    int start = record.starts[0];
    for (int i = 0; i < MARK.length(); i++) {
      if (record.chars[start + i] != MARK.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
