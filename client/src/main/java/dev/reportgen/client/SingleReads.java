package dev.reportgen.client;

import dev.reportgen.runtime.Report;
import dev.reportgen.runtime.ReportErrorResponseException;
import dev.reportgen.runtime.ReportIoException;
import dev.reportgen.runtime.ReportParseException;
import dev.reportgen.runtime.ReportReader;
import java.util.Optional;

/**
 * One request whose small answer is read whole: a count ({@code matches=0}) or a job submission.
 */
final class SingleReads {
  private SingleReads() {}

  /**
   * Sends {@code call} and reads its answer. A body that breaks off is asked again only when {@code
   * idempotent}: submitting a job twice would start two jobs.
   */
  static <R> Report<R> read(
      Requester requester, Call call, ReportReader<R> reader, boolean idempotent) {
    Attempts attempts = requester.newAttempts();
    while (true) {
      Requester.Opened opened = requester.open(call, attempts);
      try {
        return reader.readJson(opened.response().body());
      } catch (ReportIoException | ReportParseException e) {
        boolean broken =
            e instanceof ReportIoException || Truncation.isCutShort((ReportParseException) e);
        if (!broken) {
          ReportParseException bad = (ReportParseException) e;
          throw new ReportParseException(
              bad.problem() + " (in " + call.describe() + ")",
              bad.row(),
              bad.column(),
              bad.value(),
              bad.line(),
              bad.lineColumn(),
              bad);
        }
        if (!idempotent) {
          throw new LuxSciClientException(
              "the answer broke off ("
                  + e.getMessage()
                  + "); the"
                  + " request may have taken effect, so it is not repeated: check the job list",
              call.describe(),
              e);
        }
        requester.retryOrThrow(
            call,
            attempts,
            Optional.empty(),
            () ->
                new LuxSciClientException(
                    "the answer broke off ("
                        + e.getMessage()
                        + "), still after "
                        + attempts.made()
                        + " attempt(s)",
                    call.describe(),
                    e));
      } catch (ReportErrorResponseException e) {
        if (e.request() != null) {
          throw e;
        }
        if (!AuthFailures.isAuthFailure(e.serverMessage())) {
          throw new ReportErrorResponseException(e.serverMessage(), call.describe());
        }
        if (!requester.renew(opened.credentials(), attempts)) {
          throw requester.refused(call, e.serverMessage(), attempts);
        }
      }
    }
  }
}
