package dev.reportgen.client;

/**
 * The pages of one query did not fit together: the total changed between pages, a page held more
 * rows than the total left, a page was empty before the total was reached, the server started a
 * page elsewhere than asked, or a page served again after a failure held other rows. Rows already
 * delivered stay valid; the rest of the result could not be read consistently.
 */
public final class PagingException extends LuxSciClientException {
  private static final long serialVersionUID = 1L;

  public PagingException(String problem, String request) {
    super(problem, request, null);
  }
}
