package dev.reportgen.runtime.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks code written by the reportgen processor.
 *
 * <p>Class-retained and named "...Generated" on purpose: coverage tools such as JaCoCo skip classes
 * carrying a class-retained annotation whose simple name contains "Generated", and {@code
 * javax.annotation.processing.Generated} is source-retained so it cannot do that job.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE})
public @interface ReportgenGenerated {}
