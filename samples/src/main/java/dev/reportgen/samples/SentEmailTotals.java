package dev.reportgen.samples;

import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.RowCursor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Typed use of the LuxSci model jar, as application code would do it: messages, recipients and
 * bytes per sending user in a Sent Email report, streamed in constant memory.
 *
 * <pre>{@code
 * java -cp samples/target/reportgen-cli.jar dev.reportgen.samples.SentEmailTotals samples/data/sent-email.json
 * }</pre>
 */
public final class SentEmailTotals {
  /** What one user sent. */
  public record Totals(long messages, long recipients, long bytes) {
    Totals plus(SentEmail mail) {
      return new Totals(messages + 1, recipients + mail.nRecipients(), bytes + mail.sizeBytes());
    }
  }

  private SentEmailTotals() {}

  /** Totals per user login, sorted by login. */
  public static Map<String, Totals> of(Path sentEmailJson) throws IOException {
    Map<String, Totals> totals = new TreeMap<>();
    try (InputStream in = Files.newInputStream(sentEmailJson);
        RowCursor<SentEmail> rows = ReportReader.of(SentEmail.type()).openJson(in)) {
      while (rows.hasNext()) {
        SentEmail mail = rows.next();
        totals.merge(mail.user(), new Totals(0, 0, 0).plus(mail), (a, b) -> a.plus(mail));
      }
    }
    return totals;
  }

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "samples/data/sent-email.json");
    of(file)
        .forEach(
            (user, t) ->
                System.out.printf(
                    "%-40s %3d messages %4d recipients %9d bytes%n",
                    user, t.messages(), t.recipients(), t.bytes()));
  }
}
