package dev.reportgen.processor.schema;

import dev.reportgen.processor.diagnostics.SourceLocation;
import dev.reportgen.runtime.EndpointScope;

/**
 * One API endpoint that returns a report.
 *
 * @param name the endpoint's name, e.g. {@code getEmailSMTPSentReportAccount}
 * @param constant the registry's constant for it, e.g. {@code GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT}
 * @param scope whose data it reports on; null when the schema gives no path
 * @param path the path template below the API's base URL, holding the scope's placeholder ({@code
 *     /account/{account}/report/email/smtp/sent}); null exactly when {@code scope} is
 * @param location where the endpoint was written
 */
public record EndpointDef(
    String name, String constant, EndpointScope scope, String path, SourceLocation location) {

  /** Whether the schema gives the endpoint's path (and so its scope). */
  public boolean hasPath() {
    return path != null;
  }
}
