package dev.reportgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated sources for {@code src/test/resources/schemas/golden} (every feature of the schema
 * language), byte for byte against {@code src/test/resources/golden/}.
 *
 * <p>After an intended change to the generated code, regenerate with {@code mvn -pl processor test
 * -Dtest=GoldenFilesTest -Drecreate=true}: the test rewrites the golden files (and deletes stale
 * ones), says which it changed, and passes. Review the diff before committing.
 */
class GoldenFilesTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden").toAbsolutePath();

  static Compilation compileGoldenSet() {
    return ProcessorFixture.compile(
        ProcessorFixture.packageInfo(
            "com.example.golden",
            "@ReportSchemas(value = \"golden\", registry = \"GoldenReports\")"));
  }

  @Test
  void generatedSourcesMatchGoldenFiles() throws IOException {
    Compilation compilation = compileGoldenSet();
    // -Xlint:all -Werror: the generated code compiles, together with the runtime, without warnings.
    assertThat(compilation).succeededWithoutWarnings();
    SortedMap<String, String> generated = ProcessorFixture.generatedSources(compilation);
    assertThat(generated.keySet())
        .containsExactly(
            "com/example/golden/DeliveryStatus.java",
            "com/example/golden/SecureLineCode.java",
            "com/example/golden/SentEmail.java",
            "com/example/golden/SentEmailParser.java",
            "com/example/golden/SentSummary.java",
            "com/example/golden/SentSummaryParser.java",
            "com/example/golden/GoldenReports.java");

    if (Boolean.getBoolean("recreate")) {
      recreate(generated);
      return;
    }
    TreeSet<String> onDisk = goldenFiles();
    assertWithMessage("golden files (run with -Drecreate=true to regenerate)")
        .that(onDisk)
        .containsExactlyElementsIn(generated.keySet());
    for (Map.Entry<String, String> file : generated.entrySet()) {
      byte[] expected = Files.readAllBytes(GOLDEN.resolve(file.getKey()));
      assertWithMessage(
              "%s differs from the golden file (run with -Drecreate=true to regenerate)",
              file.getKey())
          .that(file.getValue())
          .isEqualTo(new String(expected, StandardCharsets.UTF_8));
      assertThat(file.getValue().getBytes(StandardCharsets.UTF_8)).isEqualTo(expected);
    }
  }

  private static TreeSet<String> goldenFiles() throws IOException {
    TreeSet<String> files = new TreeSet<>();
    if (!Files.isDirectory(GOLDEN)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(GOLDEN)) {
      walk.filter(Files::isRegularFile)
          .forEach(p -> files.add(GOLDEN.relativize(p).toString().replace('\\', '/')));
    }
    return files;
  }

  private static void recreate(SortedMap<String, String> generated) throws IOException {
    for (String stale : goldenFiles()) {
      if (!generated.containsKey(stale)) {
        Files.delete(GOLDEN.resolve(stale));
        System.out.println("[recreate] deleted " + stale);
      }
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path path = GOLDEN.resolve(file.getKey());
      byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
      if (Files.exists(path) && java.util.Arrays.equals(Files.readAllBytes(path), bytes)) {
        continue;
      }
      Files.createDirectories(path.getParent());
      Files.write(path, bytes);
      System.out.println("[recreate] wrote " + file.getKey());
    }
  }

  @Test
  void sameSchemasSameBytes() {
    SortedMap<String, String> first = ProcessorFixture.generatedSources(compileGoldenSet());
    SortedMap<String, String> second = ProcessorFixture.generatedSources(compileGoldenSet());
    assertThat(first).isNotEmpty();
    assertThat(second).isEqualTo(first);
    for (String text : first.values()) {
      // no dates, no absolute paths from this machine
      assertThat(text).doesNotContain("date =");
      assertThat(text).doesNotContain(ProcessorFixture.SCHEMAS.toString());
    }
  }

  @Test
  void generatedCodeCarriesBothGeneratedAnnotations() {
    for (String text : ProcessorFixture.generatedSources(compileGoldenSet()).values()) {
      assertThat(text).contains("@Generated(\"dev.reportgen.processor.ReportgenProcessor\")");
      assertThat(text).contains("@ReportgenGenerated");
    }
  }

  @Test
  void goldenListIsWhatTheTestExpects() {
    assertThat(List.of(GOLDEN.getFileName().toString())).containsExactly("golden");
  }
}
