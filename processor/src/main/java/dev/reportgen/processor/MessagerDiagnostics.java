package dev.reportgen.processor;

import dev.reportgen.processor.diagnostics.Diagnostics;
import dev.reportgen.processor.diagnostics.Message;
import dev.reportgen.processor.diagnostics.SourceLocation;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Forwards schema problems to javac as errors attached to the {@code @ReportSchemas} annotation, in
 * the text format {@code <file>:<line>:<column>: [RGxxx] <message>} (just {@code <file>: } when no
 * position applies, nothing when no file does). The file is named as the annotation names it.
 */
public final class MessagerDiagnostics implements Diagnostics {
  private final Messager messager;
  private final Element element;
  private final AnnotationMirror annotation;
  private boolean errors;

  /**
   * @param element the annotated element, where javac shows the error
   * @param annotation the {@code @ReportSchemas} mirror on it, or null
   */
  public MessagerDiagnostics(Messager messager, Element element, AnnotationMirror annotation) {
    this.messager = messager;
    this.element = element;
    this.annotation = annotation;
  }

  /** The text printed for {@code message} at {@code where}. */
  public static String format(SourceLocation where, Message message) {
    StringBuilder text = new StringBuilder();
    if (where != null) {
      text.append(where.file());
      if (where.line() > 0) {
        text.append(':').append(where.line());
        if (where.column() > 0) {
          text.append(':').append(where.column());
        }
      }
      text.append(": ");
    }
    return text.append('[').append(message.tag()).append("] ").append(message.text()).toString();
  }

  @Override
  public void error(SourceLocation where, Message message) {
    errors = true;
    String text = format(where, message);
    if (element == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, text);
    } else if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation);
    }
  }

  /** A note (not an error), e.g. for {@code -Areportgen.verbose}. */
  public void note(String text) {
    if (element == null) {
      messager.printMessage(Diagnostic.Kind.NOTE, text);
    } else {
      messager.printMessage(Diagnostic.Kind.NOTE, text, element);
    }
  }

  @Override
  public boolean hasErrors() {
    return errors;
  }
}
