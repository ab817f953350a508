package dev.reportgen.runtime.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.Arrays;

/**
 * FastCSV callback handler that copies each record's fields into one reusable char buffer, so a
 * record costs no String per field; {@link #buildRecord()} returns this same object, valid until
 * the next record is read. Stops storing fields beyond the limits and flags the record instead, so
 * a hostile record cannot grow memory.
 */
final class CsvRecordBuffer extends AbstractBaseCsvCallbackHandler<CsvRecordBuffer> {
  private final int maxFields;
  private final int maxFieldLength;
  char[] chars = new char[1024];
  int[] starts = new int[32];
  int[] lengths = new int[32];
  int count;
  int used;
  long line;
  boolean lastFieldQuoted;

  /** Set when the record had more than maxFields fields; {@link #count} stays at the limit. */
  boolean tooManyFields;

  /** Index of a field longer than maxFieldLength, or -1. */
  int tooLongField = -1;

  CsvRecordBuffer(int maxFields, int maxFieldLength) {
    this.maxFields = maxFields;
    this.maxFieldLength = maxFieldLength;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    line = startingLineNumber;
    count = 0;
    used = 0;
    tooManyFields = false;
    tooLongField = -1;
    lastFieldQuoted = false;
  }

  @Override
  protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
    lastFieldQuoted = quoted;
    if (count >= maxFields) {
      tooManyFields = true;
      return;
    }
    if (length > maxFieldLength) {
      if (tooLongField < 0) {
        tooLongField = count;
      }
      // The end mark must stay recognisable under any limit (it is checked before the limits):
      // a field of up to its length is kept; it costs no more memory than the mark itself.
      if (length > EndMark.LENGTH) {
        length = 0;
      }
    }
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      lengths = Arrays.copyOf(lengths, count * 2);
    }
    if (used + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
    }
    System.arraycopy(buf, offset, chars, used, length);
    starts[count] = used;
    lengths[count] = length;
    used += length;
    count++;
  }

  @Override
  protected CsvRecordBuffer buildRecord() {
    return this;
  }

  String field(int i) {
    return new String(chars, starts[i], lengths[i]);
  }
}
