package dev.reportgen.processor;

import dev.reportgen.processor.diagnostics.Diagnostics;
import dev.reportgen.processor.diagnostics.DidYouMean;
import dev.reportgen.processor.diagnostics.Messages;
import dev.reportgen.processor.diagnostics.SourceLocation;
import dev.reportgen.processor.schema.SchemaFile;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds and reads the schema files one {@code @ReportSchemas} names. Each entry is a file or a
 * folder (every {@code *.yaml} and {@code *.yml} directly inside, in name order), relative to the
 * schema root.
 *
 * <p>The schema root is the {@code reportgen.schemaPath} option when given (each directory in
 * order; the first that holds the entry wins). Otherwise the {@link Filer} is asked, in order, for
 * the class output (where Maven's {@code process-resources} copies {@code src/main/resources}), the
 * source path and the class path. Files are named in diagnostics as the annotation names them
 * ({@code luxsci/sent-email.yaml}), whichever root they came from.
 */
public final class SchemaFiles {
  private static final List<JavaFileManager.Location> FILER_LOCATIONS =
      List.of(
          StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH);

  private final List<Path> schemaPath;
  private final Filer filer;

  /** One file found: its diagnostic name, the absolute location it was read from, its bytes. */
  public record Found(SchemaFile file, String location) {}

  /**
   * @param schemaPath the {@code reportgen.schemaPath} directories; empty to use {@code filer}
   * @param filer the processing environment's Filer; may be null when {@code schemaPath} is set
   */
  public SchemaFiles(List<Path> schemaPath, Filer filer) {
    this.schemaPath = List.copyOf(schemaPath);
    this.filer = filer;
  }

  /**
   * Reads every file named by {@code entries}, in entry order then name order; a file named twice
   * is read once, at its first position. Reports every entry that cannot be found or read, and
   * returns what it could read (callers check {@link Diagnostics#hasErrors()}).
   */
  public List<Found> read(List<String> entries, Diagnostics diagnostics) {
    Map<String, Found> found = new LinkedHashMap<>();
    if (entries.isEmpty()) {
      diagnostics.error(null, Messages.noSchemas());
    }
    for (String raw : entries) {
      Optional<String> entry = normalize(raw);
      if (entry.isEmpty()) {
        diagnostics.error(null, Messages.badEntry(raw));
        continue;
      }
      for (Found file : readEntry(entry.get(), diagnostics)) {
        found.putIfAbsent(file.file().name(), file);
      }
    }
    return List.copyOf(found.values());
  }

  /** {@code luxsci/}, {@code ./luxsci} and {@code luxsci} alike; empty for unusable entries. */
  static Optional<String> normalize(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String entry = raw.strip();
    while (entry.startsWith("./")) {
      entry = entry.substring(2);
    }
    while (entry.endsWith("/")) {
      entry = entry.substring(0, entry.length() - 1);
    }
    if (entry.isEmpty() || entry.startsWith("/") || entry.contains("\\") || entry.contains(":")) {
      return Optional.empty();
    }
    for (String segment : entry.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return Optional.empty();
      }
    }
    return Optional.of(entry);
  }

  private List<Found> readEntry(String entry, Diagnostics diagnostics) {
    List<Path> candidates = schemaPath.isEmpty() ? filerCandidates(entry) : pathCandidates(entry);
    for (Path candidate : candidates) {
      if (Files.isDirectory(candidate)) {
        return readFolder(entry, candidate, diagnostics);
      }
      if (Files.isRegularFile(candidate)) {
        return readFile(entry, candidate, diagnostics).stream().toList();
      }
    }
    if (schemaPath.isEmpty()) {
      Optional<Found> viaFiler = readViaFiler(entry, diagnostics);
      if (viaFiler.isPresent()) {
        return List.of(viaFiler.get());
      }
      if (diagnostics.hasErrors()) {
        return List.of();
      }
    }
    diagnostics.error(
        new SourceLocation(entry, 0, 0),
        Messages.schemaNotFound(entry, suggestions(entry, candidates), searched()));
    return List.of();
  }

  private String searched() {
    if (!schemaPath.isEmpty()) {
      List<String> dirs = new ArrayList<>();
      for (Path dir : schemaPath) {
        dirs.add(dir.toString());
      }
      return "-Areportgen.schemaPath=" + String.join(java.io.File.pathSeparator, dirs);
    }
    return "class output, source path and class path";
  }

  private List<Path> pathCandidates(String entry) {
    List<Path> candidates = new ArrayList<>();
    for (Path dir : schemaPath) {
      candidates.add(dir.resolve(entry));
    }
    return candidates;
  }

  /** Where the Filer's locations would hold {@code entry}, for locations that are directories. */
  private List<Path> filerCandidates(String entry) {
    List<Path> candidates = new ArrayList<>();
    for (JavaFileManager.Location location : FILER_LOCATIONS) {
      try {
        FileObject resource = filer.getResource(location, "", entry);
        URI uri = resource.toUri();
        if ("file".equals(uri.getScheme())) {
          candidates.add(Path.of(uri));
        }
      } catch (IOException | RuntimeException e) {
        // Not there, or the location is not configured in this compile: try the next one.
        // (javac wraps file manager exceptions in its own RuntimeException subclass.)
      }
    }
    return candidates;
  }

  /** Files inside jars (class path) have no file: URI; read them through the Filer. */
  private Optional<Found> readViaFiler(String entry, Diagnostics diagnostics) {
    for (JavaFileManager.Location location : FILER_LOCATIONS) {
      FileObject resource;
      try {
        resource = filer.getResource(location, "", entry);
      } catch (FileNotFoundException | NoSuchFileException e) {
        continue;
      } catch (IOException | RuntimeException e) {
        if (refusesDirectory(e)) {
          // javac's file manager will not list a folder of the class path
          diagnostics.error(new SourceLocation(entry, 0, 0), Messages.folderOnClassPath(entry));
          return Optional.empty();
        }
        continue;
      }
      try (InputStream in = resource.openInputStream()) {
        return Optional.of(
            new Found(new SchemaFile(entry, in.readAllBytes()), resource.toUri().toString()));
      } catch (FileNotFoundException | NoSuchFileException e) {
        // not in this location
      } catch (IOException | RuntimeException e) {
        diagnostics.error(
            new SourceLocation(entry, 0, 0),
            refusesDirectory(e)
                ? Messages.folderOnClassPath(entry)
                : Messages.unreadable(entry, describe(e)));
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private List<Found> readFolder(String entry, Path folder, Diagnostics diagnostics) {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
      for (Path child : children) {
        String name = child.getFileName().toString();
        if (isYaml(name) && Files.isRegularFile(child)) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      diagnostics.error(new SourceLocation(entry, 0, 0), Messages.unreadable(entry, describe(e)));
      return List.of();
    }
    if (names.isEmpty()) {
      diagnostics.error(new SourceLocation(entry, 0, 0), Messages.emptyFolder(entry));
      return List.of();
    }
    names.sort(null);
    List<Found> files = new ArrayList<>();
    for (String name : names) {
      readFile(entry + "/" + name, folder.resolve(name), diagnostics).ifPresent(files::add);
    }
    return files;
  }

  private static Optional<Found> readFile(String name, Path file, Diagnostics diagnostics) {
    try {
      return Optional.of(
          new Found(
              new SchemaFile(name, Files.readAllBytes(file)), file.toAbsolutePath().toString()));
    } catch (IOException e) {
      diagnostics.error(new SourceLocation(name, 0, 0), Messages.unreadable(name, describe(e)));
      return Optional.empty();
    }
  }

  /** "Did you mean": names in the folder the entry points into, under every candidate root. */
  private static List<String> suggestions(String entry, List<Path> candidates) {
    int slash = entry.lastIndexOf('/');
    String prefix = slash < 0 ? "" : entry.substring(0, slash + 1);
    String last = entry.substring(slash + 1);
    List<String> siblings = new ArrayList<>();
    for (Path candidate : candidates) {
      Path parent = candidate.getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        continue;
      }
      try (DirectoryStream<Path> children = Files.newDirectoryStream(parent)) {
        for (Path child : children) {
          String name = child.getFileName().toString();
          if ((Files.isDirectory(child) || isYaml(name)) && !siblings.contains(name)) {
            siblings.add(name);
          }
        }
      } catch (IOException e) {
        // no suggestions from an unreadable folder
      }
    }
    siblings.sort(null);
    List<String> result = new ArrayList<>();
    DidYouMean.suggest(last, siblings).ifPresent(s -> result.add(prefix + s));
    if (result.isEmpty() && !isYaml(last)) {
      // "sent-email" for "sent-email.yaml": the extension is easy to forget.
      for (String sibling : siblings) {
        if (sibling.equals(last + ".yaml") || sibling.equals(last + ".yml")) {
          result.add(prefix + sibling);
        }
      }
    }
    return result;
  }

  private static boolean refusesDirectory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).contains("directories not supported")) {
        return true;
      }
    }
    return false;
  }

  static boolean isYaml(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
