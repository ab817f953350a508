package dev.reportgen.runtime;

import dev.reportgen.runtime.fixture.Delivery;
import dev.reportgen.runtime.fixture.DeliveryStatus;
import dev.reportgen.runtime.fixture.SecureLineCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Shared documents and expected rows for the reader tests. */
final class Fixtures {
  private Fixtures() {}

  static final String HEADER =
      "[\"date_sent\",\"day\",\"status\",\"secureline\",\"size\",\"opens\",\"spam_score\","
          + "\"ratio\",\"sender\",\"subject\"]";
  static final String HEADER_OBJECTS =
      "[{\"name\":\"date_sent\",\"type\":\"DATETIME\"},{\"name\":\"day\",\"type\":\"DATE\"},"
          + "{\"type\":\"Enum\",\"name\":\"status\"},{\"name\":\"secureline\"},{\"name\":\"size\"},"
          + "{\"name\":\"opens\"},{\"name\":\"spam_score\"},{\"name\":\"ratio\"},"
          + "{\"name\":\"sender\"},{\"name\":\"subject\",\"title\":\"Subject\"}]";
  static final String ROW1 =
      "[\"2024-03-05 14:07:09\",\"2024-03-05\",\"Delivered\",1,1234,3,0.5,0.25,\"a@x.com\",\"Hi\"]";
  static final String ROW2 =
      "[\"2023-12-31 23:59:59\",null,\"Post-Delivery Hard Fail\",-2,0,null,1e1,null,\"b@y.org\",\"\"]";
  static final String OBJ1 =
      "{\"date_sent\":\"2024-03-05 14:07:09\",\"day\":\"2024-03-05\",\"status\":\"Delivered\","
          + "\"secureline\":1,\"size\":1234,\"opens\":3,\"spam_score\":0.5,\"ratio\":0.25,"
          + "\"sender\":\"a@x.com\",\"subject\":\"Hi\"}";
  // Keys in another order, absent values as missing keys.
  static final String OBJ2 =
      "{\"subject\":\"\",\"sender\":\"b@y.org\",\"spam_score\":1e1,\"size\":0,"
          + "\"status\":\"Post-Delivery Hard Fail\",\"secureline\":-2,"
          + "\"date_sent\":\"2023-12-31 23:59:59\"}";

  static final Delivery EXPECTED1 =
      new Delivery(
          Instant.parse("2024-03-05T14:07:09Z"),
          LocalDate.of(2024, 3, 5),
          DeliveryStatus.DELIVERED,
          SecureLineCode.ENCRYPTED,
          1234,
          3L,
          0.5,
          0.25,
          "a@x.com",
          "Hi",
          null,
          RowExtras.empty());
  static final Delivery EXPECTED2 =
      new Delivery(
          Instant.parse("2023-12-31T23:59:59Z"),
          null,
          DeliveryStatus.POST_DELIVERY_HARD_FAIL,
          SecureLineCode.OPTED_OUT,
          0,
          null,
          10.0,
          null,
          "b@y.org",
          null,
          null,
          RowExtras.empty());
  static final List<Delivery> EXPECTED = List.of(EXPECTED1, EXPECTED2);

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static Delivery withExtras(Delivery d, Map<String, String> columns, Map<String, String> raw) {
    return new Delivery(
        d.dateSent(),
        d.day(),
        d.status(),
        d.secureline(),
        d.size(),
        d.opens(),
        d.spamScore(),
        d.ratio(),
        d.sender(),
        d.subject(),
        d.header1(),
        RowExtras.of(columns, raw));
  }
}
