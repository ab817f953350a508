package dev.reportgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Streams far more rows than a 24 MB heap could hold (3 million rows, several hundred MB of input)
 * through the reader in a child JVM, and checks that heap use stays flat.
 */
class StreamingMemoryTest {
  @ParameterizedTest
  @CsvSource({"json,3000000", "csv,3000000"})
  void memoryStaysFlatWhateverTheRowCount(String format, long rows)
      throws IOException, InterruptedException {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                java,
                "-Xmx24m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                StreamingMemoryMain.class.getName(),
                format,
                Long.toString(rows)));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "child JVM timed out");
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), text);
    Map<String, Long> values = new HashMap<>();
    for (String line : text.split("\\R")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        values.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1).trim()));
      }
    }
    assertEquals(rows, values.get("rows"), text);
    assertEquals(rows * (rows - 1) / 2, values.get("sum"), text);
    if ("json".equals(format)) {
      assertEquals(rows, values.get("total"), text);
    }
    long early = values.get("early");
    long late = values.get("late");
    assertTrue(values.get("max") <= 32L << 20, text);
    // Flat: after millions of rows the live heap is within 2 MB of what it was after 100,000.
    assertTrue(late - early < 2L << 20, "heap grew from " + early + " to " + late + "\n" + text);
  }
}
