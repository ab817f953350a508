/**
 * The contract between the runtime and the code the reportgen processor generates: {@link
 * dev.reportgen.runtime.spi.Cell}, {@link dev.reportgen.runtime.spi.RowDecoder}, {@link
 * dev.reportgen.runtime.spi.EnumLookup}, {@link dev.reportgen.runtime.spi.IntegerCodes}, the {@link
 * dev.reportgen.runtime.spi.ReportgenGenerated} marker and the {@link
 * dev.reportgen.runtime.spi.RuntimeVersion} check. Applications do not call it; within a release
 * line it only grows (see {@link dev.reportgen.runtime.spi.RuntimeVersion}).
 *
 * <p>Null-marked: a type is non-null unless it carries JSpecify's {@code @Nullable}.
 */
@NullMarked
package dev.reportgen.runtime.spi;

import org.jspecify.annotations.NullMarked;
