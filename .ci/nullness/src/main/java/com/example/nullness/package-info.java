/** The LuxSci schemas, generated here a second time so that NullAway checks generated code. */
@NullMarked
@ReportSchemas(value = "luxsci", registry = "CopiedReports")
package com.example.nullness;

import dev.reportgen.runtime.ReportSchemas;
import org.jspecify.annotations.NullMarked;
