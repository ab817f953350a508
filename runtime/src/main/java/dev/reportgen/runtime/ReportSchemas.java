package dev.reportgen.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the reportgen annotation processor to generate models for a set of YAML report schemas.
 *
 * <p>Put it on a {@code package-info.java}; the generated records, enums, parsers and registry go
 * into that package. Each entry of {@link #value()} is a YAML file, or a folder whose {@code
 * *.yaml} and {@code *.yml} files are all read (in name order), relative to the schema root
 * (processor option {@code reportgen.schemaPath}, else the class output and class path).
 *
 * <pre>{@code
 * @ReportSchemas(value = "luxsci", registry = "LuxSciReports")
 * package com.example.luxsci;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface ReportSchemas {
  /** Schema files or folders, relative to the schema root. */
  String[] value();

  /** Simple name of the generated registry class that maps endpoint names to report types. */
  String registry() default "ReportRegistry";
}
