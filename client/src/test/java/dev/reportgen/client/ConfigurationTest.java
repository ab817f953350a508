package dev.reportgen.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reportgen.luxsci.LuxSciReports;
import dev.reportgen.luxsci.UserCreationDetail;
import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.EndpointScope;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationTest {
  private final FakeTime time = new FakeTime();
  private final FakeApi api = new FakeApi(time);

  @Test
  void theBaseUrlIsHttpsOrPlainHttpToLoopbackOnly() {
    assertEquals(
        "https://api.example.com/perl/api/v2",
        BaseUrl.check("https://api.example.com/perl/api/v2/").toString());
    assertEquals(
        "http://127.0.0.1:8080/perl/api/v2",
        BaseUrl.check("http://127.0.0.1:8080/perl/api/v2").toString());
    BaseUrl.check("http://localhost:1/x");
    BaseUrl.check("http://[::1]:1/x");
    IllegalArgumentException e =
        Secrets.expect(
            IllegalArgumentException.class,
            () -> BaseUrl.check("http://rest.luxsci.com/perl/api/v2"));
    assertTrue(
        e.getMessage()
            .startsWith(
                "base URL must use https (plain http is allowed only to" + " a loopback address"),
        e.getMessage());
    for (String bad :
        List.of(
            "http://127.0.0.1.evil.com/",
            "http://10.0.0.1/",
            "ftp://x/",
            "https:///nohost",
            "https://x/?a=1",
            "http://127.0.0.256/")) {
      Secrets.expect(IllegalArgumentException.class, () -> BaseUrl.check(bad), bad);
    }
    assertFalse(BaseUrl.isLoopback("localhost.example.com"));
  }

  @Test
  void theDefaultBaseUrlIsLuxScis() {
    LuxSciClient client =
        LuxSciClient.builder()
            .account("acme")
            .authentication(SignedSession.account("t", "s"))
            .build();
    assertEquals("https://rest.luxsci.com/perl/api/v2", client.config().baseUrl().toString());
    assertEquals(60, client.config().rateLimiter().requests());
  }

  @Test
  void aClientNeedsAScopeAndCredentials() {
    Secrets.expect(
        IllegalStateException.class,
        () -> LuxSciClient.builder().authentication(ApiKey.of("t", "s")).build());
    Secrets.expect(IllegalStateException.class, () -> LuxSciClient.builder().account("a").build());
    assertEquals(
        EndpointScope.USER,
        LuxSciClient.builder()
            .account("a")
            .user("u")
            .authentication(ApiKey.of("t", "s"))
            .build()
            .config()
            .scope());
    Secrets.expect(IllegalArgumentException.class, () -> SignedSession.account("t", ""));
  }

  @Test
  void endpointsAreCheckedAgainstTheClientsScopeAndPath() {
    LuxSciClient client = Fixtures.client(api, time);
    Endpoint<UserCreationDetail> userScoped =
        new Endpoint<>(
            "getUserThing",
            UserCreationDetail.type(),
            EndpointScope.USER,
            "/user/{user}/report/thing");
    IllegalArgumentException e =
        Secrets.expect(
            IllegalArgumentException.class, () -> client.rows(userScoped, ReportQuery.all()));
    assertEquals(
        "endpoint getUserThing reports on a user, but this client is built for account" + " acme",
        e.getMessage());
    if (!LuxSciReports.GET_USER_REPORT2.hasPath()) {
      IllegalArgumentException noPath =
          Secrets.expect(
              IllegalArgumentException.class,
              () -> client.rows(LuxSciReports.GET_USER_REPORT2, ReportQuery.all()));
      assertTrue(noPath.getMessage().contains("has no path in its schema: give the path"));
    }
    for (String bad : List.of("account/acme", "//evil.com/x", "/a?b=1", "/a b", "/a#f")) {
      Secrets.expect(
          IllegalArgumentException.class,
          () -> client.rowsAt(UserCreationDetail.type(), bad, ReportQuery.all(), PageListener.NONE),
          bad);
    }
  }

  @Test
  void namesInPathsArePercentEncoded() {
    LuxSciClient client = Fixtures.client(api, time, b -> b.account("acme corp/1"));
    api.serve("/account/acme%20corp%2F1/report/users/created", Fixtures.HEADER, Fixtures.rows(2));
    assertEquals(List.of(0L, 1L), Fixtures.ids(client.rows(Fixtures.USERS, ReportQuery.all())));
  }

  @Test
  void noToStringShowsASecret() {
    LuxSciClient account = Fixtures.client(api, time);
    LuxSciClient user =
        Fixtures.client(
            api,
            time,
            b ->
                b.user(Secrets.USER)
                    .authentication(
                        SignedSession.user(
                            Secrets.TOKEN, Secrets.SECRET, Secrets.USER, Secrets.PASSWORD)));
    api.serve(Fixtures.PATH, Fixtures.HEADER, Fixtures.rows(1));
    Fixtures.ids(account.rows(Fixtures.USERS, ReportQuery.all())); // a session exists now
    RequestCredentials credentials =
        account
            .config()
            .authentication()
            .credentials(
                new SignableRequest("GET", "/p", "", ""),
                new Requester(account.config(), api, time));
    for (Object o :
        List.of(
            account,
            account.config(),
            user,
            user.config(),
            account.config().authentication(),
            user.config().authentication(),
            credentials,
            ApiKey.of(Secrets.TOKEN, Secrets.SECRET),
            new Transport.Outgoing(
                "GET", java.net.URI.create("https://h/p"), credentials.headers(), ""))) {
      Secrets.assertNoSecret(o.toString(), api.issuedCodes());
    }
    assertTrue(
        account
            .toString()
            .startsWith(
                "LuxSciClient{ClientConfig{baseUrl=https://rest.luxsci.com/perl/api/v2,"
                    + " account=acme, authentication=SignedSession{account scope}, "),
        account.toString());
  }
}
