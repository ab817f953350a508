package dev.reportgen.testkit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A client-side signer written from the protocol text alone, sharing no code with the server, and
 * checked against openssl's answers in {@link SignatureKnownAnswerTest}.
 */
final class TestSigner {
  private TestSigner() {}

  static String loginSignature(String secret, String token, long date) {
    return hmac(secret, token + "\n" + date + "\n");
  }

  static String userLoginSignature(
      String secret, String token, long date, String user, String pass) {
    return hmac(secret, token + "\n" + date + "\n" + user + "\n" + pass + "\n");
  }

  /** The cookie value {@code <auth>:<hmac>} for one request. */
  static String cookie(
      String secret, String auth, String method, String path, String query, String body) {
    String bodyHash = method.equals("GET") || method.equals("DELETE") ? "" : sha256(body.trim());
    return auth
        + ":"
        + hmac(secret, auth + "\n" + method + "\n" + path + "\n" + query + "\n" + bodyHash + "\n");
  }

  static String hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return hex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static String sha256(String text) {
    try {
      return hex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return hex.toString();
  }
}
