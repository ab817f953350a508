package dev.reportgen.runtime.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the corpus from the test class path. */
final class CorpusFiles {
  private CorpusFiles() {}

  static byte[] read(String resource) {
    try (InputStream in = CorpusFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** File names in a resource directory (the test classes are a plain directory). */
  static List<String> list(String dir) throws IOException {
    URL url = CorpusFiles.class.getResource(dir);
    if (url == null) {
      throw new IllegalStateException("missing test resource directory " + dir);
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      List<String> names = new ArrayList<>();
      files.forEach(p -> names.add(p.getFileName().toString()));
      return names;
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
