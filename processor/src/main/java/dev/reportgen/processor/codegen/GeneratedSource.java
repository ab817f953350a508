package dev.reportgen.processor.codegen;

import com.palantir.javapoet.JavaFile;
import java.util.regex.Pattern;

/**
 * The text of a generated file as it is written: JavaPoet's layout, then the Javadoc wrapped at
 * {@link JavadocReflow#WIDTH} columns, trailing spaces removed (JavaPoet leaves one where a
 * declaration breaks after its {@code =}), and runs of plain field declarations kept together.
 */
public final class GeneratedSource {
  /**
   * A plain field declaration (no Javadoc, no initializer, e.g. {@code private long size;}) and the
   * blank line after it, when another one follows. JavaPoet puts a blank line between every two
   * members, which spreads a decoder's one-line fields over twice the lines.
   */
  private static final Pattern FIELD_THEN_FIELD =
      Pattern.compile("(?m)^( +private [^=;(){}\n]+;)\n\n(?= +private [^=;(){}\n]+;$)");

  private GeneratedSource() {}

  /** The finished source text of {@code file}. */
  public static String text(JavaFile file) {
    String text = JavadocReflow.reflow(file.toString()).replaceAll("(?m)[ \t]+$", "");
    return FIELD_THEN_FIELD.matcher(text).replaceAll("$1\n");
  }
}
