package dev.reportgen.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Sends one HTTP request and hands back the response with its body still unread, so a report
 * streams from the socket into the parser. The real one is {@link HttpClientTransport}; tests can
 * script failures the network would only produce by chance.
 */
interface Transport {
  Response send(Outgoing request) throws IOException, InterruptedException;

  /**
   * A request about to be sent.
   *
   * @param method HTTP method
   * @param uri the full URI, its query already encoded exactly as signed
   * @param headers headers to send (credentials among them: never log this record)
   * @param body the JSON body, or empty for none
   */
  record Outgoing(String method, URI uri, Map<String, String> headers, String body) {
    @Override
    public String toString() {
      return method + " " + uri.getRawPath(); // headers and body may hold credentials
    }
  }

  /** A response whose body has not been read yet. */
  interface Response {
    int status();

    /** The first value of header {@code name} (case-insensitive). */
    Optional<String> header(String name);

    /** The body; the caller reads and closes it. */
    InputStream body();
  }
}
