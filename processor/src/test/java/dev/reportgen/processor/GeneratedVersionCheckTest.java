package dev.reportgen.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import dev.reportgen.processor.codegen.ProcessorVersion;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated parsers and registries record the processor's version and have the runtime check it
 * before anything else in them touches the runtime (issue 16).
 */
class GeneratedVersionCheckTest {
  @Test
  void parsersAndRegistriesCheckTheRuntimeFirst() throws IOException {
    Compilation compilation = GoldenFilesTest.compileGoldenSet();
    String check = "GENERATED_BY = RuntimeVersion.require(";
    for (String name : new String[] {"SentEmailParser", "SentSummaryParser", "GoldenReports"}) {
      String source = source(compilation, "com.example.golden." + name);
      assertThat(source).contains(check + name + ".class,");
      assertThat(source).contains("\"" + ProcessorVersion.current() + "\");");
      // The check is the first static field, so it runs before INSTANCE, COLUMNS or ENDPOINTS.
      assertThat(source.indexOf(check)).isLessThan(source.indexOf(" INSTANCE = "));
    }
    assertThat(source(compilation, "com.example.golden.SentEmail")).doesNotContain(check);
  }

  @Test
  void theProcessorKnowsItsVersionFromTheBuild() {
    assertThat(ProcessorVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-.+)?");
  }

  private static String source(Compilation compilation, String type) throws IOException {
    JavaFileObject file = compilation.generatedSourceFile(type).orElseThrow();
    return file.getCharContent(true).toString();
  }
}
