package dev.reportgen.runtime.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV document together with the byte layout of its records and fields, so that a test can say
 * exactly what a cut at any byte offset leaves behind. Records end with CRLF.
 *
 * @param bytes the whole file
 * @param records record 0 is the header
 */
record CsvDoc(byte[] bytes, List<Rec> records) {

  /**
   * One encoded field: bytes {@code [start, end)} of the file, quotes included.
   *
   * @param text the field's value (unescaped)
   */
  record Field(int start, int end, boolean quoted, String text) {}

  /**
   * One record: fields, the offset where its line break starts ({@code contentEnd}) and where the
   * next record starts ({@code end}), and the 1-based line it starts on.
   */
  record Rec(int start, int contentEnd, int end, long line, List<Field> fields) {}

  /** Whether byte offset {@code cut} falls between the bytes of one multi-byte UTF-8 character. */
  boolean splitsCharacter(int cut) {
    return cut > 0 && cut < bytes.length && (bytes[cut] & 0xC0) == 0x80;
  }

  static final class Builder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Rec> records = new ArrayList<>();
    private long line = 1;

    /** Appends a record, quoting fields that need it and those at {@code forceQuoted}. */
    Builder record(List<String> fields, List<Integer> forceQuoted) {
      int start = out.size();
      List<Field> encoded = new ArrayList<>();
      long startLine = line;
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          write(",");
        }
        String text = fields.get(i);
        boolean quoted = Payloads.needsQuotes(text) || forceQuoted.contains(i);
        int fieldStart = out.size();
        write(quoted ? Payloads.quote(text) : text);
        encoded.add(new Field(fieldStart, out.size(), quoted, text));
        line += text.chars().filter(c -> c == '\n').count();
      }
      int contentEnd = out.size();
      write("\r\n");
      line++;
      records.add(new Rec(start, contentEnd, out.size(), startLine, List.copyOf(encoded)));
      return this;
    }

    private void write(String s) {
      out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    CsvDoc build() {
      return new CsvDoc(out.toByteArray(), List.copyOf(records));
    }
  }
}
