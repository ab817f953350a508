package dev.reportgen.processor.codegen;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class CodeGeneratorTest {
  static List<JavaFile> generate() {
    return new CodeGenerator("com.example.demo").generate(HandBuiltSchemas.everything());
  }

  @Test
  void handBuiltSetCompilesWithoutWarnings() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (JavaFile file : generate()) {
      sources.add(file.toJavaFileObject());
      if (Boolean.getBoolean("print")) {
        System.out.println(file);
      }
    }
    Compilation compilation =
        Compiler.javac().withOptions("-Xlint:all", "-Werror").compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void sameInputSameBytes() {
    assertThat(generate().toString()).isEqualTo(generate().toString());
  }
}
