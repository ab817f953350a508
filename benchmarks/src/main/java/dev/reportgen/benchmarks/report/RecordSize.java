package dev.reportgen.benchmarks.report;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;

/**
 * Estimated heap bytes of a record and the values it holds, for the "bytes allocated per row close
 * to the record" comparison. 64-bit HotSpot with compressed oops and class pointers (12-byte
 * header, 4-byte references, 8-byte alignment) and compact strings: a String is 24 bytes plus its
 * byte[] (16 + length, Latin-1); an Instant 24; a boxed Long 16 (none for -128..127, which are
 * cached); enums and the shared empty extras cost nothing per row.
 */
final class RecordSize {
  private RecordSize() {}

  /** Average over {@code rows}. */
  static double averageBytes(List<? extends Record> rows) {
    long sum = 0;
    for (Record row : rows) {
      sum += bytes(row);
    }
    return (double) sum / rows.size();
  }

  static long bytes(Record row) {
    long shallow = 12;
    long deep = 0;
    for (RecordComponent c : row.getClass().getRecordComponents()) {
      Class<?> type = c.getType();
      if (type == long.class || type == double.class) {
        shallow += 8;
        continue;
      }
      shallow += 4;
      Object value;
      try {
        value = c.getAccessor().invoke(row);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (value instanceof String s) {
        boolean latin1 = s.chars().allMatch(ch -> ch < 256);
        deep += 24 + align(16 + (latin1 ? s.length() : 2L * s.length()));
      } else if (value instanceof Instant) {
        deep += 24;
      } else if (value instanceof Long l && (l < -128 || l > 127)) {
        deep += 16;
      } else if (value instanceof Double) {
        deep += 16;
      }
    }
    return align(shallow) + deep;
  }

  private static long align(long n) {
    return (n + 7) & ~7L;
  }
}
