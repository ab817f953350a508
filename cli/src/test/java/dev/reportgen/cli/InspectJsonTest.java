package dev.reportgen.cli;

import static dev.reportgen.cli.Cli.data;
import static dev.reportgen.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inspect --json}: one JSON object per file and line, as a script reads it. */
class InspectJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  private static List<JsonNode> documents(Cli.Run run) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    for (String line : run.outLines()) {
      documents.add(JSON.readTree(line));
    }
    return documents;
  }

  /** The entry of {@code keyword} in a document's columns. */
  private static JsonNode column(JsonNode document, String keyword) {
    for (JsonNode column : document.get("columns")) {
      if (column.get("keyword").asText().equals(keyword)) {
        return column;
      }
    }
    throw new AssertionError("no column " + keyword + " in " + document);
  }

  @Test
  void badRowsWithTheirPositionsCountsAndRanges() throws IOException {
    Cli.Run run = run("inspect", "--json", data("bad-rows.json"));

    assertEquals(ExitCodes.BAD_ROWS, run.exit(), run::toString);
    assertEquals("", run.err(), run::toString);
    List<JsonNode> documents = documents(run);
    assertEquals(1, documents.size(), run::toString);
    JsonNode file = documents.get(0);
    assertEquals(data("bad-rows.json"), file.get("file").asText());
    assertEquals(ExitCodes.BAD_ROWS, file.get("exit_code").asInt());
    assertEquals("EmailOpen", file.at("/report/name").asText());
    assertEquals("Email Opens", file.at("/report/title").asText());
    assertEquals("detected from the header", file.at("/report/chosen").asText());
    assertEquals("json", file.get("format").asText());
    assertEquals("lenient", file.get("parsing").asText());
    assertEquals(7, file.at("/rows/total").asLong());
    assertEquals(4, file.at("/rows/good").asLong());
    assertEquals(3, file.at("/rows/bad").asLong());
    assertEquals(7, file.get("total_matches").asLong());
    assertEquals(0, file.get("first_row").asLong());
    assertTrue(file.get("error").isNull());

    JsonNode first = file.get("bad_rows").get(0);
    assertEquals(2, first.get("row").asLong());
    assertEquals(11, first.get("line").asLong());
    assertTrue(first.get("line_column").asLong() > 0, first::toString);
    assertEquals("open_date", first.get("column").asText());
    assertEquals("2025-03-03 25:61:00", first.get("value").asText());
    assertEquals("time of day out of range", first.get("message").asText());
    assertEquals(3, file.get("bad_rows").size());
    assertEquals("user_id", file.get("bad_rows").get(1).get("column").asText());

    JsonNode templateId = column(file, "template_id");
    assertEquals("INTEGER", templateId.get("type").asText());
    assertFalse(templateId.get("nullable").asBoolean());
    assertTrue(templateId.get("in_file").asBoolean());
    assertEquals(0, templateId.get("nulls").asLong());
    assertEquals(311, templateId.get("min").asLong());
    assertTrue(templateId.get("max").isIntegralNumber());
    assertEquals(318, templateId.get("max").asLong());

    JsonNode status = column(file, "status");
    assertEquals("Delivered", status.at("/values/0/value").asText());
    assertEquals("DELIVERED", status.at("/values/0/constant").asText());
    assertEquals(3, status.at("/values/0/count").asLong());

    JsonNode userAgent = column(file, "user_agent");
    assertEquals(109, userAgent.get("min_length").asLong());
    assertEquals(121, userAgent.get("max_length").asLong());

    JsonNode header2 = column(file, "header2");
    assertFalse(header2.get("in_file").asBoolean());
    assertFalse(header2.has("nulls"), "no counts for a column the file does not carry");
  }

  @Test
  void oneLinePerFileAndFailuresAsDocumentsToo() throws IOException {
    Path missing = temp.resolve("missing.json");

    Cli.Run run =
        run(
            "inspect",
            "--json",
            data("sent-email.json"),
            missing.toString(),
            data("delivery-status.json"));

    assertEquals(ExitCodes.IO, run.exit(), run::toString);
    List<JsonNode> documents = documents(run);
    assertEquals(3, documents.size(), run::toString);
    assertEquals(0, documents.get(0).get("exit_code").asInt());
    assertEquals(8, documents.get(0).at("/rows/good").asLong());
    assertEquals(0, documents.get(0).get("bad_rows").size());
    assertEquals("length 10", rangeOfHeader1InText());
    assertEquals(10, column(documents.get(0), "header1").get("min_length").asLong());

    JsonNode failed = documents.get(1);
    assertEquals(missing.toString(), failed.get("file").asText());
    assertEquals(ExitCodes.IO, failed.get("exit_code").asInt());
    assertTrue(failed.get("report").isNull());
    assertEquals("no such file", failed.at("/error/message").asText());
    assertEquals(
        List.of("reportgen: " + missing + ": no such file"),
        run.errLines(),
        "stderr as without --json");

    JsonNode delivery = documents.get(2);
    JsonNode status = column(delivery, "status");
    boolean unknownSeen = false;
    for (JsonNode value : status.get("values")) {
      if (value.get("unknown").asBoolean()) {
        assertEquals("Quarantined", value.get("value").asText());
        assertTrue(value.get("constant").isNull());
        unknownSeen = true;
      }
    }
    assertTrue(unknownSeen, status::toString);
    assertEquals(
        "2025-03-03 08:02:19", column(delivery, "delivery_status_updated").get("min").asText());
  }

  private static String rangeOfHeader1InText() {
    Cli.Run text = run("inspect", data("sent-email.json"));
    for (String line : text.outLines()) {
      if (line.startsWith("  header1 ")) {
        return line.replaceFirst("^\\s+header1\\s+\\S+\\s+\\d+\\s+", "");
      }
    }
    throw new AssertionError(text.toString());
  }

  @Test
  void strictBadRowIsAnErrorWithItsPosition() throws IOException {
    Cli.Run run = run("inspect", "--json", "--strict", data("bad-rows.json"));

    assertEquals(ExitCodes.DATA, run.exit(), run::toString);
    JsonNode file = documents(run).get(0);
    assertEquals(ExitCodes.DATA, file.get("exit_code").asInt());
    assertEquals("EmailOpen", file.at("/report/name").asText());
    assertEquals("strict", file.get("parsing").asText());
    assertEquals(2, file.at("/error/row").asLong());
    assertEquals("open_date", file.at("/error/column").asText());
    assertEquals(11, file.at("/error/line").asLong());
    assertEquals("time of day out of range", file.at("/error/problem").asText());
    assertFalse(file.has("rows"), "a file that failed has no counts");
  }

  @Test
  void floatsAreNumbersAndDatesWireText() throws IOException {
    Path quota = Path.of(data("mailbox-quota.json"));
    Cli.Run run = run("inspect", "--json", quota.toString());

    JsonNode file = documents(run).get(0);
    JsonNode used = column(file, "used_mb");
    assertTrue(used.get("max").isNumber(), used::toString);
    assertEquals(10302.25, used.get("max").asDouble());
    assertEquals("2025-09-01", column(file, "plan_renewal").get("min").asText());
    assertEquals(3, column(file, "plan_renewal").get("nulls").asLong());
  }

  @Test
  void emptyInputIsAnErrorDocument() throws IOException {
    Path empty = temp.resolve("empty.json");
    Files.writeString(empty, "", StandardCharsets.UTF_8);

    Cli.Run run = run("inspect", "--json", empty.toString());

    assertEquals(ExitCodes.DATA, run.exit(), run::toString);
    JsonNode file = documents(run).get(0);
    assertTrue(file.at("/error/message").asText().startsWith("empty input"), file::toString);
  }
}
