package dev.reportgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.reportgen.processor.diagnostics.Message;
import dev.reportgen.processor.diagnostics.SourceLocation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Schema and setup problems become compiler errors on the annotation, and no code. */
class ProcessorDiagnosticsTest {
  private static JavaFileObject annotated(String annotation) {
    return ProcessorFixture.packageInfo("com.example.bad", annotation);
  }

  @Test
  void everySchemaProblemIsAnErrorWithFileLineAndColumn() throws Exception {
    JavaFileObject source = annotated("@ReportSchemas(\"errors/two-problems.yaml\")");
    Compilation compilation = ProcessorFixture.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("errors/two-problems.yaml:9:15: [RG")
        .inFile(source)
        .onLine(1);
    assertThat(compilation).hadErrorContaining("DATETIM");
    assertThat(compilation).hadErrorContaining("errors/two-problems.yaml:13:15: [RG");
    assertThat(compilation).hadErrorContaining("DeliveryStatuz");
    assertThat(compilation.errors()).hasSize(2);
    // a set with errors generates nothing at all
    assertThat(ProcessorFixture.filesWrittenByFailingCompile(source)).isEmpty();
  }

  @Test
  void missingFileSuggestsTheNearestName() {
    JavaFileObject source = annotated("@ReportSchemas(\"golden/1-enum.yaml\")");
    Compilation compilation = ProcessorFixture.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("golden/1-enum.yaml: [RG001] schema file or folder not found")
        .inFile(source)
        .onLine(1);
    assertThat(compilation).hadErrorContaining("did you mean golden/1-enums.yaml?");
  }

  @Test
  void everyMissingEntryIsReported() {
    Compilation compilation =
        ProcessorFixture.compile(annotated("@ReportSchemas({\"nope.yaml\", \"golden/nope\"})"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("nope.yaml: [RG001]");
    assertThat(compilation).hadErrorContaining("golden/nope: [RG001]");
    assertThat(compilation.errors()).hasSize(2);
  }

  @Test
  void unusableEntryIsAnError() {
    Compilation compilation = ProcessorFixture.compile(annotated("@ReportSchemas(\"../golden\")"));
    assertThat(compilation).hadErrorContaining("[RG006]");
  }

  @Test
  void invalidRegistryNameIsAnError() throws Exception {
    JavaFileObject source =
        annotated("@ReportSchemas(value = \"golden\", registry = \"not-a-name\")");
    Compilation compilation = ProcessorFixture.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[RG050]");
    assertThat(ProcessorFixture.filesWrittenByFailingCompile(source)).isEmpty();
  }

  @Test
  void registryNamedLikeAReportIsAnError() throws Exception {
    JavaFileObject source =
        annotated("@ReportSchemas(value = \"golden\", registry = \"SentEmailParser\")");
    Compilation compilation = ProcessorFixture.compile(source);
    assertThat(compilation).failed();
    // RG220 (formerly RG051 from code generation), where the schema names the clashing class
    assertThat(compilation)
        .hadErrorContaining(
            "golden/2-reports.yaml:2:11: [RG220] Java class name 'SentEmailParser' of the parser"
                + " class of report 'SentEmail' is already used by the registry");
    assertThat(compilation.errors()).hasSize(1);
    assertThat(ProcessorFixture.filesWrittenByFailingCompile(source)).isEmpty();
  }

  @Test
  void registryNamedLikeAJavaLangTypeIsAnError() {
    Compilation compilation =
        ProcessorFixture.compile(
            annotated("@ReportSchemas(value = \"golden\", registry = \"String\")"));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[RG224] registry name 'String' would hide java.lang.String");
    assertThat(compilation.errors()).hasSize(1);
  }

  @Test
  void schemaPathThatIsNotADirectoryIsAnError() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new ReportgenProcessor())
            .withOptions("-Areportgen.schemaPath=/no/such/dir")
            .compile(annotated("@ReportSchemas(\"golden\")"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[RG004] processor option -Areportgen.schemaPath");
  }

  @Test
  void badVerboseFlagIsAnError() {
    Compilation compilation =
        ProcessorFixture.compile(
            annotated("@ReportSchemas(\"golden\")"), "-Areportgen.verbose=yes");
    assertThat(compilation).hadErrorContaining("[RG061]");
  }

  @Test
  void verboseNamesFilesAndTypes() {
    Compilation compilation =
        ProcessorFixture.compile(
            annotated("@ReportSchemas(\"golden\")"), "-Areportgen.verbose=true");
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("reportgen: reading golden/1-enums.yaml from ");
    assertThat(compilation)
        .hadNoteContaining("reportgen: generated com.example.bad.ReportRegistry");
  }

  @Test
  void withoutSchemaPathTheFilerFindsSchemaFilesOnTheClassPath() {
    // src/test/resources is on the test class path as target/test-classes
    Compilation compilation =
        ProcessorFixture.compileWithoutOptions(
            ProcessorFixture.packageInfo(
                "com.example.cp",
                "@ReportSchemas(value = {\"schemas/golden/1-enums.yaml\","
                    + " \"schemas/golden/2-reports.yaml\"}, registry = \"Cp\")"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(ProcessorFixture.generatedSources(compilation).keySet())
        .containsAtLeast("com/example/cp/SentEmail.java", "com/example/cp/Cp.java");
    assertThat(compilation)
        .generatedSourceFile("com.example.cp.Cp")
        .contentsAsUtf8String()
        .contains("{@code schemas/golden/1-enums.yaml}");
  }

  @Test
  void folderOnTheClassPathIsAClearError() {
    Compilation compilation =
        ProcessorFixture.compileWithoutOptions(
            ProcessorFixture.packageInfo("com.example.cp", "@ReportSchemas(\"schemas/golden\")"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("schemas/golden: [RG007]");
  }

  @Test
  void singleFileOnTheClassPath() {
    Compilation compilation =
        ProcessorFixture.compileWithoutOptions(
            ProcessorFixture.packageInfo(
                "com.example.cp", "@ReportSchemas(\"schemas/golden/1-enums.yaml\")"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.cp.DeliveryStatus");
  }

  @Test
  void missingFileWithoutSchemaPathIsAnError() {
    Compilation compilation =
        ProcessorFixture.compileWithoutOptions(
            ProcessorFixture.packageInfo("com.example.cp", "@ReportSchemas(\"schemas/goldn\")"));
    assertThat(compilation).hadErrorContaining("schemas/goldn: [RG001]");
  }

  @Test
  void annotationOnATypeGeneratesIntoItsPackage() {
    Compilation compilation =
        ProcessorFixture.compile(
            com.google.testing.compile.JavaFileObjects.forSourceString(
                "com.example.onType.Schemas",
                "package com.example.onType;\n"
                    + "@dev.reportgen.runtime.ReportSchemas(\"golden\")\n"
                    + "final class Schemas {}\n"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.onType.ReportRegistry");
  }

  @Test
  void twoSetsWritingTheSameTypeIsAnErrorNotACrash() {
    Compilation compilation =
        ProcessorFixture.compile(
            annotated("@ReportSchemas(\"golden\")"),
            com.google.testing.compile.JavaFileObjects.forSourceString(
                "com.example.bad.Again",
                "package com.example.bad;\n"
                    + "@dev.reportgen.runtime.ReportSchemas(\"golden\")\n"
                    + "final class Again {}\n"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[RG060]");
  }

  @Test
  void messageFormat() {
    Message message = new Message("RG203", "unknown type");
    assertThat(MessagerDiagnostics.format(new SourceLocation("a/b.yaml", 7, 11), message))
        .isEqualTo("a/b.yaml:7:11: [RG203] unknown type");
    assertThat(MessagerDiagnostics.format(new SourceLocation("a/b.yaml", 0, 0), message))
        .isEqualTo("a/b.yaml: [RG203] unknown type");
    assertThat(MessagerDiagnostics.format(null, message)).isEqualTo("[RG203] unknown type");
  }

  @Test
  void supportedOptionsAreTheOptionList() {
    assertThat(new ReportgenProcessor().getSupportedOptions())
        .containsExactly("reportgen.schemaPath", "reportgen.verbose")
        .inOrder();
  }
}
