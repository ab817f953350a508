package dev.reportgen.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Flow;

/**
 * {@link Transport} on the JDK's {@link HttpClient}; the body arrives as a stream that fails,
 * rather than hangs, when the server stalls ({@link StallGuardedBody}).
 */
final class HttpClientTransport implements Transport {
  private final HttpClient http;
  private final Duration requestTimeout;

  HttpClientTransport(Duration connectTimeout, Duration requestTimeout) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER) // a redirect would move the signed path
            .build();
    this.requestTimeout = requestTimeout;
  }

  @Override
  public Response send(Outgoing request) throws IOException, InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri())
            .timeout(requestTimeout)
            .header("Accept", "application/json");
    for (Map.Entry<String, String> header : request.headers().entrySet()) {
      builder.header(header.getKey(), header.getValue());
    }
    if (request.body().isEmpty()) {
      builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      builder
          .header("Content-Type", "application/json")
          .method(
              request.method(),
              HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    }
    // The body is read through a stall guard: the request timeout bounds the wait for the
    // headers and then each wait for more of the body.
    // ofPublisher hands the body over as soon as the headers arrive, like ofInputStream.
    HttpResponse<Flow.Publisher<List<ByteBuffer>>> response =
        http.send(builder.build(), HttpResponse.BodyHandlers.ofPublisher());
    StallGuardedBody body = new StallGuardedBody(requestTimeout);
    response.body().subscribe(body);
    return new Response() {
      @Override
      public int status() {
        return response.statusCode();
      }

      @Override
      public Optional<String> header(String name) {
        return response.headers().firstValue(name);
      }

      @Override
      public InputStream body() {
        return body;
      }
    };
  }
}
