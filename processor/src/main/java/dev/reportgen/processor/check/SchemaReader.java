package dev.reportgen.processor.check;

import dev.reportgen.processor.diagnostics.Diagnostics;
import dev.reportgen.processor.diagnostics.Message;
import dev.reportgen.processor.diagnostics.Messages;
import dev.reportgen.processor.diagnostics.SourceLocation;
import dev.reportgen.processor.schema.Parsed;
import dev.reportgen.processor.schema.SchemaFile;
import dev.reportgen.processor.schema.SchemaFileParser;
import dev.reportgen.processor.schema.SchemaSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The processor's front end: reads the YAML files of one schema set and validates them as a whole.
 *
 * <p>Every file is read, every problem of every file is reported through {@link Diagnostics} (file,
 * line and column, a stable tag from {@link Messages}); nothing is thrown and reading never stops
 * at the first problem. Only a set without any problem is returned, with Java names derived, enum
 * references resolved, integer-coded enums decided and type names normalised.
 */
public final class SchemaReader {
  private SchemaReader() {}

  /**
   * The registry's name when {@code @ReportSchemas} names none (its {@code registry()} default).
   */
  public static final String DEFAULT_REGISTRY = "ReportRegistry";

  /** Reads and checks {@code files} as one schema set with the default registry name. */
  public static Optional<SchemaSet> read(List<SchemaFile> files, Diagnostics diagnostics) {
    return read(files, DEFAULT_REGISTRY, diagnostics);
  }

  /**
   * Reads and checks {@code files} as one schema set whose registry class is {@code registry}.
   *
   * @return the validated set, or empty when at least one error was reported (by this call)
   */
  public static Optional<SchemaSet> read(
      List<SchemaFile> files, String registry, Diagnostics diagnostics) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(diagnostics, "diagnostics");
    Counting counting = new Counting(diagnostics);
    Optional<SchemaSet> set;
    try {
      List<Parsed.File> parsed = new ArrayList<>();
      for (SchemaFile file : files) {
        parsed.add(SchemaFileParser.parse(file, counting));
      }
      set = SchemaChecker.check(parsed, registry, counting);
    } catch (RuntimeException | StackOverflowError e) {
      // a bug in reportgen; still a diagnostic, never a processor stack trace
      counting.error(null, Messages.internalError(e));
      set = Optional.empty();
    }
    return counting.count > 0 ? Optional.empty() : set;
  }

  /**
   * Counts this call's errors and drops exact repeats (a node reached twice through a YAML alias
   * would otherwise be reported twice).
   */
  private static final class Counting implements Diagnostics {
    private final Diagnostics delegate;
    private final Set<List<Object>> seen = new HashSet<>();
    private int count;

    Counting(Diagnostics delegate) {
      this.delegate = delegate;
    }

    @Override
    public void error(SourceLocation where, Message message) {
      count++;
      if (seen.add(java.util.Arrays.asList(where, message))) {
        delegate.error(where, message);
      }
    }

    @Override
    public boolean hasErrors() {
      return count > 0 || delegate.hasErrors();
    }
  }
}
