package dev.reportgen.processor.schema;

import dev.reportgen.processor.diagnostics.SourceLocation;
import dev.reportgen.runtime.ColumnType;

/**
 * One column of a report.
 *
 * @param keyword the wire name, exact
 * @param javaName the record component name (derived or from {@code java_name})
 * @param enumName the referenced enum type, for {@link ColumnType#ENUM} columns; else null
 */
public record ColumnDef(
    String keyword,
    String javaName,
    ColumnType type,
    boolean nullable,
    boolean optional,
    String enumName,
    String description,
    SourceLocation location) {}
