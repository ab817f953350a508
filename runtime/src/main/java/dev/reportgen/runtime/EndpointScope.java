package dev.reportgen.runtime;

/**
 * Whose data an API endpoint reports on, and so which name its path carries: an account's ({@code
 * /account/{account}/...}) or one user's ({@code /user/{user}/...}).
 */
public enum EndpointScope {
  /** The whole account; the path names the account. */
  ACCOUNT("{account}"),
  /** One user (an e-mail login); the path names the user. */
  USER("{user}");

  private final String placeholder;

  EndpointScope(String placeholder) {
    this.placeholder = placeholder;
  }

  /** The placeholder that stands for the account or user name in a path template. */
  public String placeholder() {
    return placeholder;
  }
}
