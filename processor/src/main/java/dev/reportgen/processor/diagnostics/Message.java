package dev.reportgen.processor.diagnostics;

/**
 * One diagnostic text with its stable tag. Tags ({@code RG101}) never change meaning once released,
 * so users and tests can match on them; the catalogue of tags and texts lives in one place ({@code
 * Messages}).
 */
public record Message(String tag, String text) {
  @Override
  public String toString() {
    return "[" + tag + "] " + text;
  }
}
