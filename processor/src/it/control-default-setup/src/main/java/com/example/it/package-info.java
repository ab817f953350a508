@ReportSchemas(value = "it", registry = "ItReports")
package com.example.it;

import dev.reportgen.runtime.ReportSchemas;
