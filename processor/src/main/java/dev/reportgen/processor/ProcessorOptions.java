package dev.reportgen.processor;

import dev.reportgen.processor.diagnostics.Diagnostics;
import dev.reportgen.processor.diagnostics.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The processor's {@code -A} options, parsed. {@link Option} is the one list of every option: its
 * names are what {@link ReportgenProcessor#getSupportedOptions()} returns and what
 * docs/processor.md documents.
 *
 * @param schemaPath directories searched, in order, for the entries of {@code @ReportSchemas};
 *     empty means "ask the Filer" (class output, then source path, then class path)
 * @param verbose whether to print a note naming every schema file read and every type written
 */
public record ProcessorOptions(List<Path> schemaPath, boolean verbose) {
  /** Every option the processor understands. */
  public enum Option {
    /**
     * One or more directories, separated by the platform path separator ({@code :} or {@code ;}),
     * that hold the schema files. Point it at {@code src/main/resources} so schema files are read
     * where they are edited.
     */
    SCHEMA_PATH("reportgen.schemaPath"),
    /** {@code true} to print a note for every schema file read and every type generated. */
    VERBOSE("reportgen.verbose");

    private final String key;

    Option(String key) {
      this.key = key;
    }

    /** The name after {@code -A}. */
    public String key() {
      return key;
    }
  }

  public ProcessorOptions {
    schemaPath = List.copyOf(schemaPath);
  }

  /** The names of every option, in declaration order. */
  public static Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    for (Option option : Option.values()) {
      names.add(option.key());
    }
    return names;
  }

  public static ProcessorOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().schemaPath(schemaPath).verbose(verbose);
  }

  /**
   * Parses javac's processor options. Problems (a schema path entry that is not a directory, a
   * non-boolean flag) are reported to {@code diagnostics}; the rest of the options still apply.
   */
  public static ProcessorOptions parse(Map<String, String> options, Diagnostics diagnostics) {
    Builder builder = builder();
    String path = options.get(Option.SCHEMA_PATH.key());
    if (path != null && !path.isBlank()) {
      List<Path> dirs = new ArrayList<>();
      for (String entry : path.split(File.pathSeparator, -1)) {
        if (entry.isBlank()) {
          continue;
        }
        try {
          Path dir = Path.of(entry.strip());
          if (Files.isDirectory(dir)) {
            dirs.add(dir);
          } else {
            diagnostics.error(
                null, Messages.badSchemaPath(Option.SCHEMA_PATH.key(), entry.strip()));
          }
        } catch (InvalidPathException e) {
          diagnostics.error(null, Messages.badSchemaPath(Option.SCHEMA_PATH.key(), entry.strip()));
        }
      }
      builder.schemaPath(dirs);
    }
    String verbose = options.get(Option.VERBOSE.key());
    if (verbose != null) {
      switch (verbose.strip().toLowerCase(Locale.ROOT)) {
        case "", "true" -> builder.verbose(true);
        case "false" -> builder.verbose(false);
        default ->
            diagnostics.error(
                null,
                Messages.badOption(
                    Option.VERBOSE.key(), "expected true or false, found \"" + verbose + "\""));
      }
    }
    return builder.build();
  }

  /** Builds {@link ProcessorOptions}; every setter returns the builder. */
  public static final class Builder {
    private List<Path> schemaPath = List.of();
    private boolean verbose;

    private Builder() {}

    public Builder schemaPath(List<Path> schemaPath) {
      this.schemaPath = List.copyOf(schemaPath);
      return this;
    }

    public Builder verbose(boolean verbose) {
      this.verbose = verbose;
      return this;
    }

    public ProcessorOptions build() {
      return new ProcessorOptions(schemaPath, verbose);
    }
  }
}
