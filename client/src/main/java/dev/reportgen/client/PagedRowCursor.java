package dev.reportgen.client;

import dev.reportgen.runtime.ReportErrorResponseException;
import dev.reportgen.runtime.ReportIoException;
import dev.reportgen.runtime.ReportMetadata;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.RowCursor;
import dev.reportgen.runtime.RowError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every row of a query, across as many pages as it takes, as one {@link RowCursor}.
 *
 * <p>Paging: the next page's {@code first_row} is the previous one plus the rows that page held
 * (good and bad: a page may hold fewer than {@code matches}, LuxSci cuts pages at 50 MB). Reading
 * stops at the total the server reports, or at the first empty page when it reports none. A page
 * that contradicts the others (another total, more rows than the total leaves, empty before the
 * total, started elsewhere than asked) ends the read with a {@link PagingException}: never a loop,
 * never a silently shorter result.
 *
 * <p>Each page's body streams from the connection straight into the report's parser, so memory does
 * not depend on the number of rows or pages. When a body breaks off (connection reset, body cut
 * short), the page is asked again from its {@code first_row} under the same {@link RetryPolicy}
 * budget; the rows of it already delivered are read past, not delivered again, and the first and
 * the last of them are checked to be equal to the rows delivered there (a page served again that
 * starts elsewhere, or has rows inserted or removed, differs at one end at least), else a {@code
 * PagingException}. Only the two rows are kept: the check costs nothing per row.
 *
 * <p>Errors name the request and page. Strict mode: a bad row throws {@link ReportParseException},
 * its row counted from the query's first row like {@link #rowIndex()}, its line and column within
 * the page's body. Lenient mode: {@link #errors()} lists the bad rows of every page the same way,
 * and {@link #pageErrors()} with their page. Not thread-safe (one cursor, one consumer); the client
 * that made it is.
 *
 * @param <T> the report's record
 */
public final class PagedRowCursor<T> implements RowCursor<T> {
  private final Requester requester;
  private final ReportReader<T> reader;
  private final String fullPath;
  private final ReportQuery query;
  private final long pageSize;
  private final PageListener listener;

  private long nextFirstRow; // first_row of the current page, or of the next one between pages
  private long rowsBefore; // rows (good and bad) of the pages finished
  private int pageNumber;
  private OptionalLong total = OptionalLong.empty();
  private int totalPage;
  private List<String> header;
  private Optional<String> comment = Optional.empty();
  private final List<RowError> errors = new ArrayList<>();
  private final List<PageError> pageErrors = new ArrayList<>();
  private boolean finished;
  private boolean closed;
  private RuntimeException failure;

  // The page being read (inPage), its cursor null between attempts.
  private boolean inPage;
  private RowCursor<T> page;
  private Call pageCall;
  private Attempts pageAttempts;
  private RequestCredentials pageCredentials;
  private long deliveredInPage;
  private T firstDelivered; // the page's first row delivered, kept to check a page served again
  private T lastDelivered;
  private long errorsSeenInPage; // highest page row index of an error recorded + 1
  private int pageErrorsTaken; // errors of the current attempt's cursor looked at
  // After a retry: rows of the page to read past because they were delivered already.
  private long skipRemaining;

  PagedRowCursor(
      Requester requester,
      ReportReader<T> reader,
      String fullPath,
      ReportQuery query,
      long pageSize,
      PageListener listener) {
    this.requester = requester;
    this.reader = reader;
    this.fullPath = fullPath;
    this.query = query;
    this.pageSize = pageSize;
    this.listener = listener;
    this.nextFirstRow = query.firstRow();
  }

  @Override
  public boolean hasNext() {
    if (failure != null) {
      throw failure;
    }
    if (closed) {
      return false;
    }
    try {
      while (!finished) {
        if (!inPage) {
          startPage();
        }
        if (advanceInPage()) {
          return true;
        }
        finishPage();
      }
      return false;
    } catch (RuntimeException e) {
      failure = e;
      closePage();
      throw e;
    }
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows");
    }
    T row = page.next();
    if (deliveredInPage++ == 0) {
      firstDelivered = row;
    }
    lastDelivered = row;
    return row;
  }

  /**
   * Moves the page cursor to its next row to deliver, reading past rows delivered before a retry,
   * and retrying the page when its body breaks off. False at the page's end.
   */
  private boolean advanceInPage() {
    while (true) {
      try {
        if (page == null) {
          openAttempt();
        }
        while (page.hasNext()) {
          takeErrors();
          if (skipRemaining == 0) {
            return true;
          }
          T again = page.next();
          long at = deliveredInPage - skipRemaining--;
          boolean differs =
              (at == 0 && !Objects.equals(again, firstDelivered))
                  || (skipRemaining == 0 && !Objects.equals(again, lastDelivered));
          if (differs) {
            throw new PagingException(
                "the page served again after a failure holds other rows than the "
                    + deliveredInPage
                    + " already delivered from it",
                pageCall.describe());
          }
        }
        takeErrors();
        if (skipRemaining > 0) {
          throw new PagingException(
              "the page served again after a failure holds "
                  + (deliveredInPage - skipRemaining)
                  + " rows, fewer than the "
                  + deliveredInPage
                  + " already delivered from it",
              pageCall.describe());
        }
        return false;
      } catch (ReportIoException e) {
        retryPage(e, "its body broke off");
      } catch (ReportParseException e) {
        if (!Truncation.isCutShort(e)) {
          throw inPage(e);
        }
        retryPage(e, "its body was cut short");
      } catch (ReportErrorResponseException e) {
        if (e.request() != null) {
          throw e; // from an error status: already names the request
        }
        if (!AuthFailures.isAuthFailure(e.serverMessage())) {
          throw new ReportErrorResponseException(e.serverMessage(), pageCall.describe());
        }
        if (!requester.renew(pageCredentials, pageAttempts)) {
          throw requester.refused(pageCall, e.serverMessage(), pageAttempts);
        }
        rewind();
      }
    }
  }

  private void startPage() {
    pageNumber++;
    inPage = true;
    pageCall =
        new Call(
            "GET",
            fullPath,
            query.encode(nextFirstRow, pageSize),
            "",
            "page " + pageNumber + ", first_row " + nextFirstRow);
    pageAttempts = requester.newAttempts();
    deliveredInPage = 0;
    firstDelivered = null;
    lastDelivered = null;
    errorsSeenInPage = 0;
    skipRemaining = 0;
  }

  private void openAttempt() {
    Requester.Opened opened = requester.open(pageCall, pageAttempts);
    pageCredentials = opened.credentials();
    pageErrorsTaken = 0;
    // openJson reads the first bytes (encoding, gzip); its failures are the page's like any later.
    try {
      page = reader.openJson(opened.response().body());
    } catch (RuntimeException e) {
      closeQuietly(opened.response());
      throw e;
    }
  }

  private static void closeQuietly(Transport.Response response) {
    try {
      response.body().close();
    } catch (java.io.IOException e) {
      // Nothing to save: the response already failed.
    }
  }

  private void retryPage(RuntimeException cause, String what) {
    closePage();
    requester.retryOrThrow(
        pageCall,
        pageAttempts,
        Optional.empty(),
        () ->
            new LuxSciClientException(
                "page "
                    + pageNumber
                    + " could not be read: "
                    + what
                    + " ("
                    + cause.getMessage()
                    + "), still after "
                    + pageAttempts.made()
                    + " attempt(s); "
                    + deliveredInPage
                    + " of its rows had been delivered",
                pageCall.describe(),
                cause));
    rewind();
  }

  /** Asks the page again from its first row; the rows delivered from it will be read past. */
  private void rewind() {
    closePage();
    skipRemaining = deliveredInPage;
  }

  /** Records the lenient errors of the current page not recorded before (also across retries). */
  private void takeErrors() {
    List<RowError> seen = page.errors();
    for (; pageErrorsTaken < seen.size(); pageErrorsTaken++) {
      RowError error = seen.get(pageErrorsTaken);
      if (error.row() < errorsSeenInPage) {
        continue; // recorded in an attempt before a retry
      }
      errorsSeenInPage = error.row() + 1;
      pageErrors.add(new PageError(pageNumber, pageCall.describe(), nextFirstRow, error));
      errors.add(
          new RowError(
              rowsBefore + error.row(),
              error.column(),
              error.value(),
              error.line(),
              error.lineColumn(),
              pageCall.describe() + ": " + error.message()));
    }
  }

  private void finishPage() {
    long received = page.rowIndex();
    ReportMetadata metadata = page.metadata();
    if (header == null) {
      header = page.header();
    }
    closePage();
    inPage = false;
    if (pageNumber == 1) {
      comment = metadata.comment();
    }
    OptionalLong firstRow = metadata.firstRow();
    if (firstRow.isPresent() && firstRow.getAsLong() != nextFirstRow) {
      throw new PagingException(
          "the server says the page starts at row "
              + firstRow.getAsLong()
              + ", not at the first_row asked",
          pageCall.describe());
    }
    OptionalLong reported = metadata.totalMatches();
    if (reported.isPresent()) {
      if (total.isPresent() && total.getAsLong() != reported.getAsLong()) {
        throw new PagingException(
            "the total changed between pages: page "
                + totalPage
                + " reported "
                + total.getAsLong()
                + " rows, page "
                + pageNumber
                + " (first_row "
                + nextFirstRow
                + ") reports "
                + reported.getAsLong(),
            pageCall.describe());
      }
      if (total.isEmpty()) {
        total = reported;
        totalPage = pageNumber;
      }
    }
    long pageFirstRow = nextFirstRow;
    nextFirstRow += received;
    rowsBefore += received;
    listener.pageRead(
        new PageListener.Page(
            pageNumber, pageFirstRow, received, rowsBefore, total, pageAttempts.made()));
    if (total.isEmpty()) {
      finished = received == 0;
      return;
    }
    long expected = total.getAsLong();
    if (received == 0) {
      if (pageFirstRow < expected) {
        throw new PagingException(
            "the page is empty although the total is " + expected + " rows", pageCall.describe());
      }
      finished = true;
    } else if (nextFirstRow > expected) {
      throw new PagingException(
          "the page holds "
              + received
              + " rows, more than the "
              + (expected - pageFirstRow)
              + " the total of "
              + expected
              + " leaves",
          pageCall.describe());
    } else {
      finished = nextFirstRow == expected;
    }
  }

  private ReportParseException inPage(ReportParseException e) {
    return new ReportParseException(
        e.problem() + " (in " + pageCall.describe() + "; line and column within that page's body)",
        e.row() < 0 ? e.row() : rowsBefore + e.row(),
        e.column(),
        e.value(),
        e.line(),
        e.lineColumn(),
        e);
  }

  private void closePage() {
    if (page != null) {
      RowCursor<T> closing = page;
      page = null;
      closing.close();
    }
  }

  /** The header of the first page (reads ahead to it if needed; empty without one). */
  @Override
  public List<String> header() {
    if (header == null && !finished && failure == null && !closed) {
      hasNext();
      if (page != null) {
        header = page.header();
      }
    }
    return header == null ? List.of() : header;
  }

  /**
   * The total the server reported, the query's first row and the first page's comment. The total is
   * known once the first page ends.
   */
  @Override
  public ReportMetadata metadata() {
    return new ReportMetadata(total, OptionalLong.of(query.firstRow()), comment);
  }

  /**
   * Lenient mode: the bad rows skipped so far on every page, rows counted like {@link #rowIndex}.
   */
  @Override
  public List<RowError> errors() {
    return Collections.unmodifiableList(errors);
  }

  /** Lenient mode: the bad rows skipped so far, each with its page and request. */
  public List<PageError> pageErrors() {
    return Collections.unmodifiableList(pageErrors);
  }

  /** Rows (good and bad) consumed so far, counted from the query's first row. */
  @Override
  public long rowIndex() {
    return rowsBefore + (page == null ? 0 : page.rowIndex());
  }

  /** Pages started so far. */
  public int pages() {
    return pageNumber;
  }

  /** The total the server reported, once the first page has ended. */
  public OptionalLong totalMatches() {
    return total;
  }

  @Override
  public Stream<T> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /** Closes the page being read (its connection); idempotent. */
  @Override
  public void close() {
    closed = true;
    closePage();
  }

  @Override
  public String toString() {
    return "PagedRowCursor{GET " + fullPath + ", page " + pageNumber + ", rows " + rowIndex() + "}";
  }
}
