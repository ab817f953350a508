package dev.reportgen.client;

import static dev.reportgen.client.Fixtures.PATH;
import static dev.reportgen.client.Fixtures.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AuthStrategiesTest {
  private final FakeTime time = new FakeTime();
  private final FakeApi api = new FakeApi(time);

  @Test
  void anApiKeySendsTheHeaderAndNeverStartsASession() {
    api.acceptApiKeyOnly();
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(3));
    LuxSciClient client =
        Fixtures.client(api, time, b -> b.authentication(ApiKey.of(Secrets.TOKEN, Secrets.SECRET)));
    assertEquals(List.of(0L, 1L, 2L), Fixtures.ids(client.rows(USERS, ReportQuery.all())));
    assertEquals(0, api.authCalls());
  }

  @Test
  void aRefusedApiKeyFailsWithoutARetry() {
    api.acceptApiKeyOnly();
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(3));
    LuxSciClient client =
        Fixtures.client(api, time, b -> b.authentication(ApiKey.of(Secrets.TOKEN, "wrong")));
    LuxSciAuthenticationException e =
        Secrets.expect(
            LuxSciAuthenticationException.class,
            () -> Fixtures.ids(client.rows(USERS, ReportQuery.all())));
    assertEquals(true, e.getMessage().startsWith("the API refused the credentials (HTTP 401"));
    assertEquals(1, api.log().size());
  }

  /** A bearer-token strategy (as OAuth 2.0 would need) written against the interface alone. */
  @Test
  void aBearerTokenStrategyNeedsNoClientChange() {
    AtomicInteger tokens = new AtomicInteger();
    Authentication bearer =
        new Authentication() {
          private volatile String token = "token-" + tokens.incrementAndGet();

          @Override
          public RequestCredentials credentials(SignableRequest request, AuthChannel channel) {
            String current = token;
            return new RequestCredentials(Map.of("Authorization", "Bearer " + current), current);
          }

          @Override
          public boolean renew(RequestCredentials refused) {
            token = "token-" + tokens.incrementAndGet();
            return true;
          }
        };
    api.serve(PATH, Fixtures.HEADER, Fixtures.rows(1));
    LuxSciClient client = Fixtures.client(api, time, b -> b.authentication(bearer));
    // The fake accepts only signed sessions: the bearer token is refused, renewed once, refused.
    Secrets.expect(
        LuxSciAuthenticationException.class,
        () -> Fixtures.ids(client.rows(USERS, ReportQuery.all())));
    assertEquals(2, tokens.get());
    assertEquals(2, api.log().size());
  }
}
