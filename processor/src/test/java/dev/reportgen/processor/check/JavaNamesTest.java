package dev.reportgen.processor.check;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JavaNamesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "date_sent | dateSent",
        "Opens | opens",
        "Unsubscribed | unsubscribed",
        "header1_value | header1Value",
        "header1 | header1",
        "URL | url",
        "ID | id",
        "user_ID | userId",
        "sent_BY | sentBy",
        "SMTPCode | smtpCode",
        "messageID | messageID",
        "x-my-header | xMyHeader",
        "first row | firstRow",
        "a.b.c | aBC",
        "__private | private",
        "2fa_enabled | 2faEnabled",
        "class | class",
      })
  void componentName(String keyword, String expected) {
    assertThat(JavaNames.componentName(keyword)).isEqualTo(expected);
  }

  @Test
  void noLettersNoName() {
    assertThat(JavaNames.componentName("_")).isEmpty();
    assertThat(JavaNames.componentName("--")).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "postDeliveryHardFail | POST_DELIVERY_HARD_FAIL",
        "Post-Delivery Hard Fail | POST_DELIVERY_HARD_FAIL",
        "red | RED",
        "opted out | OPTED_OUT",
      })
  void upperSnake(String text, String expected) {
    assertThat(JavaNames.upperSnake(text)).isEqualTo(expected);
  }

  @Test
  void upperCamel() {
    assertThat(JavaNames.upperCamel("sent_email")).isEqualTo("SentEmail");
    assertThat(JavaNames.upperCamel("deliveryStatus")).isEqualTo("DeliveryStatus");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SentEmail", "A", "Report2", "SMTPStats"})
  void validTypeNames(String name) {
    assertThat(JavaNames.isUpperCamel(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sentEmail", "Sent_Email", "Sent Email", "2Sent", "", "Sent$"})
  void invalidTypeNames(String name) {
    assertThat(JavaNames.isUpperCamel(name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"DELIVERED", "POST_DELIVERY_HARD_FAIL", "CODE_2", "A1"})
  void validConstants(String name) {
    assertThat(JavaNames.isUpperSnake(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Delivered", "_DELIVERED", "DELIVERED_", "A__B", "2A", "", "A-B"})
  void invalidConstants(String name) {
    assertThat(JavaNames.isUpperSnake(name)).isFalse();
  }

  @Test
  void keywordsAndIdentifiers() {
    assertThat(JavaNames.isKeyword("class")).isTrue();
    assertThat(JavaNames.isKeyword("true")).isTrue();
    assertThat(JavaNames.isKeyword("_")).isTrue();
    assertThat(JavaNames.isKeyword("record")).isFalse(); // restricted identifier, fine as a name
    assertThat(JavaNames.isValidIdentifier("dateSent")).isTrue();
    assertThat(JavaNames.isValidIdentifier("class")).isFalse();
    assertThat(JavaNames.isValidIdentifier("2fa")).isFalse();
    assertThat(JavaNames.isValidIdentifier("a.b")).isFalse();
    assertThat(JavaNames.isValidIdentifier("")).isFalse();
  }

  @Test
  void reservedNames() {
    assertThat(JavaNames.RESERVED_COMPONENTS)
        .containsAtLeast("extras", "type", "hashCode", "toString", "equals");
    assertThat(JavaNames.RESERVED_CONSTANTS).containsExactly("UNKNOWN", "LOOKUP");
    assertThat(JavaNames.RESERVED_ENDPOINT_CONSTANTS)
        .containsExactly("INSTANCE", "TYPES", "ENDPOINTS");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "getEmailSMTPSentReportAccount, GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT",
    "getUserReport2, GET_USER_REPORT2",
    "getSMTPLoginFailureReportAccount, GET_SMTP_LOGIN_FAILURE_REPORT_ACCOUNT",
    "get_sample, GET_SAMPLE",
    "get-sample.v2, GET_SAMPLE_V2",
  })
  void endpointConstants(String endpoint, String constant) {
    assertThat(JavaNames.endpointConstant(endpoint)).isEqualTo(constant);
  }
}
