package dev.reportgen.processor.diagnostics;

/**
 * Where schema problems go. The processor's implementation forwards each one to javac's {@code
 * Messager} as an error whose text starts with the location ({@code luxsci/sent.yaml:12:7}) and the
 * stable tag ({@code [RG103]}); tests collect them in a list.
 *
 * <p>Reporting never throws and never stops the caller: AutoValue-style, every problem of a compile
 * is reported, and code generation is skipped for a set that had any.
 */
public interface Diagnostics {
  /** Reports an error at {@code where} ({@code null} when no file position applies). */
  void error(SourceLocation where, Message message);

  /** Whether any error was reported so far. */
  boolean hasErrors();
}
