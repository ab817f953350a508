package dev.reportgen.cli;

import static dev.reportgen.cli.Cli.data;
import static dev.reportgen.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path temp;

  private static final String SENT_EMAIL_HEADER =
      "date_sent,from,from_ip,header1,header1_value,high_volume,n_recipients,notes,opt_out,"
          + "secureline,sendmail_id,size_bytes,spam,template_id,to,used_tls,user,user_id";

  @Test
  void sentEmailToCsvLineByLine() {
    Cli.Run run = run("convert", data("sent-email.json"), "--to", "csv");

    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.err());
    List<String> lines = run.outLines();
    assertEquals(9, lines.size(), run::toString);
    assertEquals(SENT_EMAIL_HEADER, lines.get(0));
    assertEquals(
        "2025-03-03 08:02:17,reminders@harborview-dental.example,198.51.100.23,x-campaign,"
            + "recall-march,1,1,,0,1,1tp4Qm-0007Lk-3a,18422,0,311,maria.okafor@mail.example,1,"
            + "reminders@harborview-dental.example,5521",
        lines.get(1));
    assertEquals(
        "2025-03-03 09:41:55,billing@harborview-dental.example,198.51.100.40,,,0,2,"
            + "statement batch 2025-02,0,2,1tp5xR-0009bC-Uq,71204,0,0,"
            + "\"accounts@lakeside-ortho.example, ap@lakeside-ortho.example\",1,"
            + "billing@harborview-dental.example,5530",
        lines.get(3));
    assertEquals(
        "2025-03-03 11:15:02,dr.patel@harborview-dental.example,MobileSync,,,0,1,,-1,0,"
            + "1tp7Rb-000CwX-9e,5120,0,0,r.alvarez@mail.example,1,dr.patel@harborview-dental.example,5507",
        lines.get(4));
  }

  @Test
  void sentEmailToJsonLinesLineByLine() {
    Cli.Run run = run("convert", data("sent-email.json"), "--to", "jsonl");

    assertEquals(0, run.exit(), run::toString);
    List<String> lines = run.outLines();
    assertEquals(8, lines.size(), run::toString);
    assertEquals(
        "{\"date_sent\":\"2025-03-03 08:02:17\",\"from\":\"reminders@harborview-dental.example\","
            + "\"from_ip\":\"198.51.100.23\",\"header1\":\"x-campaign\",\"header1_value\":\"recall-march\","
            + "\"high_volume\":1,\"n_recipients\":1,\"notes\":null,\"opt_out\":0,\"secureline\":1,"
            + "\"sendmail_id\":\"1tp4Qm-0007Lk-3a\",\"size_bytes\":18422,\"spam\":0,\"template_id\":311,"
            + "\"to\":\"maria.okafor@mail.example\",\"used_tls\":1,\"user\":\"reminders@harborview-dental.example\","
            + "\"user_id\":5521}",
        lines.get(0));
    assertTrue(lines.get(2).contains("\"notes\":\"statement batch 2025-02\""), lines.get(2));
    assertTrue(lines.get(4).contains("\"opt_out\":1,"), lines.get(4));
  }

  @Test
  void csvJobResultToJsonLinesKeepsEmbeddedNewlinesAndQuotes() {
    Cli.Run run = run("convert", data("sent-email-job.csv"), "--to", "jsonl");

    assertEquals(0, run.exit(), run::toString);
    List<String> lines = run.outLines();
    assertEquals(9, lines.size(), run::toString);
    assertTrue(
        lines
            .get(3)
            .contains(
                "\"notes\":\"Follow-up after root canal.\\nPatient asked for a copy of the X-ray.\""),
        lines.get(3));
    assertTrue(
        lines.get(4).contains("\"notes\":\"\\\"Family plan\\\" reminder, 3 recipients\""),
        lines.get(4));
    assertTrue(lines.get(3).contains("\"size_bytes\":2244981"), lines.get(3));
    assertFalse(
        lines.get(0).contains("header1"), "optional columns absent from the input are left out");
  }

  @Test
  void csvRoundTripQuotesWhatNeedsQuoting() {
    Cli.Run run = run("convert", data("sent-email-job.csv"), "--to", "csv");

    assertEquals(0, run.exit(), run::toString);
    assertEquals(
        "date_sent,from,from_ip,high_volume,n_recipients,notes,opt_out,secureline,sendmail_id,"
            + "size_bytes,spam,template_id,to,user,user_id",
        run.outLines().get(0));
    assertTrue(
        run.out()
            .contains(
                ",\"Follow-up after root canal.\nPatient asked for a copy of the X-ray.\",-1,0,"),
        run::toString);
    assertTrue(
        run.out().contains(",\"\"\"Family plan\"\" reminder, 3 recipients\",0,3,"), run::toString);
  }

  @Test
  void objectRowsZeroDatesAndUnknownEnumsInWireFormat() {
    Cli.Run csv = run("convert", data("delivery-status.json"), "--to", "csv");
    assertEquals(0, csv.exit(), csv::toString);
    List<String> lines = csv.outLines();
    assertEquals(7, lines.size(), csv::toString);
    // The queued message: zero date and empty numbers come out empty; codes as their wire values.
    assertTrue(
        lines
            .get(5)
            .startsWith(
                "2025-03-03 15:06:10,frontdesk@harborview-dental.example,203.0.113.77,2025-03-03 15:06:10,,,3,-1,"),
        lines.get(5));
    assertTrue(lines.get(5).contains(",In Queue,"), lines.get(5));
    // An enum value the schema does not list is written as it came.
    assertTrue(lines.get(6).contains(",Quarantined,"), lines.get(6));

    Cli.Run jsonl = run("convert", data("delivery-status.json"), "--to", "jsonl");
    assertEquals(0, jsonl.exit(), jsonl::toString);
    String queued = jsonl.outLines().get(4);
    assertTrue(
        queued.contains("\"delivery_status_updated\":null,\"delivery_seconds\":null"), queued);
    assertTrue(queued.contains("\"secureline\":-1,"), queued);
    assertTrue(queued.contains("\"status\":\"In Queue\""), queued);
    assertTrue(
        jsonl.outLines().get(5).contains("\"status\":\"Quarantined\""), jsonl.outLines().get(5));
    assertTrue(jsonl.outLines().get(3).contains("\"secureline\":-2,"), jsonl.outLines().get(3));
  }

  @Test
  void customFieldColumnsAreAppended() {
    Cli.Run csv = run("convert", data("contacts.json"), "--to", "csv");
    assertEquals(0, csv.exit(), csv::toString);
    assertEquals(
        "contact_id,list_id,owner_id,created,modified,email,domain,is_active,"
            + "first_name,last_name,preferred_location,recall_due",
        csv.outLines().get(0));
    assertEquals(
        "881540,4410,5521,2024-01-22 08:30:17,2025-01-09 12:44:30,r.alvarez@mail.example,"
            + "mail.example,1,Rosa,Álvarez,Lakeside,2025-04-02",
        csv.outLines().get(4));
    assertEquals(
        "883150,4410,5512,2025-02-28 15:20:02,2025-02-28 15:20:02,k.oconnor@inbox.example,"
            + "inbox.example,1,Kieran,O'Connor,,",
        csv.outLines().get(7));

    Cli.Run jsonl = run("convert", data("contacts.json"), "--to", "jsonl");
    assertEquals(0, jsonl.exit(), jsonl::toString);
    assertTrue(
        jsonl
            .outLines()
            .get(0)
            .endsWith(
                "\"is_active\":1,\"first_name\":\"Maria\",\"last_name\":\"Okafor\","
                    + "\"preferred_location\":\"Harborview Downtown\",\"recall_due\":\"2025-03-15\"}"),
        jsonl.outLines().get(0));
    assertTrue(
        jsonl.outLines().get(6).endsWith("\"preferred_location\":null,\"recall_due\":null}"),
        jsonl.outLines().get(6));
  }

  @Test
  void strictConvertFailsOnTheFirstBadRowAndWritesNothing() throws IOException {
    Path out = temp.resolve("opens.csv");
    Files.writeString(out, "previous content\n");

    Cli.Run run = run("convert", data("bad-rows.json"), "--to", "csv", "--out", out.toString());

    assertEquals(ExitCodes.DATA, run.exit(), run::toString);
    assertEquals(1, run.errLines().size(), run::toString);
    assertTrue(run.err().contains("row 2"), run::toString);
    assertEquals("previous content\n", Files.readString(out), "OUT is untouched on failure");
    try (var files = Files.list(temp)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void lenientConvertSkipsAndListsBadRows() throws IOException {
    Path out = temp.resolve("opens.jsonl");

    Cli.Run run =
        run(
            "convert",
            data("bad-rows.json"),
            "--to",
            "jsonl",
            "--lenient",
            "--out",
            out.toString());

    assertEquals(ExitCodes.BAD_ROWS, run.exit(), run::toString);
    assertEquals("", run.out());
    List<String> err = run.errLines();
    assertEquals(3, err.size(), run::toString);
    assertTrue(
        err.get(0)
            .startsWith("reportgen: " + data("bad-rows.json") + ": skipped bad row 2, line 11"),
        err.get(0));
    assertTrue(
        err.get(1)
            .startsWith("reportgen: " + data("bad-rows.json") + ": skipped bad row 4, line 13"),
        err.get(1));
    assertTrue(
        err.get(2)
            .startsWith("reportgen: " + data("bad-rows.json") + ": skipped bad row 5, line 14"),
        err.get(2));
    List<String> written = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(4, written.size());
    assertTrue(written.get(2).contains("\"status\":\"Post-Delivery Hard Fail\""), written.get(2));
  }

  @Test
  void internalReportConvertsToo() {
    Cli.Run run = run("convert", data("mailbox-quota.json"), "--to", "csv");

    assertEquals(0, run.exit(), run::toString);
    assertEquals(
        List.of(
            "mailbox,user_id,quota_mb,used_mb,state,measured_at,last_login,plan_renewal",
            "reminders@harborview-dental.example,5521,2048,311.4,ok,2025-03-04 01:15:00,2025-03-03 17:50:12,2025-09-01",
            "billing@harborview-dental.example,5530,5120,4388.9,warning,2025-03-04 01:15:00,2025-03-03 23:58:40,2025-09-01",
            "dr.patel@harborview-dental.example,5507,10240,10302.25,over quota,2025-03-04 01:15:01,2025-03-03 11:15:00,",
            "frontdesk@harborview-dental.example,5512,5120,1207.0,ok,2025-03-04 01:15:01,2025-03-03 15:06:02,2025-09-01",
            "noreply@harborview-dental.example,5541,1024,0.0,ok,2025-03-04 01:15:02,,",
            "former.hygienist@harborview-dental.example,5499,5120,2950.6,suspended,2025-03-04 01:15:02,2024-11-29 16:40:55,"),
        run.outLines());
  }

  @Test
  void missingToIsAUsageErrorInOneLine() {
    Cli.Run run = run("convert", data("sent-email.json"));

    assertEquals(ExitCodes.USAGE, run.exit(), run::toString);
    assertEquals(1, run.errLines().size(), run::toString);
    assertTrue(run.err().contains("--to"), run::toString);
    assertTrue(run.err().contains("see 'reportgen convert --help'"), run::toString);
  }

  @Test
  void unknownOutputFormatIsAUsageError() {
    Cli.Run run = run("convert", data("sent-email.json"), "--to", "xml");

    assertEquals(ExitCodes.USAGE, run.exit(), run::toString);
    assertEquals(1, run.errLines().size(), run::toString);
  }

  @Test
  void unwritableOutputIsAnIoError() {
    Path out = temp.resolve("no-such-dir").resolve("out.csv");

    Cli.Run run = run("convert", data("sent-email.json"), "--to", "csv", "--out", out.toString());

    assertEquals(ExitCodes.IO, run.exit(), run::toString);
    assertEquals(1, run.errLines().size(), run::toString);
    assertTrue(run.err().contains("cannot write"), run::toString);
  }

  @Test
  void missingInputIsAnIoError() {
    Cli.Run run = run("convert", "nope.csv", "--to", "csv");

    assertEquals(ExitCodes.IO, run.exit(), run::toString);
    assertEquals(List.of("reportgen: nope.csv: no such file"), run.errLines());
  }
}
