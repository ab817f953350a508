package dev.reportgen.testkit;

import com.sun.net.httpserver.HttpExchange;
import dev.reportgen.runtime.CsvWriteOptions;
import dev.reportgen.runtime.JsonWriteOptions;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.ReportWriter;
import dev.reportgen.runtime.RowWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Writes report bodies with the runtime's {@link ReportWriter}: a JSON page streamed to the client
 * (chunked, constant memory) under the byte cap, or a job's CSV results file.
 *
 * <p>The page is LuxSci's most likely shape ({@link JsonWriteOptions#defaults()}): {@code
 * {"success":1,"data":{"header":[...],"rows":[[...],...],"total_matches":N,"first_row":F}}}, with
 * {@code total_matches} the count of all matching rows, not of the rows in the page.
 */
final class ReportResponder {
  private final long byteCap;

  ReportResponder(long byteCap) {
    this.byteCap = byteCap;
  }

  /**
   * Sends one page: the rows of {@code rows} while the body stays within the byte cap (the first
   * row always goes, so a client paging by rows received always moves on). A row that would pass
   * the cap is not sent and is the first row of the next page. With {@code cut}, the body stops in
   * the middle of the row after {@link Fault#completeRows()} whole rows and the connection drops.
   *
   * @return the number of rows sent
   */
  <T> long sendPage(
      HttpExchange exchange,
      ReportType<T> type,
      Iterator<T> rows,
      List<String> extraColumns,
      long total,
      long firstRow,
      Optional<Fault> cut)
      throws IOException {
    ReportWriter<T> writer =
        ReportWriter.json(
            type,
            JsonWriteOptions.defaults()
                .withTotalMatches(total)
                .withFirstRow(firstRow)
                .withExtraColumns(extraColumns));
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(200, 0);
    OutputStream network = exchange.getResponseBody();
    PageOutput page = new PageOutput(network);
    long cutAfter = cut.map(Fault::completeRows).orElse(-1);
    long sent = 0;
    RowWriter<T> body = writer.open(page);
    try {
      body.flush();
      page.commit();
      while (rows.hasNext()) {
        body.write(rows.next());
        body.flush();
        if (sent == cutAfter) {
          page.cutPendingInHalf();
          throw new DroppedConnection();
        }
        if (sent > 0 && page.size() > byteCap) {
          page.discard();
          break;
        }
        page.commit();
        sent++;
      }
      body.close();
      if (cutAfter >= 0) {
        page.cutPendingInHalf();
        throw new DroppedConnection();
      }
      page.finish();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    network.close();
    return sent;
  }

  /**
   * Writes a job's results file: a CSV header row and every row of {@code rows}, gzip-compressed
   * when asked.
   *
   * @return the number of rows written
   */
  <T> long writeResults(
      Path file, ReportType<T> type, Iterator<T> rows, List<String> extraColumns, boolean gzip)
      throws IOException {
    ReportWriter<T> writer =
        ReportWriter.csv(
            type, CsvWriteOptions.defaults().withGzip(gzip).withExtraColumns(extraColumns));
    try (RowWriter<T> body = writer.open(Files.newOutputStream(file))) {
      body.writeAll(rows);
      return body.rowCount();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
