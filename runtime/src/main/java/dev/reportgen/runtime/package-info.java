/**
 * The reportgen runtime's user API: {@link dev.reportgen.runtime.ReportReader} and {@link
 * dev.reportgen.runtime.RowCursor} read report responses and job results into generated records,
 * {@link dev.reportgen.runtime.ReportWriter} writes them back out, and {@link
 * dev.reportgen.runtime.ReportCatalog} and {@link dev.reportgen.runtime.Endpoint} tell which report
 * an API endpoint returns.
 *
 * <p>Null-marked: a type is non-null unless it carries JSpecify's {@code @Nullable}.
 */
@NullMarked
package dev.reportgen.runtime;

import org.jspecify.annotations.NullMarked;
