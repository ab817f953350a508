package dev.reportgen.testkit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hashing of LuxSci's signed-session protocol, as the server checks it: lower-case hex
 * HMAC-SHA256 keyed with the API secret, and lower-case hex SHA-256 of a trimmed request body.
 */
final class Signatures {
  private static final HexFormat HEX = HexFormat.of();

  private Signatures() {}

  /** Lower-case hex HMAC-SHA256 of {@code message} (UTF-8) keyed with {@code secret} (UTF-8). */
  static String hmacSha256Hex(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HEX.formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every JDK ships HmacSHA256; an empty secret is refused by the builder before we get here.
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** Lower-case hex SHA-256 of {@code bytes}. */
  static String sha256Hex(byte[] bytes) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /**
   * The body with the characters PHP's {@code trim()} removes stripped from both ends (space, tab,
   * LF, CR, NUL, vertical tab): LuxSci's reference clients are PHP and hash {@code trim($body)}.
   */
  static String phpTrim(String body) {
    int start = 0;
    int end = body.length();
    while (start < end && isPhpTrimmed(body.charAt(start))) {
      start++;
    }
    while (end > start && isPhpTrimmed(body.charAt(end - 1))) {
      end--;
    }
    return body.substring(start, end);
  }

  private static boolean isPhpTrimmed(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
  }

  /** Compares two strings (UTF-8) in time independent of where they differ. */
  static boolean constantTimeEquals(String expected, String actual) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }
}
