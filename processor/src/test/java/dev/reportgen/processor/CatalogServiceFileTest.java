package dev.reportgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
            List.of(golden("com.example.zeta", "ZetaReports"), golden("com.example.alpha", "Alpha")));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(serviceFile(compilation))
        .isEqualTo(
            CatalogServiceFile.MARKER + "\n"
                + "com.example.alpha.Alpha\n"
                + "com.example.zeta.ZetaReports\n");
  }

  @Test
  void sourceOrderDoesNotChangeTheFile() throws IOException {
    Compilation forward =
        ProcessorFixture.compile(List.of(golden("com.example.a", "A"), golden("com.example.b", "B")));
    Compilation backward =
        ProcessorFixture.compile(List.of(golden("com.example.b", "B"), golden("com.example.a", "A")));
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
                + CatalogServiceFile.MARKER + "\ncom.example.first.First\n");

    realCompile(dir, "com.example.second", "Second");
    assertThat(Files.readString(services, UTF_8))
        .isEqualTo(
            "# my own catalog\ncom.example.mine.MyCatalog\n"
                + CatalogServiceFile.MARKER + "\ncom.example.second.Second\n");
  }

  /** javac on disk, {@code -d dir/classes}, the golden set in {@code pkg}. */
  private static void realCompile(Path dir, String pkg, String registry) throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path sources = Files.createDirectories(dir.resolve("generated-" + registry));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = new ArrayList<>();
    options.add("-Areportgen.schemaPath=" + ProcessorFixture.SCHEMAS);
    options.addAll(List.of("-proc:only", "-d", classes.toString(), "-s", sources.toString()));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaCompiler.CompilationTask task =
        javac.getTask(null, null, diagnostics, options, null, List.of(golden(pkg, registry)));
    task.setProcessors(List.of(new ReportgenProcessor()));
    if (!task.call()) {
      throw new AssertionError(diagnostics.getDiagnostics().toString());
    }
  }
}
