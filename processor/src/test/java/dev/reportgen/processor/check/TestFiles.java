package dev.reportgen.processor.check;

import dev.reportgen.processor.schema.SchemaFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Schema files from the test resources, named as the processor would name them. */
public final class TestFiles {
  private TestFiles() {}

  /** The resource at {@code path} (relative to the test resources root) as a schema file. */
  public static SchemaFile load(String path) {
    try (InputStream in = TestFiles.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new SchemaFile(path, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
