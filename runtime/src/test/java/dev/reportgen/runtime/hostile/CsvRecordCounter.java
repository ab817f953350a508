package dev.reportgen.runtime.hostile;

import java.nio.charset.StandardCharsets;

/**
 * An independent RFC 4180 record counter, the oracle for "rows delivered + errors reported ==
 * records in the input": quotes open only at the start of a field, {@code ""} escapes a quote, CR,
 * LF and CRLF end a record, empty lines are skipped (as the runtime's dialect says). Returns -1
 * when the text is not well-formed CSV (unterminated quote, text after a closing quote).
 */
final class CsvRecordCounter {
  private CsvRecordCounter() {}

  static int records(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    int i = s.startsWith("\uFEFF") ? 1 : 0;
    int n = s.length();
    int records = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\r' || c == '\n') {
        i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
        continue; // empty line
      }
      records++;
      // One record: fields until a line end or the end of input.
      while (true) {
        if (i < n && s.charAt(i) == '"') {
          i++;
          while (true) {
            if (i >= n) {
              return -1; // unterminated
            }
            if (s.charAt(i) == '"') {
              if (i + 1 < n && s.charAt(i + 1) == '"') {
                i += 2;
                continue;
              }
              i++;
              break;
            }
            i++;
          }
          if (i < n && s.charAt(i) != ',' && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
            return -1; // text after the closing quote
          }
        } else {
          while (i < n && s.charAt(i) != ',' && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
            i++;
          }
        }
        if (i < n && s.charAt(i) == ',') {
          i++;
          continue;
        }
        break;
      }
      if (i < n) {
        i += s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
      }
    }
    return records;
  }
}
