package dev.reportgen.luxsci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.runtime.Report;
import dev.reportgen.runtime.ReportKind;
import dev.reportgen.runtime.ReportMetadata;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowExtras;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * One sample response per report (src/test/resources/responses), read with the strict reader; every
 * component of every row is compared with an explicitly written expected record.
 *
 * <p>The samples vary the envelope on purpose. Layout names in the Javadoc of each test read
 * {@code <where>-<rows>-<header>}: rows under {@code data} or at the top level; rows as arrays
 * aligned with the header or as objects keyed by column name; header as a list of names or as a
 * list of {@code {"name", "type"}} objects. They also vary the value encodings the wire may use:
 * numbers as JSON numbers and as strings, empty values as {@code null}, {@code ""}, a missing key
 * and the zero date. Enum columns include a value the schema does not list (decoded to {@code
 * UNKNOWN}, raw text kept in the extras), and the custom-field reports carry custom columns in
 * their extras.
 */
class LuxSciResponsesTest {
  private static final DateTimeFormatter WIRE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  /** A DATETIME as LuxSci writes it (GMT). */
  private static Instant t(String wire) {
    return LocalDateTime.parse(wire, WIRE).toInstant(ZoneOffset.UTC);
  }

  /** An insertion-ordered map from alternating keys and values; values may be null. */
  private static Map<String, String> kv(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static byte[] resource(String file) {
    try (InputStream in = LuxSciResponsesTest.class.getResourceAsStream("/responses/" + file)) {
      assertNotNull(in, "missing sample responses/" + file);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads {@code file} as a response of {@code type} and checks it gives exactly {@code metadata}
   * and {@code expected}: column by column (so a failure names the column), then the extras, then
   * the whole record.
   */
  private static <T> void assertRows(
      ReportType<T> type, String file, ReportMetadata metadata, List<T> expected) {
    Report<T> report = ReportReader.of(type).readJson(resource(file));
    assertTrue(report.errors().isEmpty(), () -> file + ": " + report.errors());
    assertEquals(metadata, report.metadata(), file + ": metadata");
    assertEquals(expected.size(), report.rows().size(), file + ": number of rows");
    // The expected records are built through the canonical constructor, so every component is
    // given; this guards against a test written against a stale schema.
    assertEquals(
        type.columns().size() + 1, type.recordType().getRecordComponents().length, "components");
    for (int row = 0; row < expected.size(); row++) {
      T want = expected.get(row);
      T got = report.rows().get(row);
      for (int column = 0; column < type.columns().size(); column++) {
        String keyword = type.columns().get(column).keyword();
        assertEquals(
            type.value(want, column),
            type.value(got, column),
            file + " row " + row + " column " + keyword);
      }
      assertEquals(type.extras(want), type.extras(got), file + " row " + row + " extras");
      assertEquals(want, got, file + " row " + row);
    }
    if (type.kind() == ReportKind.SUMMARY) {
      assertEquals(expected.get(0), report.single(), file + ": single()");
    }
  }

  @Test
  void everyReportHasASampleResponse() {
    for (ReportType<?> type : LuxSciReports.INSTANCE.types()) {
      String file = type.name().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
      assertNotNull(
          LuxSciResponsesTest.class.getResource("/responses/" + file + ".json"),
          "no sample response for " + type.name());
    }
  }

  /** Asynchronous Job Status (async-job.json): under "data", rows under "rows" as objects, header as names, with total_matches, first_row. */
  @Test
  void asyncJob() {
    assertRows(AsyncJob.type(), "async-job.json",
        new ReportMetadata(OptionalLong.of(4), OptionalLong.of(0), Optional.empty()),
        List.of(
        new AsyncJob(
            90211L, // job_id
            "report-90211-smtp-sent.csv", // filename
            t("2024-05-02 08:00:03"), // created
            t("2024-05-02 08:14:51"), // updated
            t("2024-05-02 08:14:51"), // completed
            AsyncJobStatus.COMPLETE, // status
            null, // status_detail
            48210L, // expected_rows
            48210L, // completed_rows
            0L, // uid
            2L, // current_jobs
            5L, // max_jobs
            RowExtras.empty()),
        new AsyncJob(
            90212L, // job_id
            "report-90212-opens.csv", // filename
            t("2024-05-02 09:30:00"), // created
            t("2024-05-02 09:31:12"), // updated
            null, // completed
            AsyncJobStatus.RUNNING, // status
            null, // status_detail
            125000L, // expected_rows
            31877L, // completed_rows
            1043L, // uid
            2L, // current_jobs
            5L, // max_jobs
            RowExtras.empty()),
        new AsyncJob(
            90213L, // job_id
            "report-90213-bounces.csv", // filename
            t("2024-05-02 09:45:10"), // created
            null, // updated
            null, // completed
            AsyncJobStatus.FAILED, // status
            "SFTP upload refused: permission denied on /incoming", // status_detail
            0L, // expected_rows
            0L, // completed_rows
            1043L, // uid
            2L, // current_jobs
            5L, // max_jobs
            RowExtras.empty()),
        new AsyncJob(
            90214L, // job_id
            "report-90214-clicks.csv", // filename
            t("2024-05-02 10:02:44"), // created
            null, // updated
            null, // completed
            AsyncJobStatus.UNKNOWN, // status
            null, // status_detail
            null, // expected_rows
            null, // completed_rows
            1043L, // uid
            2L, // current_jobs
            5L, // max_jobs
            RowExtras.of(kv(), kv("status", "archived")))));
  }

  /** User Creation Detail (user-creation-detail.json): top level, rows under "records" as arrays, header as objects. */
  @Test
  void userCreationDetail() {
    assertRows(UserCreationDetail.type(), "user-creation-detail.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new UserCreationDetail(
            51001L, // user_id
            3320L, // domain_id
            "jane.doe@example-clinic.com", // login
            t("2023-11-14 16:22:09"), // created
            t("2024-02-01 07:45:00"), // modified
            "Jane Doe", // name
            RowExtras.empty()),
        new UserCreationDetail(
            51002L, // user_id
            3320L, // domain_id
            "frontdesk@example-clinic.com", // login
            t("2024-01-03 12:00:00"), // created
            t("2024-01-03 12:00:00"), // modified
            null, // name
            RowExtras.empty()),
        new UserCreationDetail(
            51007L, // user_id
            3321L, // domain_id
            "billing@example-dental.net", // login
            t("2024-03-19 09:10:11"), // created
            t("2024-04-30 23:59:59"), // modified
            "Billing Office (Dental)", // name
            RowExtras.empty())));
  }

  /** User Creation Summary (user-creation-summary.json): under "data", rows under "rows" as objects, header as objects. */
  @Test
  void userCreationSummary() {
    assertRows(UserCreationSummary.type(), "user-creation-summary.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new UserCreationSummary(
            4L, // delta_users
            87L, // total_users
            100L, // user_limit
            0.87, // pct_users
            t("2024-05-02 10:15:00"), // report_date
            RowExtras.empty())));
  }

  /** Lists Report (marketing-list.json): under "data", rows under "rows" as arrays, header as names. */
  @Test
  void marketingList() {
    assertRows(MarketingList.type(), "marketing-list.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new MarketingList(
            301L, // list_id
            51001L, // owner_id
            t("2023-06-01 10:00:00"), // created
            t("2024-04-22 13:05:17"), // modified
            "Patient Newsletter", // name
            "news@example-clinic.com", // from_email
            "Example Clinic", // from_name
            "reply@example-clinic.com", // reply_email
            1532L, // n_subscribers
            12L, // list_group_id
            RowExtras.empty()),
        new MarketingList(
            302L, // list_id
            51001L, // owner_id
            t("2024-01-15 08:30:00"), // created
            t("2024-01-15 08:30:00"), // modified
            "Flu Shot Reminders 2024", // name
            "reminders@example-clinic.com", // from_email
            null, // from_name
            null, // reply_email
            0L, // n_subscribers
            0L, // list_group_id
            RowExtras.empty())));
  }

  /** Contacts Report (contact.json): top level, rows under "data" as objects, header as names. */
  @Test
  void contact() {
    assertRows(Contact.type(), "contact.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new Contact(
            880001L, // contact_id
            301L, // list_id
            51001L, // owner_id
            t("2024-02-10 14:00:00"), // created
            t("2024-03-01 09:12:44"), // modified
            "ada.l@example.org", // email
            "example.org", // domain
            1L, // is_active
            RowExtras.of(kv("first_name", "Ada", "member_since", "2019-04-01"), kv())),
        new Contact(
            880002L, // contact_id
            301L, // list_id
            51001L, // owner_id
            t("2024-02-10 14:00:00"), // created
            t("2024-02-10 14:00:00"), // modified
            "c.babbage@example.net", // email
            "example.net", // domain
            0L, // is_active
            RowExtras.of(kv("first_name", "Charles", "member_since", null), kv()))));
  }

  /** Campaigns Report (campaign.json): under "data", rows under "results" as arrays, header as objects, with total_matches, comment. */
  @Test
  void campaign() {
    assertRows(Campaign.type(), "campaign.json",
        new ReportMetadata(OptionalLong.of(3), OptionalLong.empty(), Optional.of("campaigns of account 1200")),
        List.of(
        new Campaign(
            7001L, // campaign_id
            "Spring Wellness Newsletter", // title
            44L, // template_id
            t("2024-04-15 13:00:00"), // send_at
            t("2024-04-15 13:00:07"), // send_started_at
            5000L, // hourly_rate_limit
            1L, // queue_priority
            1532L, // n_staged
            1532L, // n_sent
            0L, // n_queued
            1498L, // n_delivered
            12L, // n_soft_bounce
            9L, // n_hard_bounce
            13L, // n_lost
            611L, // n_opened_unique
            902L, // n_opened_total
            140L, // n_clicked_unique
            188L, // n_clicked_total
            131L, // n_opened_clicked_unique
            6L, // n_suppressed
            2L, // n_spam
            CampaignStatus.COMPLETE, // status
            null, // status_detail
            t("2024-04-10 16:45:00"), // created
            t("2024-04-15 15:20:31"), // modified
            RowExtras.empty()),
        new Campaign(
            7002L, // campaign_id
            "Summer Hours Announcement", // title
            45L, // template_id
            null, // send_at
            null, // send_started_at
            2500L, // hourly_rate_limit
            2L, // queue_priority
            0L, // n_staged
            0L, // n_sent
            0L, // n_queued
            0L, // n_delivered
            0L, // n_soft_bounce
            0L, // n_hard_bounce
            0L, // n_lost
            0L, // n_opened_unique
            0L, // n_opened_total
            0L, // n_clicked_unique
            0L, // n_clicked_total
            0L, // n_opened_clicked_unique
            0L, // n_suppressed
            0L, // n_spam
            CampaignStatus.SCHEDULED, // status
            null, // status_detail
            t("2024-05-01 11:00:00"), // created
            t("2024-05-01 11:02:00"), // modified
            RowExtras.empty()),
        new Campaign(
            7003L, // campaign_id
            "Survey Follow-up", // title
            46L, // template_id
            t("2024-05-02 09:00:00"), // send_at
            t("2024-05-02 09:00:02"), // send_started_at
            1000L, // hourly_rate_limit
            3L, // queue_priority
            400L, // n_staged
            212L, // n_sent
            188L, // n_queued
            200L, // n_delivered
            1L, // n_soft_bounce
            0L, // n_hard_bounce
            11L, // n_lost
            3L, // n_opened_unique
            3L, // n_opened_total
            0L, // n_clicked_unique
            0L, // n_clicked_total
            0L, // n_opened_clicked_unique
            0L, // n_suppressed
            0L, // n_spam
            CampaignStatus.UNKNOWN, // status
            "rate limit reached, resuming at 10:00", // status_detail
            t("2024-04-30 08:00:00"), // created
            t("2024-05-02 09:30:00"), // modified
            RowExtras.of(kv(), kv("status", "throttled")))));
  }

  /** Campaign Report Logs (campaign-log.json): under "report", rows under "rows" as objects, header as names, with comment. */
  @Test
  void campaignLog() {
    assertRows(CampaignLog.type(), "campaign-log.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.of("detail report: custom fields included")),
        List.of(
        new CampaignLog(
            5550001L, // log_id
            "trk-9f2c1a", // tracking_code
            "4VbQkL0x1Z8", // sendmail_id
            7001L, // campaign_id
            "Spring Wellness Newsletter", // campaign_title
            t("2024-04-15 13:00:09"), // sent
            t("2024-04-15 13:00:12"), // delivery_status_updated
            880001L, // contact_id
            301L, // list_id
            "ada.l@example.org", // email
            MessageDisposition.DELIVERED, // disposition
            250L, // smtp_code
            "250 2.0.0 OK queued as 1A2B3C", // state_detail
            3L, // opens
            1L, // clicks
            0L, // unsubscribed
            0L, // complained
            1L, // tls_used
            0L, // sl_type
            RowExtras.of(kv("first_name", "Ada", "clinic_location", "Downtown"), kv())),
        new CampaignLog(
            5550002L, // log_id
            "trk-9f2c1b", // tracking_code
            "4VbQkL0x1Z9", // sendmail_id
            7001L, // campaign_id
            "Spring Wellness Newsletter", // campaign_title
            t("2024-04-15 13:00:09"), // sent
            null, // delivery_status_updated
            880002L, // contact_id
            301L, // list_id
            "c.babbage@example.net", // email
            MessageDisposition.QUEUED, // disposition
            null, // smtp_code
            null, // state_detail
            0L, // opens
            0L, // clicks
            0L, // unsubscribed
            0L, // complained
            0L, // tls_used
            0L, // sl_type
            RowExtras.of(kv("first_name", "Charles", "clinic_location", ""), kv())),
        new CampaignLog(
            5550003L, // log_id
            "trk-9f2c1c", // tracking_code
            "4VbQkL0x1ZA", // sendmail_id
            7001L, // campaign_id
            "Spring Wellness Newsletter", // campaign_title
            t("2024-04-15 13:00:10"), // sent
            t("2024-04-15 13:05:40"), // delivery_status_updated
            880003L, // contact_id
            301L, // list_id
            "old.address@example.com", // email
            MessageDisposition.UNKNOWN, // disposition
            451L, // smtp_code
            "greylisted, try later", // state_detail
            0L, // opens
            0L, // clicks
            1L, // unsubscribed
            1L, // complained
            0L, // tls_used
            2L, // sl_type
            RowExtras.of(kv("first_name", "Grace", "clinic_location", "Uptown"), kv("disposition", "deferred")))));
  }

  /** Campaign Report Opened (campaign-open.json): top level, rows under "rows" as arrays, header as names. */
  @Test
  void campaignOpen() {
    assertRows(CampaignOpen.type(), "campaign-open.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new CampaignOpen(
            5550001L, // log_id
            "trk-9f2c1a", // tracking_code
            7001L, // campaign_id
            "Spring Wellness Newsletter", // campaign_title
            t("2024-04-15 14:21:05"), // open_date
            880001L, // contact_id
            301L, // list_id
            "ada.l@example.org", // email
            "203.0.113.45", // ip_address
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15", // user_agent
            RowExtras.of(kv("first_name", "Ada"), kv())),
        new CampaignOpen(
            5550001L, // log_id
            "trk-9f2c1a", // tracking_code
            7001L, // campaign_id
            "Spring Wellness Newsletter", // campaign_title
            t("2024-04-16 08:02:40"), // open_date
            880001L, // contact_id
            301L, // list_id
            "ada.l@example.org", // email
            "2001:db8::7", // ip_address
            null, // user_agent
            RowExtras.of(kv("first_name", "Ada"), kv()))));
  }

  /** Campaign Report Clicked (campaign-click.json): under "data", rows under "rows" as objects, header as objects. */
  @Test
  void campaignClick() {
    assertRows(CampaignClick.type(), "campaign-click.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new CampaignClick(
            5550001L, // log_id
            "trk-9f2c1a", // tracking_code
            7001L, // campaign_id
            "Spring Wellness Newsletter", // campaign_title
            t("2024-04-15 14:22:31"), // click_date
            880001L, // contact_id
            301L, // list_id
            "ada.l@example.org", // email
            "203.0.113.45", // ip_address
            "https://example-clinic.com/wellness?utm_source=newsletter&utm_medium=email", // url
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/125.0", // user_agent
            RowExtras.of(kv("first_name", "Ada"), kv())),
        new CampaignClick(
            5550004L, // log_id
            "trk-9f2c1d", // tracking_code
            7001L, // campaign_id
            "Spring Wellness Newsletter", // campaign_title
            t("2024-04-15 19:00:00"), // click_date
            880004L, // contact_id
            301L, // list_id
            "r.feynman@example.edu", // email
            "198.51.100.9", // ip_address
            "https://example-clinic.com/book", // url
            null, // user_agent
            RowExtras.of(kv("first_name", null), kv()))));
  }

  /** Campaign Report Urls (campaign-url.json): top level, rows under "rows" as objects, header as objects. */
  @Test
  void campaignUrl() {
    assertRows(CampaignUrl.type(), "campaign-url.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new CampaignUrl(
            7001L, // campaign_id
            "Spring Wellness Newsletter", // campaign_title
            "https://example-clinic.com/wellness?utm_source=newsletter&utm_medium=email", // url
            151L, // clicks
            RowExtras.empty()),
        new CampaignUrl(
            7001L, // campaign_id
            "Spring Wellness Newsletter", // campaign_title
            "https://example-clinic.com/book", // url
            37L, // clicks
            RowExtras.empty())));
  }

  /** Campaign Report Bounces (campaign-bounce.json): under "data", rows under "rows" as arrays, header as names. */
  @Test
  void campaignBounce() {
    assertRows(CampaignBounce.type(), "campaign-bounce.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new CampaignBounce(
            5550007L, // log_id
            "trk-9f2c20", // tracking_code
            "4VbQkL0x1ZF", // sendmail_id
            7001L, // campaign_id
            "Spring Wellness Newsletter", // campaign_title
            t("2024-04-15 13:01:02"), // delivery_status_updated
            880007L, // contact_id
            301L, // list_id
            "no.such.user@example.com", // email
            MessageDisposition.HARD_BOUNCE, // disposition
            550L, // smtp_code
            "550 5.1.1 <no.such.user@example.com>: Recipient address rejected", // state_detail
            RowExtras.of(kv("first_name", ""), kv())),
        new CampaignBounce(
            5550008L, // log_id
            "trk-9f2c21", // tracking_code
            "4VbQkL0x1ZG", // sendmail_id
            7001L, // campaign_id
            "Spring Wellness Newsletter", // campaign_title
            t("2024-04-15 13:03:30"), // delivery_status_updated
            880008L, // contact_id
            301L, // list_id
            "full.mailbox@example.net", // email
            MessageDisposition.SOFT_BOUNCE, // disposition
            452L, // smtp_code
            "452 4.2.2 Mailbox full", // state_detail
            RowExtras.of(kv("first_name", "Max"), kv())),
        new CampaignBounce(
            5550009L, // log_id
            "trk-9f2c22", // tracking_code
            "4VbQkL0x1ZH", // sendmail_id
            7001L, // campaign_id
            "Spring Wellness Newsletter", // campaign_title
            t("2024-04-17 13:00:00"), // delivery_status_updated
            880009L, // contact_id
            301L, // list_id
            "gone@example.org", // email
            MessageDisposition.LOST, // disposition
            null, // smtp_code
            null, // state_detail
            RowExtras.of(kv("first_name", "Lise"), kv()))));
  }

  /** Campaign Report Complaints (campaign-complaint.json): top level, rows under "rows" as objects, header as names. */
  @Test
  void campaignComplaint() {
    assertRows(CampaignComplaint.type(), "campaign-complaint.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new CampaignComplaint(
            5550010L, // log_id
            "trk-9f2c23", // tracking_code
            7001L, // campaign_id
            "Spring Wellness Newsletter", // campaign_title
            880010L, // contact_id
            301L, // list_id
            "annoyed@example.com", // email
            RowExtras.of(kv("first_name", "Pat", "clinic_location", "Downtown"), kv()))));
  }

  /** Campaign Report Unsubscribed (campaign-unsubscribe.json): under "data", rows under "rows" as objects, header as names. */
  @Test
  void campaignUnsubscribe() {
    assertRows(CampaignUnsubscribe.type(), "campaign-unsubscribe.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new CampaignUnsubscribe(
            5550011L, // log_id
            "trk-9f2c24", // tracking_code
            7001L, // campaign_id
            "Spring Wellness Newsletter", // campaign_title
            t("2024-04-15 18:40:00"), // unsubscribed_date
            880011L, // contact_id
            301L, // list_id
            "moving.on@example.com", // email
            "Unsubscribe link in message", // note
            RowExtras.of(kv("first_name", "Sam"), kv())),
        new CampaignUnsubscribe(
            5550012L, // log_id
            "trk-9f2c25", // tracking_code
            7001L, // campaign_id
            "Spring Wellness Newsletter", // campaign_title
            t("2024-04-16 07:00:00"), // unsubscribed_date
            880012L, // contact_id
            301L, // list_id
            "list-unsub@example.net", // email
            null, // note
            RowExtras.of(kv("first_name", "Kim"), kv()))));
  }

  /** Email Delivery Status (email-delivery-status.json): under "data", rows under "rows" as arrays, header as names, with total_matches, first_row. */
  @Test
  void emailDeliveryStatus() {
    assertRows(EmailDeliveryStatus.type(), "email-delivery-status.json",
        new ReportMetadata(OptionalLong.of(1234), OptionalLong.of(100), Optional.empty()),
        List.of(
        new EmailDeliveryStatus(
            t("2024-05-01 15:04:05"), // date_sent
            "jane.doe@example-clinic.com", // from
            "192.0.2.10", // from_ip
            "x-campaign", // header1
            "SPRING24", // header1_value
            "x-patient-ref", // header2
            "PR-0042", // header2_value
            "x-mailer", // header3
            "ClinicCRM 4.2", // header3_value
            t("2024-05-01 16:10:00"), // last_updated
            t("2024-05-01 15:04:09"), // delivery_status_updated
            4L, // delivery_seconds
            2L, // n_recipients
            SecureLineCode.TLS, // secureline
            "1s7XkV-000AbC-9q", // sendmail_id
            18432L, // size_bytes
            250L, // smtp_code
            SpamFlag.NOT_REPORTED, // spam
            3L, // opens
            1L, // clicks
            UnsubscribedFlag.NOT_UNSUBSCRIBED, // unsubscribed
            DeliveryStatus.DELIVERED, // status
            "250 2.0.0 Ok: queued as 4F1A2B", // details
            TlsDeliveryCode.TLS_USED, // tls_delivery
            "TLSv1.3 TLS_AES_256_GCM_SHA384 256/256", // tls_info
            "patient@example.org", // to
            "jane.doe@example-clinic.com", // user
            51001L, // user_id
            0L, // template_id
            RowExtras.empty()),
        new EmailDeliveryStatus(
            t("2024-05-01 15:04:05"), // date_sent
            "jane.doe@example-clinic.com", // from
            "MobileSync", // from_ip
            "x-campaign", // header1
            "SPRING24", // header1_value
            null, // header2
            null, // header2_value
            null, // header3
            null, // header3_value
            t("2024-05-01 15:04:05"), // last_updated
            null, // delivery_status_updated
            null, // delivery_seconds
            2L, // n_recipients
            SecureLineCode.OPTED_OUT, // secureline
            "1s7XkV-000AbC-9q", // sendmail_id
            18432L, // size_bytes
            null, // smtp_code
            SpamFlag.NOT_REPORTED, // spam
            -1L, // opens
            -1L, // clicks
            UnsubscribedFlag.NOT_UNSUBSCRIBED, // unsubscribed
            DeliveryStatus.IN_QUEUE, // status
            "connect to mx.example.net timed out; will retry", // details
            TlsDeliveryCode.UNDETERMINED, // tls_delivery
            null, // tls_info
            "second@example.net", // to
            "jane.doe@example-clinic.com", // user
            51001L, // user_id
            0L, // template_id
            RowExtras.empty()),
        new EmailDeliveryStatus(
            t("2024-05-02 07:00:00"), // date_sent
            "alerts@example-clinic.com", // from
            "192.0.2.11", // from_ip
            null, // header1
            null, // header1_value
            null, // header2
            null, // header2_value
            null, // header3
            null, // header3_value
            t("2024-05-02 07:30:00"), // last_updated
            t("2024-05-02 07:05:00"), // delivery_status_updated
            300L, // delivery_seconds
            1L, // n_recipients
            SecureLineCode.UNKNOWN, // secureline
            "1s8AaA-000XyZ-01", // sendmail_id
            2048L, // size_bytes
            550L, // smtp_code
            SpamFlag.REPORTED, // spam
            0L, // opens
            0L, // clicks
            UnsubscribedFlag.UNSUBSCRIBED, // unsubscribed
            DeliveryStatus.UNKNOWN, // status
            null, // details
            TlsDeliveryCode.TLS_NOT_USED, // tls_delivery
            null, // tls_info
            "nobody@example.com", // to
            "alerts@example-clinic.com", // user
            51003L, // user_id
            17L, // template_id
            RowExtras.of(kv(), kv("secureline", "9", "status", "Bounced Later")))));
  }

  /** Email Delivery Status (email-delivery-status-capitalised.json): top level, rows under "rows" as objects, header as names. The header spells Opens, Clicks and Unsubscribed capitalised, as the reference does; the schema keeps them lower case and the runtime matches them case-insensitively. Tracked-header columns absent. */
  @Test
  void emailDeliveryStatusCapitalised() {
    assertRows(EmailDeliveryStatus.type(), "email-delivery-status-capitalised.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new EmailDeliveryStatus(
            t("2024-05-03 11:11:11"), // date_sent
            "jane.doe@example-clinic.com", // from
            "192.0.2.10", // from_ip
            null, // header1
            null, // header1_value
            null, // header2
            null, // header2_value
            null, // header3
            null, // header3_value
            t("2024-05-03 12:00:00"), // last_updated
            t("2024-05-03 11:11:14"), // delivery_status_updated
            3L, // delivery_seconds
            1L, // n_recipients
            SecureLineCode.NOT_USED, // secureline
            "1s9QqQ-000Cap-01", // sendmail_id
            9000L, // size_bytes
            250L, // smtp_code
            SpamFlag.NOT_REPORTED, // spam
            5L, // opens
            2L, // clicks
            UnsubscribedFlag.UNSUBSCRIBED, // unsubscribed
            DeliveryStatus.DELIVERED, // status
            "250 OK", // details
            TlsDeliveryCode.TLS_USED, // tls_delivery
            "TLSv1.2 ECDHE-RSA-AES128-GCM-SHA256", // tls_info
            "reader@example.org", // to
            "jane.doe@example-clinic.com", // user
            51001L, // user_id
            12L, // template_id
            RowExtras.empty())));
  }

  /** Sent Email (sent-email.json): top level, rows under "rows" as arrays, header as names. Tracked-header columns absent (not requested). */
  @Test
  void sentEmail() {
    assertRows(SentEmail.type(), "sent-email.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new SentEmail(
            t("2024-05-01 15:04:05"), // date_sent
            "jane.doe@example-clinic.com", // from
            "192.0.2.10", // from_ip
            null, // header1
            null, // header1_value
            null, // header2
            null, // header2_value
            null, // header3
            null, // header3_value
            HighVolume.NOT_HIGH_VOLUME, // high_volume
            2L, // n_recipients
            null, // notes
            SecureLineOptOut.NOT_OPTED_OUT, // opt_out
            2L, // secureline
            "1s7XkV-000AbC-9q", // sendmail_id
            18432L, // size_bytes
            SpamFlag.NOT_REPORTED, // spam
            0L, // template_id
            "patient@example.org, second@example.net", // to
            TlsUsed.USED, // used_tls
            "jane.doe@example-clinic.com", // user
            51001L, // user_id
            RowExtras.empty()),
        new SentEmail(
            t("2024-05-01 16:00:00"), // date_sent
            "newsletter@example-clinic.com", // from
            "MobileSync", // from_ip
            null, // header1
            null, // header1_value
            null, // header2
            null, // header2_value
            null, // header3
            null, // header3_value
            HighVolume.HIGH_VOLUME, // high_volume
            250L, // n_recipients
            null, // notes
            SecureLineOptOut.NOT_RECORDED, // opt_out
            0L, // secureline
            "1s7YzZ-000Def-7Q", // sendmail_id
            9120L, // size_bytes
            SpamFlag.REPORTED, // spam
            12L, // template_id
            "list@example.net", // to
            TlsUsed.NOT_USED, // used_tls
            "newsletter@example-clinic.com", // user
            51002L, // user_id
            RowExtras.empty()),
        new SentEmail(
            t("2024-05-02 07:00:00"), // date_sent
            "alerts@example-clinic.com", // from
            null, // from_ip
            null, // header1
            null, // header1_value
            null, // header2
            null, // header2_value
            null, // header3
            null, // header3_value
            HighVolume.UNKNOWN, // high_volume
            1L, // n_recipients
            "resent by support", // notes
            SecureLineOptOut.OPTED_OUT, // opt_out
            0L, // secureline
            "1s8AaA-000XyZ-01", // sendmail_id
            2048L, // size_bytes
            SpamFlag.UNKNOWN, // spam
            0L, // template_id
            "nobody@example.com", // to
            null, // used_tls
            "alerts@example-clinic.com", // user
            51003L, // user_id
            RowExtras.of(kv(), kv("high_volume", "2", "spam", "5")))));
  }

  /** Email URL Clicks (email-url-click.json): under "data", rows under "rows" as objects, header as objects. Tracked-header columns absent (not requested). */
  @Test
  void emailUrlClick() {
    assertRows(EmailUrlClick.type(), "email-url-click.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new EmailUrlClick(
            t("2024-05-01 15:04:05"), // date_sent
            "jane.doe@example-clinic.com", // from
            null, // header1
            null, // header1_value
            null, // header2
            null, // header2_value
            null, // header3
            null, // header3_value
            "198.51.100.23", // clicker_ip
            t("2024-05-01 17:45:12"), // click_date
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Safari/605.1.15", // user_agent
            "1s7XkV-000AbC-9q", // sendmail_id
            DeliveryStatus.DELIVERED, // status
            0L, // template_id
            "patient@example.org", // to
            "https://portal.example-clinic.com/results/8841", // url
            "jane.doe@example-clinic.com", // user
            51001L, // user_id
            RowExtras.empty()),
        new EmailUrlClick(
            t("2024-05-01 16:00:00"), // date_sent
            "newsletter@example-clinic.com", // from
            null, // header1
            null, // header1_value
            null, // header2
            null, // header2_value
            null, // header3
            null, // header3_value
            "203.0.113.77", // clicker_ip
            t("2024-05-02 06:00:00"), // click_date
            null, // user_agent
            "1s7YzZ-000Def-7Q", // sendmail_id
            DeliveryStatus.POST_DELIVERY_HARD_FAIL, // status
            12L, // template_id
            "list@example.net", // to
            "https://example-clinic.com/unsubscribe?u=abc%20def", // url
            "newsletter@example-clinic.com", // user
            51002L, // user_id
            RowExtras.empty())));
  }

  /** Email Opens (email-open.json): top level, rows under "rows" as arrays, header as objects. */
  @Test
  void emailOpen() {
    assertRows(EmailOpen.type(), "email-open.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new EmailOpen(
            t("2024-05-01 15:04:05"), // date_sent
            "jane.doe@example-clinic.com", // from
            "x-campaign", // header1
            "SPRING24", // header1_value
            "x-patient-ref", // header2
            "PR-0042", // header2_value
            "x-mailer", // header3
            "ClinicCRM 4.2", // header3_value
            "203.0.113.45", // opener_ip
            t("2024-05-01 15:30:00"), // open_date
            "Microsoft Outlook 16.0", // user_agent
            "1s7XkV-000AbC-9q", // sendmail_id
            DeliveryStatus.DELIVERED, // status
            0L, // template_id
            "patient@example.org", // to
            "jane.doe@example-clinic.com", // user
            51001L, // user_id
            RowExtras.empty()),
        new EmailOpen(
            t("2024-05-01 16:00:00"), // date_sent
            "newsletter@example-clinic.com", // from
            null, // header1
            null, // header1_value
            null, // header2
            null, // header2_value
            null, // header3
            null, // header3_value
            "2001:db8:85a3::8a2e:370:7334", // opener_ip
            t("2024-05-01 16:20:00"), // open_date
            null, // user_agent
            "1s7YzZ-000Def-7Q", // sendmail_id
            DeliveryStatus.SOFT_BOUNCE, // status
            12L, // template_id
            "list@example.net", // to
            "newsletter@example-clinic.com", // user
            51002L, // user_id
            RowExtras.empty()),
        new EmailOpen(
            t("2024-05-01 16:00:00"), // date_sent
            "newsletter@example-clinic.com", // from
            "x-campaign", // header1
            "SUMMER", // header1_value
            null, // header2
            null, // header2_value
            null, // header3
            null, // header3_value
            "192.0.2.200", // opener_ip
            t("2024-05-01 16:21:00"), // open_date
            "Thunderbird/115.10", // user_agent
            "1s7YzZ-000Def-7R", // sendmail_id
            DeliveryStatus.NO_DATA_AVAILABLE, // status
            12L, // template_id
            "other@example.net", // to
            "newsletter@example-clinic.com", // user
            51002L, // user_id
            RowExtras.empty())));
  }

  /** Email SMTP Complaint Feedback Loop (feedback-loop-complaint.json): under "data", rows under "rows" as arrays, header as objects. */
  @Test
  void feedbackLoopComplaint() {
    assertRows(FeedbackLoopComplaint.type(), "feedback-loop-complaint.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new FeedbackLoopComplaint(
            t("2024-05-03 02:11:00"), // complaint_date
            "AOL", // complaint_source
            t("2024-05-01 16:00:00"), // date_sent
            "SMTP", // message_type
            "1s7YzZ-000Def-7Q", // sendmail_id
            "192.0.2.25", // server_ip
            "Your May newsletter", // subject
            "redacted", // to
            "newsletter@example-clinic.com", // user
            51002L, // user_id
            RowExtras.empty()),
        new FeedbackLoopComplaint(
            t("2024-05-03 04:00:00"), // complaint_date
            "Yahoo", // complaint_source
            t("2024-05-02 07:00:00"), // date_sent
            "WebMail", // message_type
            "1s8AaA-000XyZ-01", // sendmail_id
            "192.0.2.26", // server_ip
            null, // subject
            "grumpy@example.com", // to
            "alerts@example-clinic.com", // user
            51003L, // user_id
            RowExtras.empty())));
  }

  /** Email Suppressions (email-suppression.json): top level, rows under "rows" as objects, header as objects. */
  @Test
  void emailSuppression() {
    assertRows(EmailSuppression.type(), "email-suppression.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new EmailSuppression(
            1200L, // account_id
            t("2024-04-15 18:40:00"), // added
            3320L, // domain_id
            "moving.on@example.com", // email
            0L, // expires
            "Unsubscribed via link", // note
            "1s7XkV-000AbC-9q", // sendmail_id
            51001L, // user_id
            RowExtras.empty()),
        new EmailSuppression(
            1200L, // account_id
            t("2024-04-20 10:00:00"), // added
            0L, // domain_id
            "bounces@example.net", // email
            30L, // expires
            null, // note
            null, // sendmail_id
            0L, // user_id
            RowExtras.empty()),
        new EmailSuppression(
            1200L, // account_id
            t("2024-04-21 10:00:00"), // added
            3320L, // domain_id
            "manual@example.org", // email
            365L, // expires
            "Added by administrator", // note
            null, // sendmail_id
            0L, // user_id
            RowExtras.empty())));
  }

  /** Email Temporary Failures (email-temp-failure.json): under "data", rows under "rows" as objects, header as names. */
  @Test
  void emailTempFailure() {
    assertRows(EmailTempFailure.type(), "email-temp-failure.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new EmailTempFailure(
            t("2024-05-01 16:00:00"), // date_sent
            t("2024-05-01 16:00:04"), // date_temp_failure
            "421 4.7.0 Try again later, closing connection", // temp_fail_message
            "1s7YzZ-000Def-7Q", // sendmail_id
            "list@example.net", // msg_to
            51002L, // user_id
            RowExtras.empty()),
        new EmailTempFailure(
            t("2024-05-01 16:00:00"), // date_sent
            t("2024-05-01 16:30:04"), // date_temp_failure
            "Mailbox temporarily unavailable", // temp_fail_message
            "1s7YzZ-000Def-7Q", // sendmail_id
            "list@example.net", // msg_to
            51002L, // user_id
            RowExtras.empty())));
  }

  /** Email Delivery Status Summary (email-delivery-status-summary.json): top level, rows under "rows" as arrays, header as names. */
  @Test
  void emailDeliveryStatusSummary() {
    assertRows(EmailDeliveryStatusSummary.type(), "email-delivery-status-summary.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new EmailDeliveryStatusSummary(
            2000L, // recipients
            12L, // queued
            1950L, // delivered
            20L, // hard_failed
            18L, // soft_failed
            38L, // failed
            820L, // opened
            215L, // clicked
            9L, // unsubscribed
            400L, // secureline
            40L, // secureline_escrow
            360L, // secureline_tls
            0.006, // pct_queued
            0.975, // pct_delivered
            0.01, // pct_hard_failed
            0.009, // pct_soft_failed
            0.019, // pct_failed
            0.41, // pct_opened
            0.1075, // pct_clicked
            0.0045, // pct_unsubscribed
            0.2, // pct_secureline
            0.02, // pct_secureline_escrow
            0.18, // pct_secureline_tls
            t("2024-05-02 10:15:00"), // report_date
            RowExtras.empty())));
  }

  /** Email Delivery Status Summary (email-delivery-status-summary-empty.json): under "data", rows under "rows" as objects, header as names. A period with no mail: every ratio is absent (null, empty string or missing key). */
  @Test
  void emailDeliveryStatusSummaryEmpty() {
    assertRows(EmailDeliveryStatusSummary.type(), "email-delivery-status-summary-empty.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new EmailDeliveryStatusSummary(
            0L, // recipients
            0L, // queued
            0L, // delivered
            0L, // hard_failed
            0L, // soft_failed
            0L, // failed
            0L, // opened
            0L, // clicked
            0L, // unsubscribed
            0L, // secureline
            0L, // secureline_escrow
            0L, // secureline_tls
            null, // pct_queued
            null, // pct_delivered
            null, // pct_hard_failed
            null, // pct_soft_failed
            null, // pct_failed
            null, // pct_opened
            null, // pct_clicked
            null, // pct_unsubscribed
            null, // pct_secureline
            null, // pct_secureline_escrow
            null, // pct_secureline_tls
            t("2024-05-02 10:16:00"), // report_date
            RowExtras.empty())));
  }

  /** Email Opens Summary (email-opens-summary.json): under "data", rows under "results" as arrays, header as objects. */
  @Test
  void emailOpensSummary() {
    assertRows(EmailOpensSummary.type(), "email-opens-summary.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new EmailOpensSummary(
            1304L, // all_opens
            820L, // msg_opens
            t("2024-05-02 10:15:00"), // report_date
            RowExtras.empty())));
  }

  /** Email Clicks Summary (email-clicks-summary.json): top level, rows under "rows" as objects, header as names. */
  @Test
  void emailClicksSummary() {
    assertRows(EmailClicksSummary.type(), "email-clicks-summary.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new EmailClicksSummary(
            377L, // all_clicks
            215L, // msg_clicks
            t("2024-05-02 10:15:00"), // report_date
            RowExtras.empty())));
  }

  /** Email SMTP Complaint Feedback Loop (feedback-loop-summary.json): top level, rows under "rows" as arrays, header as objects. */
  @Test
  void feedbackLoopSummary() {
    assertRows(FeedbackLoopSummary.type(), "feedback-loop-summary.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new FeedbackLoopSummary(
            2L, // complaints
            t("2024-05-02 10:15:00"), // report_date
            RowExtras.empty())));
  }

  /** Email Suppressions (email-suppression-summary.json): under "data", rows under "rows" as objects, header as objects. */
  @Test
  void emailSuppressionSummary() {
    assertRows(EmailSuppressionSummary.type(), "email-suppression-summary.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new EmailSuppressionSummary(
            17L, // count
            t("2024-05-02 10:15:00"), // report_date
            RowExtras.empty())));
  }

  /** SMTP Login Failures (smtp-login-failure.json): under "report", rows under "records" as arrays, header as names. */
  @Test
  void smtpLoginFailure() {
    assertRows(SmtpLoginFailure.type(), "smtp-login-failure.json",
        new ReportMetadata(OptionalLong.empty(), OptionalLong.empty(), Optional.empty()),
        List.of(
        new SmtpLoginFailure(
            t("2024-05-02 03:14:15"), // date
            "198.51.100.66", // ip
            "authentication failed: wrong password", // reason
            51001L, // user_id
            RowExtras.empty()),
        new SmtpLoginFailure(
            t("2024-05-02 03:14:20"), // date
            "198.51.100.66", // ip
            "authentication failed: no such user", // reason
            null, // user_id
            RowExtras.empty()),
        new SmtpLoginFailure(
            t("2024-05-02 05:00:00"), // date
            "192.0.2.10", // ip
            "sending limit exceeded, message rejected", // reason
            51002L, // user_id
            RowExtras.empty())));
  }
}
