package com.example.sdk;

import dev.reportgen.luxsci.SentEmail;
import dev.reportgen.runtime.Report;
import dev.reportgen.runtime.ReportReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The "SDK under test" of the docs/testing.md example: a deliberately small LuxSci client that
 * signs in, pages the account's sent mail by the rows each page holds, and retries a 429 once after
 * its Retry-After. It stands for the SDK an author tests with the kit.
 */
public final class SentMailClient {
  private static final Pattern AUTH = Pattern.compile("\"auth\":\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI baseUri;
  private final String token;
  private final String secret;
  private final String account;
  private String auth;

  public SentMailClient(URI baseUri, String token, String secret, String account) {
    this.baseUri = baseUri;
    this.token = token;
    this.secret = secret;
    this.account = account;
  }

  /** Every row of the account's SMTP sent-mail report, page by page. */
  public List<SentEmail> sentMail() throws IOException, InterruptedException {
    String path = baseUri.getPath() + "/account/" + account + "/report/email/smtp/sent";
    List<SentEmail> rows = new ArrayList<>();
    while (true) {
      String query = "first_row=" + rows.size();
      Report<SentEmail> page = ReportReader.of(SentEmail.type()).readJson(get(path, query));
      rows.addAll(page.rows());
      long total = page.metadata().totalMatches().orElseThrow();
      if (page.rows().isEmpty() || rows.size() >= total) {
        return rows;
      }
    }
  }

  private byte[] get(String path, String query) throws IOException, InterruptedException {
    if (auth == null) {
      auth = login();
    }
    String signed = auth + "\nGET\n" + path + "\n" + query + "\n\n";
    HttpRequest request =
        HttpRequest.newBuilder(baseUri.resolve(path + "?" + query))
            .header("Cookie", "signature=" + auth + ":" + hmac(signed))
            .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() == 429) {
      long seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElse("1"));
      Thread.sleep(seconds * 1000);
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " for " + path);
    }
    return response.body();
  }

  private String login() throws IOException, InterruptedException {
    long date = Instant.now().getEpochSecond();
    String body =
        "{\"token\":\""
            + token
            + "\",\"date\":"
            + date
            + ",\"signature\":\""
            + hmac(token + "\n" + date + "\n")
            + "\"}";
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(baseUri + "/auth"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher code = AUTH.matcher(response.body());
    if (response.statusCode() != 201 || !code.find()) {
      throw new IOException("login refused: HTTP " + response.statusCode());
    }
    return code.group(1);
  }

  private String hmac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "SentMailClient[" + baseUri + ", account=" + account + "]";
  }
}
