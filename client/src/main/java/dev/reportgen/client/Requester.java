package dev.reportgen.client;

import dev.reportgen.runtime.ReportErrorResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Sends one API request until it succeeds or may not be retried: through the rate limiter, with
 * credentials, retrying 429/502/503/504 and connection failures per the {@link RetryPolicy}, and
 * renewing credentials once when they are refused. Thread-safe (it holds no per-request state).
 */
final class Requester implements AuthChannel {
  /** Error and {@code /auth} bodies are read up to this size; the rest is not needed. */
  static final int SMALL_BODY_LIMIT = 64 * 1024;

  private final ClientConfig config;
  private final Transport transport;
  private final Time time;

  Requester(ClientConfig config, Transport transport, Time time) {
    this.config = config;
    this.transport = transport;
    this.time = time;
  }

  ClientConfig config() {
    return config;
  }

  Time time() {
    return time;
  }

  Attempts newAttempts() {
    return new Attempts(time.nanoTime());
  }

  /**
   * Sends {@code call} and returns the first 2xx response, its body unread. Every attempt counts in
   * {@code attempts}, so a caller that retries after a failure reading the body continues the same
   * budget.
   *
   * @throws LuxSciHttpException a non-retryable status, or retries exhausted
   * @throws LuxSciAuthenticationException credentials refused after one renewal
   * @throws ReportErrorResponseException an error status whose body says {@code success: 0}
   * @throws LuxSciClientException the server could not be reached within the retry policy
   */
  Opened open(Call call, Attempts attempts) {
    while (true) {
      attempts.begin();
      acquireRateLimit(call);
      RequestCredentials credentials = config.authentication().credentials(call.signable(), this);
      Map<String, String> headers = new HashMap<>(credentials.headers());
      Transport.Response response;
      try {
        response = transport.send(outgoing(call, headers));
      } catch (IOException e) {
        retryOrThrow(
            call,
            attempts,
            Optional.empty(),
            () ->
                new LuxSciClientException(
                    "could not reach the API ("
                        + describe(e)
                        + ") after "
                        + attempts.made()
                        + " attempt(s)",
                    call.describe(),
                    e));
        continue;
      } catch (InterruptedException e) {
        throw interrupted(call, e);
      }
      int status = response.status();
      if (status / 100 == 2) {
        return new Opened(response, credentials);
      }
      String body = readSmall(response.body());
      Optional<Map<String, String>> members = SmallJson.scalars(body);
      Optional<String> message = members.flatMap(SmallJson::message);
      if (status == 401
          || status == 403
          || message.filter(AuthFailures::isAuthFailure).isPresent()) {
        if (renew(credentials, attempts)) {
          continue;
        }
        throw refused(call, "HTTP " + status + ": " + message.orElse("(no message)"), attempts);
      }
      if (RetryPolicy.isRetryableStatus(status)) {
        retryOrThrow(
            call,
            attempts,
            RetryAfter.parse(response.header("Retry-After"), time.now()),
            () ->
                new LuxSciHttpException(
                    status,
                    "HTTP "
                        + status
                        + message.map(m -> ": " + m).orElse("")
                        + ", still after "
                        + attempts.made()
                        + " attempt(s)",
                    call.describe()));
        continue;
      }
      if (members.isPresent() && SmallJson.isFailure(members.get())) {
        throw new ReportErrorResponseException(
            message.orElse(null), call.describe() + ", HTTP " + status);
      }
      throw new LuxSciHttpException(
          status,
          "HTTP " + status + ": " + message.orElseGet(() -> snippet(body)),
          call.describe());
    }
  }

  /**
   * Renews the credentials after a refusal, once per request: true when the request should be sent
   * again.
   */
  boolean renew(RequestCredentials refused, Attempts attempts) {
    if (attempts.renewed() || !config.authentication().renew(refused)) {
      return false;
    }
    attempts.markRenewed();
    return true;
  }

  /**
   * A successful response and the credentials it was sent with (to renew them if its body turns out
   * to refuse them).
   */
  record Opened(Transport.Response response, RequestCredentials credentials) {}

  LuxSciAuthenticationException refused(Call call, String why, Attempts attempts) {
    return new LuxSciAuthenticationException(
        "the API refused the credentials"
            + (attempts.renewed() ? " after a new session" : "")
            + " ("
            + why
            + ")",
        call.describe());
  }

  /** Waits before the next attempt, or throws {@code failure} when the retry policy allows none. */
  void retryOrThrow(
      Call call,
      Attempts attempts,
      Optional<Duration> retryAfter,
      Supplier<? extends RuntimeException> failure) {
    Duration elapsed = Duration.ofNanos(time.nanoTime() - attempts.startNanos());
    Optional<Duration> delay =
        config
            .retryPolicy()
            .nextDelay(
                attempts.made(), elapsed, retryAfter, ThreadLocalRandom.current().nextDouble());
    if (delay.isEmpty()) {
      throw failure.get();
    }
    try {
      time.sleep(delay.get());
    } catch (InterruptedException e) {
      throw interrupted(call, e);
    }
  }

  private void acquireRateLimit(Call call) {
    try {
      config.rateLimiter().acquire(time);
    } catch (InterruptedException e) {
      throw interrupted(call, e);
    }
  }

  static LuxSciClientException interrupted(Call call, InterruptedException e) {
    Thread.currentThread().interrupt();
    return new LuxSciClientException("interrupted", call.describe(), e);
  }

  private Transport.Outgoing outgoing(Call call, Map<String, String> headers) {
    return new Transport.Outgoing(
        call.method(), config.uri(call.path(), call.query()), headers, call.body());
  }

  @Override
  public Reply post(String relativePath, String jsonBody) {
    Call call = Call.single("POST", fullPath(relativePath), "", jsonBody);
    Attempts attempts = newAttempts();
    while (true) {
      attempts.begin();
      acquireRateLimit(call);
      Transport.Response response;
      try {
        response = transport.send(outgoing(call, Map.of()));
      } catch (IOException e) {
        retryOrThrow(
            call,
            attempts,
            Optional.empty(),
            () ->
                new LuxSciClientException(
                    "could not reach the API ("
                        + describe(e)
                        + ") after "
                        + attempts.made()
                        + " attempt(s)",
                    call.describe(),
                    e));
        continue;
      } catch (InterruptedException e) {
        throw interrupted(call, e);
      }
      int status = response.status();
      String body = readSmall(response.body());
      if (RetryPolicy.isRetryableStatus(status)) {
        retryOrThrow(
            call,
            attempts,
            RetryAfter.parse(response.header("Retry-After"), time.now()),
            () ->
                new LuxSciHttpException(
                    status,
                    "HTTP " + status + ", still after " + attempts.made() + " attempt(s)",
                    call.describe()));
        continue;
      }
      return new Reply(status, body);
    }
  }

  @Override
  public String fullPath(String relativePath) {
    return config.fullPath(relativePath);
  }

  @Override
  public Instant now() {
    return time.now();
  }

  /** Reads at most {@link #SMALL_BODY_LIMIT} bytes of a body as UTF-8 and closes it. */
  static String readSmall(InputStream body) {
    try (body) {
      return new String(body.readNBytes(SMALL_BODY_LIMIT), StandardCharsets.UTF_8);
    } catch (IOException e) {
      // The status already says what happened; a body lost on the way adds nothing to it.
      return "";
    }
  }

  private static String snippet(String body) {
    String text = body.strip().replaceAll("\\p{Cntrl}+", " ");
    if (text.isEmpty()) {
      return "(empty body)";
    }
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }

  static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
