package dev.reportgen.processor.schema;

import dev.reportgen.processor.diagnostics.SourceLocation;

/**
 * One value of an enum type.
 *
 * @param wire the value exactly as the API sends it (the decimal text for integer codes)
 * @param constant the Java constant name
 */
public record EnumValueDef(
    String wire, String constant, String description, SourceLocation location) {}
