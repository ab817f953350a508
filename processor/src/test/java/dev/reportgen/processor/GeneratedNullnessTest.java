package dev.reportgen.processor;

import static com.google.common.truth.Truth.assertThat;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSpecify annotations are in the compiled generated classes, where Kotlin, NullAway and
 * IntelliJ read them: {@code @NullMarked} on every top-level type, {@code @Nullable} on the type
 * use of exactly the nullable record components and of what may return or take null.
 */
class GeneratedNullnessTest {
  private static GeneratedClasses classes;

  @BeforeAll
  static void compile() {
    classes = new GeneratedClasses(GoldenFilesTest.compileGoldenSet());
  }

  private static boolean nullable(AnnotatedType type) {
    return type.isAnnotationPresent(Nullable.class);
  }

  @Test
  void exactlyTheNullableRecordComponentsAreNullable() throws Exception {
    List<String> nullable = new ArrayList<>();
    List<String> nonNull = new ArrayList<>();
    for (RecordComponent c : classes.load("com.example.golden.SentEmail").getRecordComponents()) {
      (nullable(c.getAnnotatedType()) ? nullable : nonNull).add(c.getName());
    }
    assertThat(nullable).containsExactly("day", "retries", "ratio", "status", "header1").inOrder();
    assertThat(nonNull)
        .containsExactly("dateSent", "size", "spamScore", "from", "opens", "secureLine", "extras")
        .inOrder();
  }

  @Test
  void everyTopLevelTypeIsNullMarkedAndTheDecoderIsNot() throws Exception {
    for (String name :
        List.of(
            "DeliveryStatus",
            "SecureLineCode",
            "SentEmail",
            "SentEmailParser",
            "SentSummary",
            "SentSummaryParser",
            "GoldenReports")) {
      assertThat(classes.load("com.example.golden." + name).isAnnotationPresent(NullMarked.class))
          .isTrue();
    }
    Class<?> decoder = classes.load("com.example.golden.SentEmailParser$Decoder");
    assertThat(decoder.isAnnotationPresent(NullUnmarked.class)).isTrue();
  }

  @Test
  void whatMayBeNullSaysSo() throws Exception {
    Class<?> status = classes.load("com.example.golden.DeliveryStatus");
    assertThat(nullable(status.getMethod("wireValue").getAnnotatedReturnType())).isTrue();
    assertThat(nullable(status.getMethod("fromWire", String.class).getAnnotatedParameterTypes()[0]))
        .isTrue();
    assertThat(nullable(status.getMethod("fromWire", String.class).getAnnotatedReturnType()))
        .isFalse();
    Class<?> parser = classes.load("com.example.golden.SentEmailParser");
    Class<?> row = classes.load("com.example.golden.SentEmail");
    assertThat(nullable(parser.getMethod("value", row, int.class).getAnnotatedReturnType()))
        .isTrue();
    Class<?> registry = classes.load("com.example.golden.GoldenReports");
    assertThat(
            nullable(
                registry.getMethod("forEndpoint", String.class).getAnnotatedParameterTypes()[0]))
        .isTrue();
  }
}
