package dev.reportgen.client;

/**
 * One request as errors name it: method, full path, the query string sent (which never holds a
 * secret: credentials travel in headers) and, for a page of a paged read, which page.
 *
 * @param method HTTP method
 * @param path full path below the host ({@code /perl/api/v2/...})
 * @param query the exact query string sent, without {@code ?}
 * @param body the JSON body, or empty; never part of {@link #describe()}
 * @param page the page of a paged read ({@code "page 3, first_row 100000"}), or null
 */
record Call(String method, String path, String query, String body, String page) {
  /** A request of no paged read. */
  static Call single(String method, String path, String query, String body) {
    return new Call(method, path, query, body, null);
  }

  /** What error messages say about this request. */
  String describe() {
    return method
        + " "
        + path
        + (query.isEmpty() ? "" : "?" + query)
        + (page == null ? "" : ", " + page);
  }

  SignableRequest signable() {
    return new SignableRequest(method, path, query, body);
  }

  @Override
  public String toString() {
    return describe();
  }
}
