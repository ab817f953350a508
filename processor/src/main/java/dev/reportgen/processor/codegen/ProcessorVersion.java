package dev.reportgen.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import dev.reportgen.runtime.spi.RuntimeVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import javax.lang.model.element.Modifier;

/**
 * The processor's own version, and the field that records it in generated code.
 *
 * <p>Every generated class that calls into the runtime gets, as its first static field, {@code
 * GENERATED_BY = RuntimeVersion.require(Self.class, "<processor version>")}: the runtime checks
 * once per class, before any other static initializer touches the runtime, that it can serve code
 * of that version (see {@link RuntimeVersion} for the rule). A field rather than a static block
 * because static initializers run in textual order and JavaPoet writes static blocks after the
 * fields.
 */
public final class ProcessorVersion {
  private static final String CURRENT = read();

  private ProcessorVersion() {}

  /** The version of this processor jar, e.g. {@code 0.1.0}. */
  public static String current() {
    return CURRENT;
  }

  static FieldSpec checkField(ClassName self) {
    return FieldSpec.builder(
            String.class, "GENERATED_BY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "The reportgen processor version that wrote this class; the runtime refuses to run it"
                + " unless it can serve that version.\n")
        // Read by nothing: it exists for its initializer (linters would call it unused).
        .addAnnotation(
            AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "$S", "unused")
                .build())
        .initializer("$T.require($T.class,$W$S)", RuntimeVersion.class, self, CURRENT)
        .build();
  }

  private static String read() {
    try (InputStream in = ProcessorVersion.class.getResourceAsStream("processor.properties")) {
      if (in == null) {
        throw new IllegalStateException("reportgen-processor is missing processor.properties");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reportgen-processor's processor.properties", e);
    }
  }
}
