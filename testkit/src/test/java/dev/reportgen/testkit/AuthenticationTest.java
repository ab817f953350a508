package dev.reportgen.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
  private static LuxSciFakeServer start(LuxSciFakeServer.Builder builder) {
    return builder.catalog(TestEndpoints.CATALOG).start();
  }

  private static RecordedRequest last(LuxSciFakeServer server) {
    List<RecordedRequest> requests = server.requests();
    return requests.get(requests.size() - 1);
  }

  @Test
  void loginIssuesAnAuthCodeOfLuxSciShapeAndSignedRequestsAreServed() {
    try (LuxSciFakeServer server = start(LuxSciFakeServer.builder())) {
      TestClient client = new TestClient(server);
      HttpResponse<String> login = client.postLogin(Instant.now().getEpochSecond());
      assertEquals(201, login.statusCode());
      assertTrue(
          login.body().matches("\\{\"auth\":\"1-\\d+-[0-9a-f]{64}\",\"success\":1}"), login.body());
      String auth = TestClient.authCode(login);

      HttpResponse<byte[]> page = client.get(auth, server.path(TestEndpoints.SENT_ACCOUNT), "");
      assertEquals(200, page.statusCode(), TestClient.text(page));
      assertEquals(AuthOutcome.LOGIN_ACCEPTED, server.requests().get(0).authOutcome());
      assertEquals(AuthOutcome.SESSION_ACCEPTED, last(server).authOutcome());
    }
  }

  @Test
  void aClientWithTheWrongSecretIsRefused() {
    try (LuxSciFakeServer server = start(LuxSciFakeServer.builder())) {
      HttpResponse<String> login =
          new TestClient(server, "not-the-secret").postLogin(Instant.now().getEpochSecond());
      assertEquals(401, login.statusCode());
      assertEquals(
          "{\"success\":0,\"error_message\":\"Authentication failed: bad signature.\"}",
          login.body());
      assertEquals(AuthOutcome.LOGIN_BAD_SIGNATURE, last(server).authOutcome());
      assertEquals(0, server.sessionsIssued());
    }
  }

  @Test
  void aRequestSignedWithTheWrongSecretIsRefused() {
    try (LuxSciFakeServer server = start(LuxSciFakeServer.builder())) {
      String auth = new TestClient(server).login();
      HttpResponse<byte[]> page =
          new TestClient(server, "not-the-secret")
              .get(auth, server.path(TestEndpoints.SENT_ACCOUNT), "");
      assertEquals(401, page.statusCode());
      assertEquals(AuthOutcome.BAD_REQUEST_SIGNATURE, last(server).authOutcome());
    }
  }

  @Test
  void theSignatureCoversTheExactQueryString() {
    try (LuxSciFakeServer server = start(LuxSciFakeServer.builder())) {
      TestClient client = new TestClient(server);
      String auth = client.login();
      String path = server.path(TestEndpoints.SENT_ACCOUNT);
      // Signed for matches=10, sent with matches=20.
      HttpRequest.Builder request =
          HttpRequest.newBuilder(client.uri(path, "matches=20"))
              .header(
                  "Cookie",
                  "signature="
                      + TestSigner.cookie(
                          server.credentials().apiSecret(), auth, "GET", path, "matches=10", ""));
      HttpResponse<byte[]> page = TestClient.send(request, HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(401, page.statusCode());
      assertEquals(AuthOutcome.BAD_REQUEST_SIGNATURE, last(server).authOutcome());
    }
  }

  @Test
  void aRequestWithoutCredentialsIsRefused() {
    try (LuxSciFakeServer server = start(LuxSciFakeServer.builder())) {
      HttpResponse<String> response =
          TestClient.send(
              HttpRequest.newBuilder(server.uri(TestEndpoints.SENT_ACCOUNT)),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(401, response.statusCode());
      assertTrue(response.body().contains("\"success\":0"), response.body());
      assertEquals(AuthOutcome.MISSING_CREDENTIALS, last(server).authOutcome());
    }
  }

  @Test
  void aLoginDatedOutsideTheWindowIsRefused() {
    try (LuxSciFakeServer server =
        start(LuxSciFakeServer.builder().dateWindow(Duration.ofMinutes(5)))) {
      TestClient client = new TestClient(server);
      long now = Instant.now().getEpochSecond();
      assertEquals(401, client.postLogin(now - 301 - 5).statusCode());
      assertEquals(AuthOutcome.LOGIN_DATE_OUT_OF_WINDOW, last(server).authOutcome());
      assertEquals(401, client.postLogin(now + 301 + 5).statusCode());
      assertEquals(201, client.postLogin(now - 200).statusCode());
    }
  }

  @Test
  void anExpiredSessionIsRefusedWith401AndANewLoginWorks() {
    MutableClock clock = new MutableClock(Instant.now());
    try (LuxSciFakeServer server =
        start(LuxSciFakeServer.builder().clock(clock).sessionLifetime(Duration.ofMinutes(10)))) {
      TestClient client = new TestClient(server);
      String path = server.path(TestEndpoints.SENT_ACCOUNT);
      String auth = client.login();
      clock.advance(Duration.ofMinutes(9));
      assertEquals(200, client.get(auth, path, "").statusCode());

      clock.advance(Duration.ofMinutes(1));
      HttpResponse<byte[]> expired = client.get(auth, path, "");
      assertEquals(401, expired.statusCode());
      assertEquals(
          "{\"success\":0,\"error_message\":\"Authentication session expired.\"}",
          TestClient.text(expired));
      assertEquals(AuthOutcome.EXPIRED_SESSION, last(server).authOutcome());

      // The client's clock is the real one; the server's moved 10 minutes: log in with its date.
      String renewed = TestClient.authCode(client.postLogin(clock.instant().getEpochSecond()));
      assertEquals(200, client.get(renewed, path, "").statusCode());
    }
  }

  @Test
  void logoutRevokesTheSession() {
    try (LuxSciFakeServer server = start(LuxSciFakeServer.builder())) {
      TestClient client = new TestClient(server);
      String auth = client.login();
      HttpResponse<String> logout = client.logout(auth);
      assertEquals(200, logout.statusCode());
      assertEquals(
          "{\"success\":1,\"comment\":\"Authentication session revoked.\"}", logout.body());
      assertEquals(AuthOutcome.SESSION_REVOKED, last(server).authOutcome());

      assertEquals(401, client.get(auth, server.path(TestEndpoints.SENT_ACCOUNT), "").statusCode());
      assertEquals(AuthOutcome.REVOKED_SESSION, last(server).authOutcome());
    }
  }

  @Test
  void aUserSessionReadsItsOwnReportsOnly() {
    try (LuxSciFakeServer server =
        start(LuxSciFakeServer.builder().user("alice@example.com", "pa55"))) {
      TestClient client = new TestClient(server);
      String auth = client.loginUser();
      assertEquals(
          200, client.get(auth, server.path(TestEndpoints.WEBMAIL_SENT_USER), "").statusCode());

      assertEquals(403, client.get(auth, server.path(TestEndpoints.SENT_ACCOUNT), "").statusCode());
      assertEquals(AuthOutcome.SCOPE_DENIED, last(server).authOutcome());
      String otherUser =
          LuxSciFakeServer.DEFAULT_BASE_PATH + "/user/bob@example.com/report/email/webmail/sent";
      assertEquals(403, client.get(auth, otherUser, "").statusCode());

      assertEquals(401, client.postUserLogin("alice@example.com", "wrong").statusCode());
      assertEquals(AuthOutcome.LOGIN_BAD_CREDENTIALS, last(server).authOutcome());
    }
  }

  @Test
  void apiKeysAreRefusedUnlessEnabled() {
    try (LuxSciFakeServer off = start(LuxSciFakeServer.builder())) {
      assertEquals(401, apiKeyGet(off, off.credentials().apiSecret()).statusCode());
      assertEquals(AuthOutcome.BAD_API_KEY, last(off).authOutcome());
    }
    try (LuxSciFakeServer on = start(LuxSciFakeServer.builder().apiKeys(true))) {
      assertEquals(200, apiKeyGet(on, on.credentials().apiSecret()).statusCode());
      assertEquals(AuthOutcome.API_KEY_ACCEPTED, last(on).authOutcome());
      assertEquals(401, apiKeyGet(on, "wrong-secret").statusCode());
      assertEquals(AuthOutcome.BAD_API_KEY, last(on).authOutcome());
    }
  }

  @Test
  void signedSessionsCanBeTurnedOffForAnApiKeyOnlyServer() {
    try (LuxSciFakeServer server =
        start(LuxSciFakeServer.builder().apiKeys(true).signedSessions(false))) {
      HttpResponse<String> login = new TestClient(server).postLogin(Instant.now().getEpochSecond());
      assertEquals(401, login.statusCode());
      assertEquals(200, apiKeyGet(server, server.credentials().apiSecret()).statusCode());
    }
  }

  private static HttpResponse<String> apiKeyGet(LuxSciFakeServer server, String secret) {
    return TestClient.send(
        HttpRequest.newBuilder(server.uri(TestEndpoints.SENT_ACCOUNT))
            .header("X-API-Key", server.credentials().apiToken() + ":" + secret),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void secretsAppearInNoLogEntryOrToString() {
    try (LuxSciFakeServer server = start(LuxSciFakeServer.builder().apiKeys(true))) {
      TestClient client = new TestClient(server);
      String auth = client.login();
      client.get(auth, server.path(TestEndpoints.SENT_ACCOUNT), "");
      client.loginUser();
      apiKeyGet(server, server.credentials().apiSecret());
      client.logout(auth);

      String secret = server.credentials().apiSecret();
      String password = server.credentials().userPassword();
      List<String> shown =
          List.of(server.requests().toString(), server.toString(), server.credentials().toString());
      for (String text : shown) {
        assertFalse(text.contains(secret), text);
        assertFalse(text.contains(password), text);
        assertFalse(text.contains(auth), text);
      }
      assertEquals("signature=<redacted>", server.requests().get(1).header("Cookie").orElseThrow());
      assertEquals(
          server.credentials().apiToken() + ":<redacted>",
          server.requests().get(3).header("X-API-Key").orElseThrow());
    }
  }
}
