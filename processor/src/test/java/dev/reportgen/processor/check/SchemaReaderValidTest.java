package dev.reportgen.processor.check;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.reportgen.processor.diagnostics.ListDiagnostics;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaReaderValidTest {
  private static SchemaSet readValid() {
    ListDiagnostics diagnostics = new ListDiagnostics();
    Optional<SchemaSet> set =
        SchemaReader.read(
            List.of(TestFiles.load("valid/enums.yaml"), TestFiles.load("valid/reports.yaml")),
            diagnostics);
    assertWithMessage(diagnostics.toString()).that(diagnostics.entries()).isEmpty();
    assertThat(set).isPresent();
    return set.get();
  }

  @Test
  void filesInReadingOrder() {
    assertThat(readValid().files())
        .containsExactly("valid/enums.yaml", "valid/reports.yaml")
        .inOrder();
  }

  @Test
  void stringEnum() {
    EnumDef e = readValid().enums().get(0);
    assertThat(e.name()).isEqualTo("DeliveryStatus");
    assertThat(e.integerCodes()).isFalse();
    assertThat(e.description()).isEqualTo("Delivery status of a message to one recipient.");
    assertThat(e.values().stream().map(EnumValueDef::wire).toList())
        .containsExactly("Delivered", "Post-Delivery Hard Fail", "1")
        .inOrder();
    assertThat(e.values().stream().map(EnumValueDef::constant).toList())
        .containsExactly("DELIVERED", "POST_DELIVERY_HARD_FAIL", "ONE")
        .inOrder();
    assertThat(e.location()).isEqualTo(new SourceLocation("valid/enums.yaml", 3, 5));
    assertThat(e.values().get(1).location())
        .isEqualTo(new SourceLocation("valid/enums.yaml", 9, 9));
  }

  @Test
  void integerCodedEnum() {
    EnumDef e = readValid().enums().get(1);
    assertThat(e.name()).isEqualTo("SecureLineCode");
    assertThat(e.integerCodes()).isTrue();
    assertThat(e.values().stream().map(EnumValueDef::wire).toList())
        .containsExactly("-2", "0", "7")
        .inOrder();
  }

  @Test
  void rowReport() {
    ReportDef r = readValid().reports().get(0);
    assertThat(r.name()).isEqualTo("SentEmail");
    assertThat(r.title()).isEqualTo("Sent Email");
    assertThat(r.kind()).isEqualTo(ReportKind.ROWS);
    assertThat(r.endpointNames())
        .containsExactly("getEmailSMTPSentReportUser", "getEmailSMTPSentReportAccount")
        .inOrder();
    assertThat(r.endpoints().stream().filter(EndpointDef::hasPath).toList()).isEmpty();
    assertThat(r.additionalFields()).isTrue();
    assertThat(r.location()).isEqualTo(new SourceLocation("valid/reports.yaml", 2, 5));
    assertThat(r.columns())
        .containsExactly(
            new ColumnDef(
                "date_sent",
                "dateSent",
                ColumnType.DATETIME,
                false,
                false,
                null,
                "When the message was sent.",
                new SourceLocation("valid/reports.yaml", 9, 9)),
            new ColumnDef(
                "status",
                "status",
                ColumnType.ENUM,
                true,
                false,
                "DeliveryStatus",
                "The delivery status.",
                new SourceLocation("valid/reports.yaml", 12, 9)),
            new ColumnDef(
                "secureline",
                "secureline",
                ColumnType.ENUM,
                false,
                false,
                "SecureLineCode",
                "The SecureLine code.",
                new SourceLocation("valid/reports.yaml", 17, 9)),
            new ColumnDef(
                "Opens",
                "opens",
                ColumnType.INTEGER,
                false,
                false,
                null,
                "Number of opens; -1 when tracking was off.",
                new SourceLocation("valid/reports.yaml", 21, 9)),
            new ColumnDef(
                "header1",
                "header1",
                ColumnType.STRING,
                true,
                true,
                null,
                "First tracked header name.",
                new SourceLocation("valid/reports.yaml", 24, 9)),
            new ColumnDef(
                "header1_value",
                "header1Value",
                ColumnType.STRING,
                true,
                true,
                null,
                "First tracked header value.",
                new SourceLocation("valid/reports.yaml", 28, 9)),
            new ColumnDef(
                "class",
                "messageClass",
                ColumnType.FLOAT,
                false,
                false,
                null,
                "A keyword that is a Java keyword, renamed.",
                new SourceLocation("valid/reports.yaml", 33, 9)),
            new ColumnDef(
                "day",
                "day",
                ColumnType.DATE,
                false,
                false,
                null,
                "The day.",
                new SourceLocation("valid/reports.yaml", 37, 9)))
        .inOrder();
  }

  @Test
  void summaryReportSharesEnum() {
    ReportDef r = readValid().reports().get(1);
    assertThat(r.kind()).isEqualTo(ReportKind.SUMMARY);
    assertThat(r.additionalFields()).isFalse();
    assertThat(r.endpoints())
        .containsExactly(
            new EndpointDef(
                "getEmailSMTPSentSummary",
                "GET_EMAIL_SMTP_SENT_SUMMARY",
                null,
                null,
                new SourceLocation("valid/reports.yaml", 45, 9)),
            new EndpointDef(
                "getEmailSMTPSentSummaryAccount",
                "GET_EMAIL_SMTP_SENT_SUMMARY_ACCOUNT",
                EndpointScope.ACCOUNT,
                "/account/{account}/report/email/smtp/sent/summary",
                new SourceLocation("valid/reports.yaml", 46, 9)),
            new EndpointDef(
                "getEmailSMTPSentSummaryUser",
                "GET_EMAIL_SMTP_SENT_SUMMARY_USER",
                EndpointScope.USER,
                "/user/{user}/report/email/smtp/sent/summary",
                new SourceLocation("valid/reports.yaml", 49, 9)))
        .inOrder();
    assertThat(r.columns().get(0).type()).isEqualTo(ColumnType.INTEGER);
    assertThat(r.columns().get(1).enumName()).isEqualTo("DeliveryStatus");
    assertThat(readValid().enums()).hasSize(2);
  }
}
