package dev.reportgen.processor.codegen;

import dev.reportgen.processor.diagnostics.SourceLocation;
import dev.reportgen.processor.schema.ColumnDef;
import dev.reportgen.processor.schema.EndpointDef;
import dev.reportgen.processor.schema.EnumDef;
import dev.reportgen.processor.schema.EnumValueDef;
import dev.reportgen.processor.schema.ReportDef;
import dev.reportgen.processor.schema.SchemaSet;
import dev.reportgen.runtime.ColumnType;
import dev.reportgen.runtime.EndpointScope;
import dev.reportgen.runtime.ReportKind;
import java.util.List;

/** A validated schema set built by hand, independent of the YAML front end. */
final class HandBuiltSchemas {
  private HandBuiltSchemas() {}

  static SourceLocation at(int line, int column) {
    return new SourceLocation("demo/demo.yaml", line, column);
  }

  static ColumnDef column(
      String keyword,
      String javaName,
      ColumnType type,
      boolean nullable,
      boolean optional,
      String enumName,
      String description) {
    return new ColumnDef(
        keyword, javaName, type, nullable, optional, enumName, description, at(1, 1));
  }

  static SchemaSet everything() {
    EnumDef status =
        new EnumDef(
            "DeliveryStatus",
            "Delivery status of a message to one recipient.",
            false,
            List.of(
                new EnumValueDef("Delivered", "DELIVERED", "Delivered successfully.", at(3, 9)),
                new EnumValueDef(
                    "Post-Delivery Hard Fail",
                    "POST_DELIVERY_HARD_FAIL",
                    "Accepted, then bounced */ back <b>&</b> @param {@code x}.",
                    at(5, 9))),
            at(1, 5));
    EnumDef code =
        new EnumDef(
            "SecureLineCode",
            "How SecureLine encrypted the message.",
            true,
            List.of(
                new EnumValueDef("-2", "OPTED_OUT", "Not used: sender opted out.", at(8, 9)),
                new EnumValueDef("0", "NONE", "Not encrypted.", at(9, 9)),
                new EnumValueDef("7", "TLS", "TLS only.", at(10, 9))),
            at(7, 5));
    ReportDef sent =
        new ReportDef(
            "SentEmail",
            "Sent Email",
            ReportKind.ROWS,
            "One row per message sent.",
            List.of(
                new EndpointDef(
                    "getEmailSMTPSentReportUser",
                    "GET_EMAIL_SMTP_SENT_REPORT_USER",
                    null,
                    null,
                    at(14, 9)),
                new EndpointDef(
                    "getEmailSMTPSentReportAccount",
                    "GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT",
                    EndpointScope.ACCOUNT,
                    "/account/{account}/report/email/smtp/sent",
                    at(15, 9))),
            false,
            List.of(
                column(
                    "date_sent", "dateSent", ColumnType.DATETIME, false, false, null, "When sent."),
                column("day", "day", ColumnType.DATE, true, false, null, "The day."),
                column("size", "size", ColumnType.INTEGER, false, false, null, "Bytes."),
                column("retries", "retries", ColumnType.INTEGER, true, false, null, "Retries."),
                column("score", "score", ColumnType.FLOAT, false, false, null, "Spam score."),
                column("ratio", "ratio", ColumnType.FLOAT, true, false, null, "Ratio."),
                column("from", "from", ColumnType.STRING, false, false, null, "Sender address."),
                column("Opens", "opens", ColumnType.INTEGER, false, false, null, "Opens."),
                column(
                    "status", "status", ColumnType.ENUM, true, false, "DeliveryStatus", "Status."),
                column(
                    "secureline",
                    "secureLine",
                    ColumnType.ENUM,
                    false,
                    false,
                    "SecureLineCode",
                    "Code."),
                column(
                    "header1", "header1", ColumnType.STRING, true, true, null, "Tracked header.")),
            at(12, 5));
    ReportDef totals =
        new ReportDef(
            "SentTotals",
            "Sent Totals",
            ReportKind.SUMMARY,
            "SMTP totals for the period.",
            List.of(
                new EndpointDef(
                    "getEmailSMTPSentSummary",
                    "GET_EMAIL_SMTP_SENT_SUMMARY",
                    EndpointScope.USER,
                    "/user/{user}/report/email/smtp/sent/summary",
                    at(42, 9))),
            true,
            List.of(
                column("count", "count", ColumnType.INTEGER, false, false, null, "Messages."),
                column(
                    "status",
                    "lastStatus",
                    ColumnType.ENUM,
                    true,
                    true,
                    "DeliveryStatus",
                    "Last.")),
            at(40, 5));
    return new SchemaSet(
        List.of("demo/demo.yaml"), "DemoReports", List.of(status, code), List.of(sent, totals));
  }
}
