package dev.reportgen.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Ties the server's signature checks and the tests' signer to the protocol text: the expected
 * values were computed outside Java with openssl, e.g. {@code printf 'tok-123\n1700000000\n' |
 * openssl dgst -sha256 -hmac 's3cr3t-key'}.
 */
class SignatureKnownAnswerTest {
  private static final String SECRET = "s3cr3t-key";
  private static final String AUTH =
      "1-1700000000-00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

  /** {@code printf 'tok-123\n1700000000\n' | openssl dgst -sha256 -hmac 's3cr3t-key'}. */
  private static final String ACCOUNT_LOGIN =
      "3814cca323dac2f84cdfad27b310f09627d8203bd7100ffd3d3cb9b80f3b82b1";

  /** {@code printf 'tok-123\n1700000000\nalice@example.com\npa55\n' | openssl ...}. */
  private static final String USER_LOGIN =
      "8d230f40ef7983670d3bf92df7b87a5c97e3cb0bc78585bb75cf7099fd8ff850";

  /** {@code printf '<AUTH>\nGET\n<path>\nfirst_row=0&matches=2\n\n' | openssl ...}. */
  private static final String SIGNED_GET =
      "0fee90c5c07b499e5b342790e1cc3e203b064a78dbc8167c45309d204aaabbdf";

  /** {@code printf '{"a":1}' | openssl dgst -sha256}. */
  private static final String BODY_HASH =
      "015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862";

  /** {@code printf '<AUTH>\nPOST\n/perl/api/v2/auth\n\n<BODY_HASH>\n' | openssl ...}. */
  private static final String SIGNED_POST =
      "8e14b0dbf88572e2bca3e6c8c905a66118b8b487699dad2397ce88bf48a7d66e";

  private static final String PATH = "/perl/api/v2/account/acme/report/email/smtp/sent";

  @Test
  void serverLoginSignatureMatchesOpenssl() {
    assertEquals(ACCOUNT_LOGIN, Signatures.hmacSha256Hex(SECRET, "tok-123\n1700000000\n"));
    assertEquals(
        USER_LOGIN,
        Signatures.hmacSha256Hex(SECRET, "tok-123\n1700000000\nalice@example.com\npa55\n"));
  }

  @Test
  void serverRequestSignatureMatchesOpenssl() {
    IncomingRequest get =
        new IncomingRequest(1, "GET", PATH, "first_row=0&matches=2", new Headers(), new byte[0]);
    assertEquals(SIGNED_GET, Signatures.hmacSha256Hex(SECRET, Authenticator.signedText(AUTH, get)));

    // The body is trimmed before hashing, so surrounding white space does not change the hash.
    IncomingRequest post =
        new IncomingRequest(
            1,
            "POST",
            "/perl/api/v2/auth",
            "",
            new Headers(),
            " \t{\"a\":1}\r\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        SIGNED_POST, Signatures.hmacSha256Hex(SECRET, Authenticator.signedText(AUTH, post)));
  }

  @Test
  void testSignerMatchesOpenssl() {
    assertEquals(ACCOUNT_LOGIN, TestSigner.loginSignature(SECRET, "tok-123", 1700000000L));
    assertEquals(
        USER_LOGIN,
        TestSigner.userLoginSignature(SECRET, "tok-123", 1700000000L, "alice@example.com", "pa55"));
    assertEquals(BODY_HASH, TestSigner.sha256("{\"a\":1}"));
    assertEquals(
        AUTH + ":" + SIGNED_GET,
        TestSigner.cookie(SECRET, AUTH, "GET", PATH, "first_row=0&matches=2", ""));
    assertEquals(
        AUTH + ":" + SIGNED_POST,
        TestSigner.cookie(SECRET, AUTH, "POST", "/perl/api/v2/auth", "", " {\"a\":1}\n"));
  }
}
