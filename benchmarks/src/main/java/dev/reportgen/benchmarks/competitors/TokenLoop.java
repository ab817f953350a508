package dev.reportgen.benchmarks.competitors;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The upper bound: jackson-core's {@code nextToken()} over the whole body, building nothing (string
 * contents are skipped, not decoded, unless asked for).
 */
public final class TokenLoop {
  private TokenLoop() {}

  public static long tokens(byte[] json) throws IOException {
    long n = 0;
    try (JsonParser p = Json.FACTORY.createParser(json)) {
      while (p.nextToken() != null) {
        n++;
      }
    }
    return n;
  }
}
