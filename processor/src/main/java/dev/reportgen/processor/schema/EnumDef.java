package dev.reportgen.processor.schema;

import dev.reportgen.processor.diagnostics.SourceLocation;
import java.util.List;

/**
 * An enum type shared by the whole schema set.
 *
 * @param integerCodes whether every wire value is an integer code (written as YAML integers)
 */
public record EnumDef(
    String name,
    String description,
    boolean integerCodes,
    List<EnumValueDef> values,
    SourceLocation location) {}
