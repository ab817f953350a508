package dev.reportgen.processor.schema;

import java.util.List;

/**
 * Every enum and report named by one {@code @ReportSchemas} annotation, in file order then
 * document order. Only a set that passed every check is handed to code generation.
 *
 * @param files the schema files read, as the user names them, in reading order
 */
public record SchemaSet(List<String> files, List<EnumDef> enums, List<ReportDef> reports) {}
