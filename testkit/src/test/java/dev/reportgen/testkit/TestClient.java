package dev.reportgen.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reportgen.runtime.Report;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.ReportType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A minimal LuxSci client for the kit's own tests, on the JDK's HttpClient and TestSigner. */
final class TestClient {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern AUTH = Pattern.compile("\"auth\":\"([^\"]+)\"");

  private final LuxSciFakeServer server;
  private final String secret;

  TestClient(LuxSciFakeServer server) {
    this(server, server.credentials().apiSecret());
  }

  /** A client that signs with {@code secret}, right or wrong. */
  TestClient(LuxSciFakeServer server, String secret) {
    this.server = server;
    this.secret = secret;
  }

  String token() {
    return server.credentials().apiToken();
  }

  /** {@code POST /auth} for the account, dated now; the raw response. */
  HttpResponse<String> postLogin(long date) {
    String body =
        "{\"token\":\""
            + token()
            + "\",\"date\":"
            + date
            + ",\"signature\":\""
            + TestSigner.loginSignature(secret, token(), date)
            + "\"}";
    return send(
        HttpRequest.newBuilder(authUri()).POST(HttpRequest.BodyPublishers.ofString(body)),
        HttpResponse.BodyHandlers.ofString());
  }

  /** {@code POST /auth} for a user; the raw response. */
  HttpResponse<String> postUserLogin(String user, String pass) {
    long date = Instant.now().getEpochSecond();
    String body =
        "{\"token\":\""
            + token()
            + "\",\"date\":\""
            + date
            + "\",\"signature\":\""
            + TestSigner.userLoginSignature(secret, token(), date, user, pass)
            + "\",\"user\":\""
            + user
            + "\",\"pass\":\""
            + pass
            + "\"}";
    return send(
        HttpRequest.newBuilder(authUri()).POST(HttpRequest.BodyPublishers.ofString(body)),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Logs the account in and returns the auth code, failing the test unless it got 201. */
  String login() {
    return authCode(postLogin(Instant.now().getEpochSecond()));
  }

  /** Logs the server's user in and returns the auth code. */
  String loginUser() {
    return authCode(postUserLogin(server.user(), server.credentials().userPassword()));
  }

  static String authCode(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
    Matcher auth = AUTH.matcher(response.body());
    if (!auth.find()) {
      throw new AssertionError("no auth code in " + response.body());
    }
    return auth.group(1);
  }

  /** {@code POST /auth} with the session cookie: a logout. */
  HttpResponse<String> logout(String auth) {
    String path = authUri().getRawPath();
    return send(
        HttpRequest.newBuilder(authUri())
            .header("Cookie", "signature=" + TestSigner.cookie(secret, auth, "POST", path, "", ""))
            .POST(HttpRequest.BodyPublishers.noBody()),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A signed GET of {@code path} (full path) with the raw query {@code query}. */
  HttpResponse<byte[]> get(String auth, String path, String query) {
    return send(signedGet(auth, path, query), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpRequest.Builder signedGet(String auth, String path, String query) {
    return HttpRequest.newBuilder(uri(path, query))
        .header("Cookie", "signature=" + TestSigner.cookie(secret, auth, "GET", path, query, ""))
        .GET();
  }

  URI uri(String path, String query) {
    return URI.create(
        "http://127.0.0.1:" + server.port() + path + (query.isEmpty() ? "" : "?" + query));
  }

  private URI authUri() {
    return URI.create(server.baseUri() + "/auth");
  }

  static <T> Report<T> read(ReportType<T> type, HttpResponse<byte[]> response) {
    assertEquals(
        200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
    return ReportReader.of(type).readJson(response.body());
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return HTTP.send(request.build(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
