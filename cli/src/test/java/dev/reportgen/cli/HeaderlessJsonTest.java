package dev.reportgen.cli;

import static dev.reportgen.cli.Cli.data;
import static dev.reportgen.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON responses without a header list: a summary report whose single row comes as plain keys of
 * the envelope, and rows as objects.
 */
class HeaderlessJsonTest {
  private static final String FILE = data("delivery-status-summary-keys.json");

  @TempDir Path temp;

  @Test
  void isDetectedFromItsKeys() {
    Cli.Run run = run("inspect", FILE);

    assertEquals(ExitCodes.OK, run.exit(), run::toString);
    assertTrue(
        run.out()
            .contains(
                "report:   EmailDeliveryStatusSummary \"Email Delivery Status Summary\""
                    + " (detected from its keys)"),
        run::toString);
    assertTrue(run.out().contains("rows:     1 (1 good, 0 bad)"), run::toString);
  }

  @Test
  void inspectShowsTheColumnsTheKeysCarry() {
    for (Cli.Run run :
        List.of(
            run("inspect", FILE), run("inspect", "--report", "EmailDeliveryStatusSummary", FILE))) {
      assertEquals(ExitCodes.OK, run.exit(), run::toString);
      assertFalse(run.out().contains("(not in this file)"), run::toString);
      assertTrue(run.out().matches("(?s).*\n  recipients +INTEGER +0 214\n.*"), run::toString);
      assertTrue(run.out().matches("(?s).*\n  pct_secureline +FLOAT\\? +1 -\n.*"), run::toString);
      // The row's own key that the schema does not name; the envelope's success and comment are not
      // columns.
      assertTrue(
          run.out()
              .matches(
                  "(?s).*extra columns \\(not in the schema\\):\n  keyword +values +empty\n  user_id +1 +0\n.*"),
          run::toString);
    }
  }

  @Test
  void convertWritesTheRowWithItsExtraKeyAndWithoutTheEnvelope() {
    Cli.Run csv = run("convert", FILE, "--to", "csv");

    assertEquals(ExitCodes.OK, csv.exit(), csv::toString);
    List<String> lines = csv.outLines();
    assertEquals(2, lines.size(), csv::toString);
    assertTrue(lines.get(0).startsWith("recipients,queued,delivered,"), lines.get(0));
    assertTrue(lines.get(0).endsWith(",pct_secureline_tls,report_date,user_id"), lines.get(0));
    assertFalse(lines.get(0).contains("success"), lines.get(0));
    assertTrue(lines.get(1).startsWith("214,0,207,4,3,7,"), lines.get(1));
    assertTrue(lines.get(1).endsWith(",2025-03-04 00:05:12,5521"), lines.get(1));
  }

  @Test
  void keysThatFitNoSummaryReportAreNotGuessed() throws IOException {
    // Sent Email's columns as plain keys: not a summary report, so not a row.
    Path odd = temp.resolve("odd.json");
    Files.writeString(odd, "{\"success\":1,\"recipients\":3,\"colour\":\"red\"}");

    Cli.Run run = run("inspect", odd.toString());

    assertEquals(ExitCodes.DATA, run.exit(), run::toString);
    assertEquals(1, run.errLines().size(), run::toString);
    assertTrue(
        run.err()
            .contains(
                "cannot tell which report this is: it has no header, and its keys [success,"
                    + " recipients, colour] fit no summary report"),
        run::toString);
  }

  /** contacts.json with its rows as objects keyed by column name, in a bare array: no header. */
  private Path contactsAsObjectRows() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode data = json.readTree(Path.of(data("contacts.json")).toFile()).get("data");
    ArrayNode rows = json.createArrayNode();
    for (JsonNode values : data.get("rows")) {
      ObjectNode row = rows.addObject();
      for (int i = 0; i < values.size(); i++) {
        row.set(data.get("header").get(i).asText(), values.get(i));
      }
    }
    Path file = temp.resolve("contacts-objects.json");
    json.writeValue(file.toFile(), rows);
    return file;
  }

  @Test
  void objectRowsWithoutAHeaderShowTheirColumnsAndCustomFields() throws IOException {
    Path file = contactsAsObjectRows();

    Cli.Run inspect = run("inspect", file.toString());
    assertEquals(ExitCodes.OK, inspect.exit(), inspect::toString);
    assertTrue(inspect.out().contains("rows:     7 (7 good, 0 bad)"), inspect::toString);
    assertFalse(inspect.out().contains("(not in this file)"), inspect::toString);
    assertTrue(inspect.out().matches("(?s).*\n  recall_due +5 +2\n.*"), inspect::toString);

    // The same CSV as from the file with its header.
    Cli.Run fromObjects = run("convert", file.toString(), "--to", "csv");
    Cli.Run fromArrays = run("convert", data("contacts.json"), "--to", "csv");
    assertEquals(ExitCodes.OK, fromObjects.exit(), fromObjects::toString);
    assertEquals(fromArrays.out(), fromObjects.out());
  }
}
