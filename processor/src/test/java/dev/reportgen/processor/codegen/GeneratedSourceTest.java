package dev.reportgen.processor.codegen;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

class GeneratedSourceTest {

  @Test
  void plainFieldsStayTogetherAndOthersKeepTheirBlankLine() {
    TypeSpec type =
        TypeSpec.classBuilder("Decoder")
            .addField(
                FieldSpec.builder(int.class, "ONE", Modifier.PRIVATE, Modifier.STATIC)
                    .initializer("1")
                    .build())
            .addField(long.class, "size", Modifier.PRIVATE)
            .addField(String.class, "from", Modifier.PRIVATE)
            .addField(Long.class, "retries", Modifier.PRIVATE)
            .addField(
                FieldSpec.builder(String.class, "documented", Modifier.PRIVATE)
                    .addJavadoc("Documented.\n")
                    .build())
            .build();
    String text = GeneratedSource.text(JavaFile.builder("p", type).indent("  ").build());
    assertThat(text)
        .contains(
            "  private static int ONE = 1;\n\n"
                + "  private long size;\n"
                + "  private String from;\n"
                + "  private Long retries;\n\n"
                + "  /**\n");
  }

  @Test
  void noTrailingSpaceWhereADeclarationBreaksAfterItsEquals() {
    String name = "A_CONSTANT_WITH_A_NAME_LONG_ENOUGH_TO_PUSH_THE_DECLARATION_PAST_ONE_HUNDRED";
    TypeSpec type =
        TypeSpec.classBuilder("Registry")
            .addField(
                FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC)
                    .initializer("$Z$S", "a value that does not fit on the line")
                    .build())
            .build();
    String text = GeneratedSource.text(JavaFile.builder("p", type).indent("  ").build());
    assertThat(text).contains(name + " =\n      \"a value");
    assertThat(text).doesNotContainMatch("(?m) +$");
  }
}
