package dev.reportgen.processor.schema;

import dev.reportgen.runtime.ReportKind;
import java.util.List;

/** One report: its record, its parser, and the endpoints that return it. */
public record ReportDef(
    String name,
    String title,
    ReportKind kind,
    String description,
    List<String> endpoints,
    boolean additionalFields,
    List<ColumnDef> columns,
    SourceLocation location) {}
