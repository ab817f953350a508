package dev.reportgen.testkit;

/**
 * Who an accepted request acts as: the whole account (account session or API key) or one user.
 *
 * @param user the user login for a user-scope session, or {@code null} for the account
 */
record Principal(String user) {
  static final Principal ACCOUNT = new Principal(null);

  boolean isAccount() {
    return user == null;
  }
}
