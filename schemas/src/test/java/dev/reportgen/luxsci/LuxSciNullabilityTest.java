package dev.reportgen.luxsci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.luxsci.ResponseBuilder.Absent;
import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ColumnType;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.ReportType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nullability promises of the LuxSci schemas, held against the strict reader with one-row
 * responses built from each report's own columns ({@link ResponseBuilder}).
 *
 * <p>Every column made nullable by the review of issue 12 (listed in {@link #MADE_NULLABLE} and in
 * docs/changelog.md) reads as {@code null} when it is absent in any way the wire may write it,
 * where it used to fail the read (or, for a String, read {@code ""}). Every column that stayed
 * non-nullable still fails a strict read when it is absent, naming row and column.
 */
class LuxSciNullabilityTest {

  /** The columns made nullable by the review (issue 12), by report; docs/changelog.md has why. */
  static final Map<String, List<String>> MADE_NULLABLE = new LinkedHashMap<>();

  static {
    MADE_NULLABLE.put("AsyncJob", List.of("filename"));
    MADE_NULLABLE.put("UserCreationDetail", List.of("modified"));
    MADE_NULLABLE.put("MarketingList", List.of("modified", "name", "from_email"));
    MADE_NULLABLE.put("Contact", List.of("modified"));
    MADE_NULLABLE.put(
        "Campaign",
        List.of(
            "title", "template_id", "hourly_rate_limit", "queue_priority", "status", "modified"));
    MADE_NULLABLE.put("CampaignLog", List.of("campaign_title", "sl_type"));
    MADE_NULLABLE.put("CampaignOpen", List.of("campaign_title", "ip_address"));
    MADE_NULLABLE.put("CampaignClick", List.of("campaign_title", "ip_address"));
    MADE_NULLABLE.put("CampaignUrl", List.of("campaign_title"));
    MADE_NULLABLE.put("CampaignBounce", List.of("campaign_title"));
    MADE_NULLABLE.put("CampaignComplaint", List.of("campaign_title"));
    MADE_NULLABLE.put("CampaignUnsubscribe", List.of("campaign_title"));
    MADE_NULLABLE.put("EmailDeliveryStatus", List.of("from", "last_updated"));
    MADE_NULLABLE.put("SentEmail", List.of("from"));
    MADE_NULLABLE.put("EmailUrlClick", List.of("from", "clicker_ip"));
    MADE_NULLABLE.put("EmailOpen", List.of("from", "opener_ip"));
    MADE_NULLABLE.put(
        "FeedbackLoopComplaint", List.of("complaint_source", "message_type", "server_ip"));
    MADE_NULLABLE.put("EmailTempFailure", List.of("temp_fail_message"));
    MADE_NULLABLE.put("SmtpLoginFailure", List.of("ip", "reason"));
  }

  private static ReportType<?> report(String name) {
    return LuxSciReports.INSTANCE
        .forName(name)
        .orElseThrow(() -> new AssertionError("no report " + name));
  }

  private static int indexOf(ReportType<?> type, String keyword) {
    List<Column> columns = type.columns();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).keyword().equals(keyword)) {
        return i;
      }
    }
    throw new AssertionError(type.name() + " has no column " + keyword);
  }

  /** The encodings of absence that apply to a column of {@code type}. */
  private static List<Absent> absences(ColumnType type) {
    List<Absent> absences = new ArrayList<>(List.of(Absent.JSON_NULL, Absent.MISSING_KEY));
    // A non-nullable String reads "" as "" by design (runtime Cell), so "" is absence only where
    // the column is nullable; the made-nullable list adds it below.
    if (type != ColumnType.STRING) {
      absences.add(Absent.EMPTY_STRING);
    }
    if (type == ColumnType.DATETIME) {
      absences.add(Absent.ZERO_DATE);
    }
    return absences;
  }

  static Stream<Arguments> madeNullable() {
    List<Arguments> cases = new ArrayList<>();
    MADE_NULLABLE.forEach(
        (report, keywords) -> {
          for (String keyword : keywords) {
            ReportType<?> type = report(report);
            List<Absent> absences = absences(type.columns().get(indexOf(type, keyword)).type());
            if (!absences.contains(Absent.EMPTY_STRING)) {
              absences.add(Absent.EMPTY_STRING);
            }
            for (Absent absent : absences) {
              cases.add(Arguments.of(report, keyword, absent));
            }
          }
        });
    return cases.stream();
  }

  static Stream<Arguments> stillNonNullable() {
    List<Arguments> cases = new ArrayList<>();
    for (ReportType<?> type : LuxSciReports.INSTANCE.types()) {
      for (Column column : type.columns()) {
        if (!column.nullable()) {
          for (Absent absent : absences(column.type())) {
            cases.add(Arguments.of(type.name(), column.keyword(), absent));
          }
        }
      }
    }
    return cases.stream();
  }

  /** Reads {@code body} strictly as {@code type} and returns the one row's canonical values. */
  private static <T> Map<String, String> readOneRow(ReportType<T> type, byte[] body) {
    List<T> rows = ReportReader.of(type).readJson(body).rows();
    assertEquals(1, rows.size(), type.name());
    return CanonicalRow.of(type, rows.get(0)).values();
  }

  @Test
  void theBuiltRowIsValidInEveryColumn() {
    for (ReportType<?> type : LuxSciReports.INSTANCE.types()) {
      Map<String, String> values = readOneRow(type, ResponseBuilder.validRow(type));
      values.forEach((keyword, value) -> assertNotNull(value, type.name() + " " + keyword));
    }
  }

  @ParameterizedTest(name = "{0}.{1} written as {2} reads as null")
  @MethodSource("madeNullable")
  void aColumnMadeNullableReadsAbsentAsNull(String report, String keyword, Absent absent) {
    ReportType<?> type = report(report);
    int column = indexOf(type, keyword);
    Map<String, String> valid = readOneRow(type, ResponseBuilder.validRow(type));
    Map<String, String> read =
        readOneRow(type, ResponseBuilder.rowWithAbsent(type, column, absent));
    assertNull(read.get(keyword), keyword);
    Map<String, String> others = new LinkedHashMap<>(read);
    others.remove(keyword);
    Map<String, String> validOthers = new LinkedHashMap<>(valid);
    validOthers.remove(keyword);
    assertEquals(validOthers, others, "the other columns are untouched");
  }

  @ParameterizedTest(name = "{0}.{1} written as {2} fails a strict read")
  @MethodSource("stillNonNullable")
  void aNonNullableColumnRejectsAbsence(String report, String keyword, Absent absent) {
    ReportType<?> type = report(report);
    byte[] body = ResponseBuilder.rowWithAbsent(type, indexOf(type, keyword), absent);
    ReportParseException error =
        assertThrows(ReportParseException.class, () -> ReportReader.of(type).readJson(body));
    assertEquals(0, error.row(), error.getMessage());
    assertEquals(keyword, error.column(), error.getMessage());
  }

  /** Making a primitive column nullable boxes its record component (the changelog's API note). */
  @Test
  void madeNullableNumbersAreBoxedInTheirRecords() {
    MADE_NULLABLE.forEach(
        (report, keywords) -> {
          ReportType<?> type = report(report);
          for (String keyword : keywords) {
            int column = indexOf(type, keyword);
            assertTrue(type.columns().get(column).nullable(), report + "." + keyword);
            Class<?> component = type.recordType().getRecordComponents()[column].getType();
            assertFalse(component.isPrimitive(), report + "." + keyword + " is " + component);
          }
        });
  }
}
