package dev.reportgen.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * JSpecify nullness in generated code, so that Kotlin sees {@code Instant?} where a column may be
 * empty and NullAway or IntelliJ flag a missing check. Every generated top-level type is
 * {@code @NullMarked} (unannotated types are non-null); what may be null says so with
 * {@code @Nullable} on the type use. Each type is marked, rather than the package: the package is
 * the user's, and may already have a {@code package-info.java} (it often holds
 * {@code @ReportSchemas}).
 *
 * <p>Named by class name so that the processor does not need JSpecify itself; the runtime brings it
 * to the compile of the generated code.
 */
final class Nullness {
  static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");
  static final ClassName NULL_UNMARKED = ClassName.get("org.jspecify.annotations", "NullUnmarked");
  private static final AnnotationSpec NULLABLE =
      AnnotationSpec.builder(ClassName.get("org.jspecify.annotations", "Nullable")).build();

  private Nullness() {}

  /**
   * {@code type} with {@code @Nullable} on its use; primitives, which cannot be null, as they are.
   */
  static TypeName nullable(TypeName type) {
    return type.isPrimitive() ? type : type.annotated(NULLABLE);
  }

  /** {@code @Nullable String}. */
  static TypeName nullableString() {
    return nullable(ClassName.get(String.class));
  }
}
