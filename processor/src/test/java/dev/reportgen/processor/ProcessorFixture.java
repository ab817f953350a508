package dev.reportgen.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.reportgen.processor.codegen.ProcessorVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/** Runs javac with the processor on a {@code package-info.java}, the way a user's build does. */
final class ProcessorFixture {
  /** The schema root of the tests: {@code src/test/resources/schemas} (module directory). */
  static final Path SCHEMAS = Path.of("src/test/resources/schemas").toAbsolutePath();

  private ProcessorFixture() {}

  static JavaFileObject packageInfo(String packageName, String annotation) {
    return JavaFileObjects.forSourceString(
        packageName + ".package-info",
        annotation
            + "\npackage "
            + packageName
            + ";\n\nimport dev.reportgen.runtime.ReportSchemas;\n");
  }

  /** Compiles with {@code -Xlint:all -Werror} and the schema path option. */
  static Compilation compile(JavaFileObject source, String... extraOptions) {
    return compile(List.of(source), extraOptions);
  }

  static Compilation compile(JavaFileObject first, JavaFileObject second) {
    return compile(List.of(first, second));
  }

  static Compilation compile(List<JavaFileObject> sources, String... extraOptions) {
    List<String> options = new ArrayList<>();
    options.add("-Areportgen.schemaPath=" + SCHEMAS);
    options.add("-Xlint:all");
    options.add("-Werror");
    options.addAll(List.of(extraOptions));
    return Compiler.javac()
        .withProcessors(new ReportgenProcessor())
        .withOptions(options)
        .compile(sources);
  }

  /** Compiles without any processor option: the Filer finds the schemas on the class path. */
  static Compilation compileWithoutOptions(JavaFileObject source) {
    return Compiler.javac()
        .withProcessors(new ReportgenProcessor())
        .withOptions("-Xlint:all", "-Werror")
        .compile(source);
  }

  /**
   * Runs javac for real (not in memory) with the processor and {@code -s}/{@code -d} in a fresh
   * temporary directory, and returns every file written there: for failed compilations, whose
   * generated files compile-testing does not expose.
   */
  static List<String> filesWrittenByFailingCompile(JavaFileObject source, String... extraOptions)
      throws IOException {
    Path out = java.nio.file.Files.createTempDirectory("reportgen-out");
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    List<String> options = new ArrayList<>();
    options.add("-Areportgen.schemaPath=" + SCHEMAS);
    options.addAll(List.of("-d", out.toString(), "-s", out.toString(), "-proc:only"));
    options.addAll(List.of(extraOptions));
    javax.tools.DiagnosticCollector<JavaFileObject> diagnostics =
        new javax.tools.DiagnosticCollector<>();
    javax.tools.JavaCompiler.CompilationTask task =
        javac.getTask(null, null, diagnostics, options, null, List.of(source));
    task.setProcessors(List.of(new ReportgenProcessor()));
    boolean ok = task.call();
    if (ok) {
      throw new AssertionError("expected the compile to fail");
    }
    List<String> written = new ArrayList<>();
    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(out)) {
      walk.filter(java.nio.file.Files::isRegularFile)
          .forEach(p -> written.add(out.relativize(p).toString()));
    }
    return written;
  }

  /** Generated sources by relative path ({@code com/example/X.java}), path order. */
  static SortedMap<String, String> generatedSources(Compilation compilation) {
    SortedMap<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String uri = file.toUri().getPath();
      int at = uri.indexOf("/SOURCE_OUTPUT/");
      String path = at >= 0 ? uri.substring(at + "/SOURCE_OUTPUT/".length()) : uri;
      try {
        sources.put(path, withGoldenVersion(file.getCharContent(true).toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  /** The version the golden files show in place of this processor's, so a release changes none. */
  static final String GOLDEN_VERSION = "0.0.0-GOLDEN";

  private static String withGoldenVersion(String source) {
    return source.replace('"' + ProcessorVersion.current() + '"', '"' + GOLDEN_VERSION + '"');
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
