package dev.reportgen.processor.schema;

import dev.reportgen.processor.diagnostics.SourceLocation;
import dev.reportgen.runtime.ReportKind;
import java.util.List;

/** One report: its record, its parser, and the endpoints that return it. */
public record ReportDef(
    String name,
    String title,
    ReportKind kind,
    String description,
    List<EndpointDef> endpoints,
    boolean additionalFields,
    List<ColumnDef> columns,
    SourceLocation location) {

  /** The endpoints' names, in schema order. */
  public List<String> endpointNames() {
    return endpoints.stream().map(EndpointDef::name).toList();
  }
}
