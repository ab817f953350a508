/**
 * Models of the LuxSci reporting API, generated at compile time from the YAML schemas in {@code
 * luxsci/} (shipped inside this jar, next to the classes).
 *
 * <p>Each report of the LuxSci column reference has a record (one row), a {@code ...Parser}
 * singleton implementing {@link dev.reportgen.runtime.ReportType}, and every enumerated value set a
 * {@link dev.reportgen.runtime.WireEnum}. {@link dev.reportgen.luxsci.LuxSciReports} maps each API
 * endpoint name (for example {@code getEmailSMTPSentReportAccount}) to the report it returns:
 *
 * <pre>{@code
 * ReportType<?> type = LuxSciReports.INSTANCE.forEndpoint("getEmailSMTPSentReportAccount").orElseThrow();
 * Report<SentEmail> report = ReportReader.of(SentEmail.type()).readJson(body);
 * }</pre>
 *
 * <p>Where the reference is irregular (capitalised keywords, a column typed differently in two
 * reports, String columns with listed values, sentinel values), the decision taken is written as a
 * comment beside the column in the YAML.
 */
@ReportSchemas(value = "luxsci", registry = "LuxSciReports")
package dev.reportgen.luxsci;

import dev.reportgen.runtime.ReportSchemas;
