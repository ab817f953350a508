package dev.reportgen.processor.schema;

/**
 * One schema file's raw bytes, as the processor found it.
 *
 * @param name the path shown in diagnostics: relative to the schema root as written in
 *     {@code @ReportSchemas}, e.g. {@code luxsci/sent-email.yaml}
 * @param bytes the file content; must be UTF-8 (anything else is a diagnostic, not an exception)
 */
public record SchemaFile(String name, byte[] bytes) {}
