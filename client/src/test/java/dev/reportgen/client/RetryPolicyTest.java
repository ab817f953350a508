package dev.reportgen.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy = RetryPolicy.defaults();

  @Test
  void backoffDoublesWithJitterBetweenHalfAndAllAndIsCapped() {
    assertEquals(
        Duration.ofMillis(500),
        policy.nextDelay(1, Duration.ZERO, Optional.empty(), 0.0).orElseThrow());
    assertEquals(
        Duration.ofMillis(1000),
        policy
            .nextDelay(1, Duration.ZERO, Optional.empty(), 0.99999999)
            .orElseThrow()
            .truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
            .plusMillis(1));
    assertEquals(
        Duration.ofMillis(3000),
        policy.nextDelay(3, Duration.ZERO, Optional.empty(), 0.5).orElseThrow());
    RetryPolicy many = policy.withMaxAttempts(20).withMaxElapsed(Duration.ofHours(1));
    assertEquals(
        Duration.ofSeconds(15),
        many.nextDelay(12, Duration.ZERO, Optional.empty(), 0.0).orElseThrow());
  }

  @Test
  void retryAfterWinsOverBackoff() {
    assertEquals(
        Duration.ofSeconds(42),
        policy.nextDelay(1, Duration.ZERO, Optional.of(Duration.ofSeconds(42)), 0.3).orElseThrow());
  }

  @Test
  void attemptsAndTotalTimeAreBounded() {
    assertTrue(policy.nextDelay(4, Duration.ZERO, Optional.empty(), 0.5).isPresent());
    assertFalse(policy.nextDelay(5, Duration.ZERO, Optional.empty(), 0.5).isPresent());
    assertFalse(policy.nextDelay(1, Duration.ofMillis(119_500), Optional.empty(), 0.5).isPresent());
    assertFalse(
        policy.nextDelay(1, Duration.ZERO, Optional.of(Duration.ofMinutes(3)), 0.5).isPresent());
    assertFalse(RetryPolicy.none().nextDelay(1, Duration.ZERO, Optional.empty(), 0.5).isPresent());
  }

  @Test
  void onlyRateLimitAndGatewayStatusesAreRetryable() {
    for (int status : new int[] {429, 502, 503, 504}) {
      assertTrue(RetryPolicy.isRetryableStatus(status), "" + status);
    }
    for (int status : new int[] {400, 401, 403, 404, 409, 422, 500, 501}) {
      assertFalse(RetryPolicy.isRetryableStatus(status), "" + status);
    }
  }

  @Test
  void settingsAreChecked() {
    Secrets.expect(IllegalArgumentException.class, () -> policy.withMaxAttempts(0));
    Secrets.expect(
        IllegalArgumentException.class,
        () -> policy.withBackoff(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(2)));
    Secrets.expect(
        IllegalArgumentException.class, () -> policy.withMaxElapsed(Duration.ofSeconds(-1)));
  }

  @Test
  void retryAfterIsSecondsOrAnHttpDate() {
    Instant now = Instant.parse("2024-06-01T12:00:00Z");
    assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(Optional.of(" 120 "), now));
    assertEquals(
        Optional.of(Duration.ofSeconds(30)),
        RetryAfter.parse(Optional.of("Sat, 01 Jun 2024 12:00:30 GMT"), now));
    assertEquals(
        Optional.of(Duration.ZERO),
        RetryAfter.parse(Optional.of("Sat, 01 Jun 2024 11:00:00 GMT"), now));
    assertEquals(Optional.empty(), RetryAfter.parse(Optional.of("soon"), now));
    assertEquals(Optional.empty(), RetryAfter.parse(Optional.of("-5"), now));
    assertEquals(Optional.empty(), RetryAfter.parse(Optional.empty(), now));
  }
}
