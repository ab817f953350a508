package dev.reportgen.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JavadocReflowTest {
  private static final String LONG_PROSE =
      "Number of seconds from sending until the delivery status was last updated; for delivered"
          + " messages this is the time to delivery.";

  @Test
  void longJavadocLinesWrapAtTheWidthWithTheirPrefix() {
    String source = "  /**\n   * " + LONG_PROSE + "\n   */\n";
    String wrapped = JavadocReflow.reflow(source);
    for (String line : wrapped.split("\n")) {
      assertTrue(line.length() <= JavadocReflow.WIDTH, line);
    }
    assertEquals(
        "  /**\n"
            + "   * Number of seconds from sending until the delivery status was last updated; for"
            + " delivered\n"
            + "   * messages this is the time to delivery.\n"
            + "   */\n",
        wrapped);
  }

  @Test
  void tagLinesContinueIndentedAndInlineTagsStayWhole() {
    String source =
        " * @param status {@code status} (Enum {@link DeliveryStatus}, nullable): wire value"
            + " {@code Post-Delivery Hard Fail} and five more spellings of the delivery outcome\n";
    String wrapped = JavadocReflow.reflow(source);
    assertEquals(
        " * @param status {@code status} (Enum {@link DeliveryStatus}, nullable): wire value\n"
            + " *     {@code Post-Delivery Hard Fail} and five more spellings of the delivery"
            + " outcome\n",
        wrapped);
  }

  @Test
  void codeAndShortLinesAreUntouched() {
    String code =
        "    return new EmailDeliveryStatus(this.dateSent, this.from, this.fromIp, this.header1,"
            + " this.header1Value, extras);\n * short\n";
    assertEquals(code, JavadocReflow.reflow(code));
  }
}
