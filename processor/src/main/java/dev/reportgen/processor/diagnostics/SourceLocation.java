package dev.reportgen.processor.diagnostics;

/**
 * Where a schema element was written: the YAML file as the user knows it, and the 1-based line and
 * column of the node. Every diagnostic about a schema element points here.
 */
public record SourceLocation(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
