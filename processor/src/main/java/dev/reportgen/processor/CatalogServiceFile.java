package dev.reportgen.processor;

import dev.reportgen.runtime.ReportCatalog;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The {@code META-INF/services/dev.reportgen.runtime.ReportCatalog} file of a compile: every
 * registry generated in it, so that {@link ReportCatalog#installed()} finds them through {@link
 * java.util.ServiceLoader}. Written once, when processing is over, with the registries in
 * alphabetical order (the same bytes whatever order javac handed the annotations over in).
 *
 * <p>In a Maven build, {@code src/main/resources} and generated files share {@code target/classes},
 * so a provider file the user wrote would be in the way. Its lines are kept: the file written holds
 * the user's lines first, then a marker line, then the registries of this compile. Reading it back
 * (the next build without {@code clean}) keeps what is above the marker and replaces what is below,
 * so a renamed or removed registry does not linger and the user's own providers are never lost.
 */
final class CatalogServiceFile {
  static final String PATH = "META-INF/services/" + ReportCatalog.class.getName();

  /** Separates the user's lines (above) from the processor's (below). */
  static final String MARKER =
      "# Registered by the reportgen processor; lines below this one are rewritten on every build.";

  private final TreeSet<String> registries = new TreeSet<>();
  private final List<Element> originating = new ArrayList<>();

  /** Records a registry generated from {@code element}. */
  void add(String registryQualifiedName, Element element) {
    registries.add(registryQualifiedName);
    originating.add(element);
  }

  /** Writes the file at the class output; nothing when no registry was generated. */
  void write(Filer filer) throws IOException {
    if (registries.isEmpty()) {
      return;
    }
    List<String> kept = userLines(filer);
    FileObject file =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT, "", PATH, originating.toArray(new Element[0]));
    try (Writer writer = file.openWriter()) {
      writer.write(content(kept));
    }
  }

  /** The file's text: {@code kept} lines, the marker, the registries. */
  String content(List<String> kept) {
    StringBuilder text = new StringBuilder();
    for (String line : kept) {
      text.append(line).append('\n');
    }
    text.append(MARKER).append('\n');
    for (String registry : registries) {
      text.append(registry).append('\n');
    }
    return text.toString();
  }

  /**
   * The lines above the marker of a file already at the class output; none when there is no file
   * (the usual case after a clean). A file that exists but cannot be read is an error, not an empty
   * file: its lines would be lost.
   */
  private static List<String> userLines(Filer filer) throws IOException {
    Reader reader;
    try {
      FileObject existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      reader = existing.openReader(true);
    } catch (FileNotFoundException | NoSuchFileException | IllegalArgumentException e) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.equals(MARKER)) {
          break;
        }
        lines.add(line);
      }
    }
    return lines;
  }
}
