package dev.reportgen.processor.schema;

import dev.reportgen.processor.diagnostics.Diagnostics;
import dev.reportgen.processor.diagnostics.Messages;
import dev.reportgen.processor.diagnostics.SourceLocation;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one schema file into its {@link Parsed} form: the bytes as YAML ({@link YamlLoader}: UTF-8,
 * limits, syntax), then the node tree as the schema language ({@link SchemaParser}: node kinds,
 * keys, flags). Every problem is reported (RG1xx), nothing is thrown; the semantic checks over the
 * whole set come after, in the {@code check} package.
 */
public final class SchemaFileParser {
  private SchemaFileParser() {}

  /**
   * The file's content as far as it could be read; {@link Parsed.File#complete()} is false when it
   * could not be read as YAML at all.
   */
  public static Parsed.File parse(SchemaFile file, Diagnostics diagnostics) {
    try {
      Optional<Node> root = YamlLoader.load(file, diagnostics);
      if (root.isEmpty()) {
        return new Parsed.File(file.name(), false, List.of(), List.of());
      }
      return SchemaParser.parse(file.name(), root.get(), diagnostics);
    } catch (RuntimeException | StackOverflowError e) {
      // a bug in reportgen; still a diagnostic, never a processor stack trace
      diagnostics.error(new SourceLocation(file.name(), 1, 1), Messages.internalError(e));
      return new Parsed.File(file.name(), false, List.of(), List.of());
    }
  }
}
