package dev.reportgen.client;

import java.util.Map;

/**
 * API-key authentication: every request carries {@code X-API-Key: <token>:<secret>}, as one public
 * LuxSci client sends it (LuxSci announced API keys in 2025; the published specification was not
 * reachable when this was written, so the header follows that client). A refused key cannot be
 * renewed: the request fails.
 */
public final class ApiKey implements Authentication {
  private final RequestCredentials credentials;

  private ApiKey(String token, String secret) {
    if (token == null || token.isEmpty() || secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("the API token and secret must not be empty");
    }
    this.credentials = new RequestCredentials(Map.of("X-API-Key", token + ":" + secret), null);
  }

  /** The key made of the account's API token and secret. */
  public static ApiKey of(String token, String secret) {
    return new ApiKey(token, secret);
  }

  @Override
  public RequestCredentials credentials(SignableRequest request, AuthChannel channel) {
    return credentials;
  }

  @Override
  public boolean renew(RequestCredentials refused) {
    return false;
  }

  @Override
  public String toString() {
    return "ApiKey{X-API-Key}";
  }
}
