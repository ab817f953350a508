package dev.reportgen.processor.schema;

import java.util.List;

/**
 * Every enum and report named by one {@code @ReportSchemas} annotation, in file order then document
 * order, and the name of the registry generated for them. Only a set that passed every check is
 * handed to code generation.
 *
 * @param files the schema files read, as the user names them, in reading order
 * @param registry the simple name of the registry class ({@code @ReportSchemas.registry()})
 */
public record SchemaSet(
    List<String> files, String registry, List<EnumDef> enums, List<ReportDef> reports) {}
