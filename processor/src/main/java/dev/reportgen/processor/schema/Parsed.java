package dev.reportgen.processor.schema;

import dev.reportgen.processor.diagnostics.SourceLocation;
import java.util.List;

/**
 * The schema as written, after the structural checks and before the semantic ones: every value
 * keeps its own source position so that later checks can point at it. A value the file did not give
 * (or gave in the wrong shape, already reported) is {@code null}; the checks skip it.
 *
 * <p>This is the hand-over from {@link SchemaParser} to {@code check.SchemaChecker}; code
 * generation never sees it, it gets the validated {@link SchemaSet}.
 */
public final class Parsed {
  private Parsed() {}

  /** A scalar's text and where it was written. */
  public record Text(String value, SourceLocation location) {}

  /** One file's content; {@code complete} is false when the file could not be read at all. */
  public record File(String name, boolean complete, List<EnumType> enums, List<Report> reports) {}

  /** An enum entry. */
  public record EnumType(
      Text name, String description, List<Value> values, SourceLocation location) {}

  /**
   * One enum value. {@code integer} tells whether the wire value was a YAML integer; then {@code
   * wire.value()} is already the normalised decimal text ({@code -2}).
   */
  public record Value(
      Text wire, boolean integer, Text constant, String description, SourceLocation location) {}

  /** A report entry. */
  public record Report(
      Text name,
      String title,
      Text kind,
      String description,
      List<Endpoint> endpoints,
      boolean additionalFields,
      List<Column> columns,
      SourceLocation location) {}

  /**
   * One entry of a report's {@code endpoints}: a plain name ({@code scope} and {@code path} null),
   * or a mapping with {@code name} and optionally {@code scope} and {@code path}.
   */
  public record Endpoint(Text name, Text scope, Text path, SourceLocation location) {}

  /**
   * A column entry. {@code nullable} is null when not written (the default then depends on {@code
   * optional}).
   */
  public record Column(
      Text keyword,
      Text type,
      Boolean nullable,
      SourceLocation nullableLocation,
      boolean optional,
      Text enumRef,
      Text javaName,
      String description,
      SourceLocation location) {}
}
