package dev.reportgen.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Known answers computed outside Java, with OpenSSL, from the texts the LuxSci documentation
 * defines, e.g. {@code printf 'token-1\n1700000000\n' | openssl dgst -sha256 -hmac secret-1}.
 */
class SigningTest {
  @Test
  void hmacAndDigestMatchOpenSsl() {
    assertEquals(
        "ec612e50e19c201c9f636b1663ee0a7521411ee3a95588691f397c3507be2934",
        Hmac.sha256Hex("secret-1", "token-1\n1700000000\n"));
    assertEquals(
        "015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862",
        Hmac.digestHex("{\"a\":1}"));
  }

  @Test
  void authSignatureCoversTokenAndDateOrAlsoUserAndPassword() {
    assertEquals(
        "ec612e50e19c201c9f636b1663ee0a7521411ee3a95588691f397c3507be2934",
        Hmac.sha256Hex("secret-1", SignedSession.authText("token-1", 1700000000L, null, null)));
    // printf 'token-1\n1700000000\nuser@example.com\np@ss word\n' | openssl dgst -sha256 -hmac ..
    assertEquals(
        "3f2c6eaafc802e30bd9a35ce17ae87325c338c038b3618ad5e5a1dde71fc9e11",
        Hmac.sha256Hex(
            "secret-1",
            SignedSession.authText("token-1", 1700000000L, "user@example.com", "p@ss word")));
  }

  @Test
  void requestSignatureCoversMethodFullPathExactQueryAndBodyHash() {
    SignableRequest get =
        new SignableRequest(
            "GET",
            "/perl/api/v2/account/acme/report/email/smtp/sent",
            "after_date=2024-01-02%2003%3A04%3A05&first_row=0&matches=50000",
            "");
    assertEquals(
        "0c3c40e857a50114a7209286eedbed8af5e7b6b3f932a3999e66c800031b68b9",
        Hmac.sha256Hex("secret-1", SignedSession.requestText("42-1700000000-abc", get)));
    // A body is hashed after trimming: bodyhash = sha256('{"a":1}').
    SignableRequest post = new SignableRequest("POST", "/perl/api/v2/x", "", "  {\"a\":1}\n");
    assertEquals(
        "22a8db687b4d02d1fc927946584441ab999944c495e1ba9e9c71b93a7bd8f7bc",
        Hmac.sha256Hex("secret-1", SignedSession.requestText("42-1700000000-abc", post)));
  }

  @Test
  void theCookieCarriesTheSessionAndTheRequestSignature() {
    List<String> posted = new ArrayList<>();
    AuthChannel channel =
        new AuthChannel() {
          @Override
          public Reply post(String relativePath, String jsonBody) {
            posted.add(relativePath + " " + jsonBody);
            return new Reply(201, "{\"auth\":\"42-1700000000-abc\",\"success\":1}");
          }

          @Override
          public String fullPath(String relativePath) {
            return "/perl/api/v2" + relativePath;
          }

          @Override
          public Instant now() {
            return Instant.ofEpochSecond(1700000000L);
          }
        };
    SignedSession session = SignedSession.account("token-1", "secret-1");
    SignableRequest get =
        new SignableRequest(
            "GET",
            "/perl/api/v2/account/acme/report/email/smtp/sent",
            "after_date=2024-01-02%2003%3A04%3A05&first_row=0&matches=50000",
            "");
    RequestCredentials credentials = session.credentials(get, channel);
    assertEquals(
        "signature=42-1700000000-abc:"
            + "0c3c40e857a50114a7209286eedbed8af5e7b6b3f932a3999e66c800031b68b9",
        credentials.headers().get("Cookie"));
    assertEquals(
        List.of(
            "/auth {\"token\":\"token-1\",\"date\":1700000000,\"signature\":"
                + "\"ec612e50e19c201c9f636b1663ee0a7521411ee3a95588691f397c3507be2934\"}"),
        posted);

    session.credentials(get, channel);
    assertEquals(1, posted.size(), "the session is reused");
    session.renew(credentials);
    session.credentials(get, channel);
    assertEquals(2, posted.size(), "a refused session is replaced");
  }

  @Test
  void userScopeSendsUserAndPassword() {
    List<String> posted = new ArrayList<>();
    AuthChannel channel =
        new AuthChannel() {
          @Override
          public Reply post(String relativePath, String jsonBody) {
            posted.add(jsonBody);
            return new Reply(201, "{\"auth\":\"7-1-x\",\"success\":1}");
          }

          @Override
          public String fullPath(String relativePath) {
            return "/perl/api/v2" + relativePath;
          }

          @Override
          public Instant now() {
            return Instant.ofEpochSecond(1700000000L);
          }
        };
    SignedSession.user("token-1", "secret-1", "user@example.com", "p@ss word")
        .credentials(new SignableRequest("GET", "/p", "", ""), channel);
    assertEquals(
        "{\"token\":\"token-1\",\"date\":1700000000,\"signature\":"
            + "\"3f2c6eaafc802e30bd9a35ce17ae87325c338c038b3618ad5e5a1dde71fc9e11\","
            + "\"user\":\"user@example.com\",\"pass\":\"p@ss word\"}",
        posted.get(0));
  }

  @Test
  void aSessionReplacedByAnotherThreadIsNotDroppedByALateRefusal() {
    int[] logins = {0};
    AuthChannel channel =
        new AuthChannel() {
          @Override
          public Reply post(String relativePath, String jsonBody) {
            logins[0]++;
            return new Reply(201, "{\"auth\":\"code-" + logins[0] + "\",\"success\":1}");
          }

          @Override
          public String fullPath(String relativePath) {
            return relativePath;
          }

          @Override
          public Instant now() {
            return Instant.EPOCH;
          }
        };
    SignedSession session = SignedSession.account("t", "s");
    SignableRequest get = new SignableRequest("GET", "/p", "", "");
    RequestCredentials first = session.credentials(get, channel);
    session.renew(first);
    RequestCredentials second = session.credentials(get, channel);
    session.renew(first); // a thread that still held the first session learns it was refused
    assertEquals(second.headers(), session.credentials(get, channel).headers());
    assertEquals(2, logins[0]);
    assertTrue(second.toString().equals("RequestCredentials[Cookie]"), second.toString());
  }
}
