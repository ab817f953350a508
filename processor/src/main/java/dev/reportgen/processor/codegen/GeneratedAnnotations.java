package dev.reportgen.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.reportgen.runtime.spi.ReportgenGenerated;

/**
 * The annotations every generated top-level type carries: the standard source-retained {@code
 * javax.annotation.processing.Generated} (no date, no comments: output must be byte-identical
 * across runs), the runtime's class-retained {@link ReportgenGenerated} for coverage tools, and
 * JSpecify's {@code @NullMarked} ({@link Nullness}).
 */
final class GeneratedAnnotations {
  /** The processor's class name, written into {@code @Generated}. */
  static final String GENERATOR = "dev.reportgen.processor.ReportgenProcessor";

  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  private GeneratedAnnotations() {}

  static TypeSpec.Builder addTo(TypeSpec.Builder type) {
    return type.addAnnotation(
            AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build())
        .addAnnotation(ReportgenGenerated.class)
        .addAnnotation(Nullness.NULL_MARKED);
  }
}
