package dev.reportgen.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/testing.md shows the example test exactly as it is compiled and run here. */
class TestingDocTest {
  private static final Path DOC = Path.of("..", "docs", "testing.md");
  private static final Path EXAMPLE =
      Path.of("src", "test", "java", "com", "example", "sdk", "SentMailClientTest.java");

  @Test
  void theDocumentedExampleIsTheTestedOne() throws IOException {
    String doc = Files.readString(DOC);
    int section = doc.indexOf("## A complete JUnit 5 test");
    int start = doc.indexOf("```java\n", section) + "```java\n".length();
    int end = doc.indexOf("```\n", start);
    assertEquals(
        Files.readString(EXAMPLE),
        doc.substring(start, end),
        "docs/testing.md's example differs from " + EXAMPLE);
  }
}
