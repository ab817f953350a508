package dev.reportgen.client;

import dev.reportgen.luxsci.UserCreationDetail;
import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.EndpointScope;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A small report (User Creation Detail) served by a {@link FakeApi}, and clients for it. */
final class Fixtures {
  static final String BASE_URL = "https://rest.luxsci.com/perl/api/v2";
  static final String PATH = "/account/acme/report/users/created";
  static final Endpoint<UserCreationDetail> USERS =
      new Endpoint<>(
          "getUserReport2",
          UserCreationDetail.type(),
          EndpointScope.ACCOUNT,
          "/account/{account}/report/users/created");
  static final List<String> HEADER =
      List.of("user_id", "domain_id", "login", "created", "modified", "name");

  private Fixtures() {}

  /** Row {@code i} as a JSON array; its user_id is {@code i}. */
  static String row(int i) {
    return "["
        + i
        + ",3,\"user"
        + i
        + "@example.com\",\"2024-01-01 00:00:00\","
        + "\"2024-01-02 00:00:00\",\"User \\\""
        + i
        + "\\\" \u00e9\"]";
  }

  /** A row whose user_id is not a number. */
  static String badRow(int i) {
    return "[\"x"
        + i
        + "\",3,\"bad"
        + i
        + "@example.com\",\"2024-01-01 00:00:00\","
        + "\"2024-01-02 00:00:00\",null]";
  }

  static List<String> rows(int count) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(row(i));
    }
    return rows;
  }

  static LuxSciClient client(FakeApi api, FakeTime time) {
    return client(api, time, b -> {});
  }

  static LuxSciClient client(FakeApi api, FakeTime time, Consumer<LuxSciClient.Builder> more) {
    LuxSciClient.Builder builder =
        LuxSciClient.builder()
            .baseUrl(BASE_URL)
            .account("acme")
            .authentication(SignedSession.account(Secrets.TOKEN, Secrets.SECRET))
            .transport(api)
            .time(time);
    more.accept(builder);
    return builder.build();
  }

  /** The user_ids of every row of the cursor, in order. */
  static List<Long> ids(PagedRowCursor<UserCreationDetail> cursor) {
    List<Long> ids = new ArrayList<>();
    try (cursor) {
      cursor.forEachRemaining(row -> ids.add(row.userId()));
    }
    return ids;
  }

  static List<Long> range(int count) {
    List<Long> ids = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      ids.add(i);
    }
    return ids;
  }
}
