package dev.reportgen.luxsci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.Report;
import dev.reportgen.runtime.ReportMetadata;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.ReportType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Typed checks, written by hand, of fields in some sample responses. {@link LuxSciResponsesTest}
 * compares every field with files that {@code -Drecreate=true} regenerates from whatever the reader
 * does; these checks do not move with a recreate, so a reader bug cannot be approved by one. Each
 * covers a case where a plausible bug would still produce a tidy expected file.
 */
class LuxSciResponseSpotChecksTest {

  private static <T> List<T> rows(ReportType<T> type, String response) {
    return read(type, response).rows();
  }

  private static <T> Report<T> read(ReportType<T> type, String response) {
    try {
      return ReportReader.of(type)
          .readJson(Files.readAllBytes(LuxSciResponsesTest.RESPONSES.resolve(response)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anUnlistedEnumValueIsUnknownWithItsRawTextInTheExtras() {
    AsyncJob archived = rows(AsyncJob.type(), "async-job.json").get(3);
    assertEquals(90214L, archived.jobId());
    assertSame(AsyncJobStatus.UNKNOWN, archived.status());
    assertEquals(Optional.of("archived"), archived.extras().rawValue("status"));
    assertTrue(archived.extras().columns().isEmpty());
    // The other rows use listed values and keep no raw text.
    AsyncJob complete = rows(AsyncJob.type(), "async-job.json").get(0);
    assertSame(AsyncJobStatus.COMPLETE, complete.status());
    assertTrue(complete.extras().isEmpty());
  }

  @Test
  void theZeroDateAndMissingKeysOfNullableColumnsReadAsNull() {
    Report<AsyncJob> jobs = read(AsyncJob.type(), "async-job.json");
    assertEquals(
        new ReportMetadata(OptionalLong.of(4), OptionalLong.of(0), Optional.empty()),
        jobs.metadata());
    AsyncJob failed = jobs.rows().get(2); // "updated"/"completed": "0000-00-00 00:00:00"
    assertEquals(Instant.parse("2024-05-02T09:45:10Z"), failed.created());
    assertNull(failed.updated());
    assertNull(failed.completed());
    assertEquals(0L, failed.expectedRows()); // a real 0 stays 0
    AsyncJob archived = jobs.rows().get(3); // keys missing from the row object
    assertNull(archived.expectedRows());
    assertNull(archived.completedRows());
  }

  @Test
  void customFieldsLandInTheExtrasInWireOrderWithTheirNulls() {
    List<Contact> contacts = rows(Contact.type(), "contact.json");
    Map<String, String> ada = new LinkedHashMap<>();
    ada.put("first_name", "Ada");
    ada.put("member_since", "2019-04-01");
    assertEquals(ada, contacts.get(0).extras().columns());
    assertEquals(
        List.copyOf(ada.keySet()), List.copyOf(contacts.get(0).extras().columns().keySet()));
    Map<String, String> charles = contacts.get(1).extras().columns();
    assertEquals("Charles", charles.get("first_name"));
    assertTrue(charles.containsKey("member_since"), "a custom field sent as null is kept");
    assertNull(charles.get("member_since"));
    assertEquals(0L, contacts.get(1).isActive()); // "0" as a string
  }

  @Test
  void aSummaryIsItsSingleRow() {
    EmailOpensSummary summary = read(EmailOpensSummary.type(), "email-opens-summary.json").single();
    assertEquals(1304L, summary.allOpens());
    assertEquals(820L, summary.msgOpens());
    assertEquals(Instant.parse("2024-05-02T10:15:00Z"), summary.reportDate());
  }

  @Test
  void capitalisedKeywordsInTheHeaderFillTheLowerCaseColumns() {
    List<EmailDeliveryStatus> rows =
        rows(EmailDeliveryStatus.type(), "email-delivery-status-capitalised.json");
    assertEquals(1, rows.size());
    EmailDeliveryStatus row = rows.get(0);
    assertEquals(5L, row.opens()); // "Opens"
    assertEquals(2L, row.clicks()); // "Clicks"
    assertSame(UnsubscribedFlag.UNSUBSCRIBED, row.unsubscribed()); // "Unsubscribed"
    assertTrue(row.extras().isEmpty(), "no capitalised column left over as an extra");
    assertNull(row.header1()); // tracked-header columns not requested
  }

  @Test
  void sentinelsAreValuesAndIntegerCodesAcceptNumbersAsStrings() {
    List<EmailDeliveryStatus> status =
        rows(EmailDeliveryStatus.type(), "email-delivery-status.json");
    EmailDeliveryStatus queued = status.get(1);
    assertEquals(-1L, queued.opens()); // open tracking off
    assertEquals(-1L, queued.clicks()); // click tracking off
    assertSame(SecureLineCode.OPTED_OUT, queued.secureline()); // -2
    assertSame(TlsDeliveryCode.UNDETERMINED, queued.tlsDelivery()); // -1
    assertSame(SpamFlag.NOT_REPORTED, queued.spam()); // "0"
    assertNull(queued.deliveryStatusUpdated());
    assertNull(queued.header3()); // "" in a nullable String column

    List<SentEmail> sent = rows(SentEmail.type(), "sent-email.json");
    assertEquals(250L, sent.get(1).nRecipients()); // "250"
    assertSame(SecureLineOptOut.NOT_RECORDED, sent.get(1).optOut()); // -1
    assertSame(SpamFlag.REPORTED, sent.get(1).spam()); // "1"
    assertSame(SpamFlag.UNKNOWN, sent.get(2).spam());
    assertEquals(Optional.of("5"), sent.get(2).extras().rawValue("spam"));
  }

  /** Values that broke a strict read before the nullability review of issue 12. */
  @Test
  void aNeverUpdatedRowAndADraftCampaignReadWithNulls() {
    EmailDeliveryStatus queued =
        rows(EmailDeliveryStatus.type(), "email-delivery-status.json").get(3);
    assertEquals(Instant.parse("2024-05-02T08:00:00Z"), queued.dateSent());
    assertNull(queued.lastUpdated()); // "0000-00-00 00:00:00": never updated
    assertNull(queued.from()); // "": an empty envelope sender
    assertSame(DeliveryStatus.IN_QUEUE, queued.status());

    Campaign draft = rows(Campaign.type(), "campaign.json").get(3);
    assertEquals(7004L, draft.campaignId());
    assertNull(draft.title()); // ""
    assertNull(draft.templateId()); // Long since the review
    assertNull(draft.hourlyRateLimit());
    assertNull(draft.queuePriority());
    assertNull(draft.status());
    assertNull(draft.modified()); // the zero date
    assertEquals(Instant.parse("2024-05-02T11:30:00Z"), draft.created());
    assertEquals(0L, draft.nSent());
  }
}
