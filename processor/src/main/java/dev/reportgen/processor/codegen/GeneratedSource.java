package dev.reportgen.processor.codegen;

import com.palantir.javapoet.JavaFile;

/**
 * The text of a generated file as it is written: JavaPoet's layout, then the Javadoc wrapped at
 * {@link JavadocReflow#WIDTH} columns and trailing spaces removed (JavaPoet leaves one where a
 * declaration breaks after its {@code =}).
 */
public final class GeneratedSource {
  private GeneratedSource() {}

  /** The finished source text of {@code file}. */
  public static String text(JavaFile file) {
    return JavadocReflow.reflow(file.toString()).replaceAll("(?m)[ \t]+$", "");
  }
}
