package dev.reportgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.EndpointScope;
import dev.reportgen.runtime.ReportCatalog;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor registers every registry of a compile in {@code
 * META-INF/services/dev.reportgen.runtime.ReportCatalog}, for {@code ReportCatalog.installed()}.
 */
class CatalogServiceFileTest {
  private static final String SERVICE = "META-INF/services/dev.reportgen.runtime.ReportCatalog";

  private static JavaFileObject golden(String pkg, String registry) {
    return ProcessorFixture.packageInfo(
        pkg, "@ReportSchemas(value = \"golden\", registry = \"" + registry + "\")");
  }

  private static String serviceFile(Compilation compilation) throws IOException {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE)
        .orElseThrow(() -> new AssertionError("no " + SERVICE + " written"))
        .getCharContent(true)
        .toString();
  }

  @Test
  void everyRegistryOfTheCompileInOneFileInNameOrder() throws IOException {
    Compilation compilation =
        ProcessorFixture.compile(
            List.of(
                golden("com.example.zeta", "ZetaReports"), golden("com.example.alpha", "Alpha")));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(serviceFile(compilation))
        .isEqualTo(
            CatalogServiceFile.MARKER
                + "\n"
                + "com.example.alpha.Alpha\n"
                + "com.example.zeta.ZetaReports\n");
  }

  @Test
  void sourceOrderDoesNotChangeTheFile() throws IOException {
    Compilation forward =
        ProcessorFixture.compile(
            List.of(golden("com.example.a", "A"), golden("com.example.b", "B")));
    Compilation backward =
        ProcessorFixture.compile(
            List.of(golden("com.example.b", "B"), golden("com.example.a", "A")));
    assertThat(serviceFile(backward)).isEqualTo(serviceFile(forward));
  }

  /**
   * A rebuild without {@code clean} (Maven: resources and generated files share target/classes)
   * keeps the user's own provider lines and replaces the processor's, so a registry that is no
   * longer generated does not linger.
   */
  @Test
  void rebuildKeepsTheUsersLinesAndReplacesItsOwn(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("classes").resolve(SERVICE);
    Files.createDirectories(services.getParent());
    Files.writeString(services, "# my own catalog\ncom.example.mine.MyCatalog\n", UTF_8);

    realCompile(dir, "com.example.first", "First");
    assertThat(Files.readString(services, UTF_8))
        .isEqualTo(
            "# my own catalog\ncom.example.mine.MyCatalog\n"
                + CatalogServiceFile.MARKER
                + "\ncom.example.first.First\n");

    realCompile(dir, "com.example.second", "Second");
    assertThat(Files.readString(services, UTF_8))
        .isEqualTo(
            "# my own catalog\ncom.example.mine.MyCatalog\n"
                + CatalogServiceFile.MARKER
                + "\ncom.example.second.Second\n");
  }

  /**
   * What the file is for: compiled and on a class path, {@code ReportCatalog.installed()} finds the
   * registry through {@link ServiceLoader}, public constructor and endpoint paths included.
   */
  @Test
  void serviceLoaderFindsTheCompiledRegistry(@TempDir Path dir) throws Exception {
    compileFully(dir, "com.example.loaded", "LoadedReports");
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {dir.resolve("classes").toUri().toURL()},
            CatalogServiceFileTest.class.getClassLoader())) {
      List<ReportCatalog> found = new ArrayList<>();
      ServiceLoader.load(ReportCatalog.class, loader).forEach(found::add);
      assertThat(found.stream().map(c -> c.getClass().getName()).toList())
          .containsExactly("com.example.loaded.LoadedReports");
      Endpoint<?> account = found.get(0).endpoint("getEmailSMTPSentReportAccount").orElseThrow();
      assertThat(account.scope()).isEqualTo(EndpointScope.ACCOUNT);
      assertThat(account.path("my account"))
          .hasValue("/account/my%20account/report/email/smtp/sent");
      assertThat(found.get(0).endpoint("getEmailSMTPSentReportUser").orElseThrow().hasPath())
          .isFalse();
    }
  }

  /** javac on disk, {@code -d dir/classes}, the golden set in {@code pkg}: processing only. */
  private static void realCompile(Path dir, String pkg, String registry) throws IOException {
    javac(dir, pkg, registry, "-proc:only");
  }

  /** javac on disk, processing and compiling, against the test's class path (the runtime). */
  private static void compileFully(Path dir, String pkg, String registry) throws IOException {
    javac(dir, pkg, registry, "-classpath", System.getProperty("java.class.path"));
  }

  private static void javac(Path dir, String pkg, String registry, String... extra)
      throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path sources = Files.createDirectories(dir.resolve("generated-" + registry));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = new ArrayList<>();
    options.add("-Areportgen.schemaPath=" + ProcessorFixture.SCHEMAS);
    options.addAll(List.of(extra));
    options.addAll(List.of("-d", classes.toString(), "-s", sources.toString()));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaCompiler.CompilationTask task =
        javac.getTask(null, null, diagnostics, options, null, List.of(golden(pkg, registry)));
    task.setProcessors(List.of(new ReportgenProcessor()));
    if (!task.call()) {
      throw new AssertionError(diagnostics.getDiagnostics().toString());
    }
  }
}
