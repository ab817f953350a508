package dev.reportgen.cli;

import dev.reportgen.client.ApiKey;
import dev.reportgen.client.Authentication;
import dev.reportgen.client.ClientConfig;
import dev.reportgen.client.LuxSciClient;
import dev.reportgen.client.LuxSciClientException;
import dev.reportgen.client.PageListener;
import dev.reportgen.client.PagedRowCursor;
import dev.reportgen.client.PagingException;
import dev.reportgen.client.RateLimiter;
import dev.reportgen.client.ReportQuery;
import dev.reportgen.client.SignedSession;
import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.EndpointScope;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.ReportCatalog;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowError;
import dev.reportgen.runtime.RowExtras;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code reportgen fetch ENDPOINT}: every row of a LuxSci report, fetched page by page with the
 * LuxSci client and written as CSV or JSON Lines in constant memory.
 */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    versionProvider = ReportgenCli.Version.class,
    sortOptions = false,
    description = {
      "Fetches every row of report ENDPOINT (e.g. getEmailSMTPSentReportAccount) from the LuxSci"
          + " API, page by page (first_row advances by the rows each page held, up to the total),"
          + " and writes them as CSV or JSON Lines, in constant memory. Progress (pages, rows,"
          + " total) goes to stderr.",
      "",
      "Credentials come from the environment: LUXSCI_API_TOKEN and LUXSCI_API_SECRET (a signed"
          + " session; with --api-key sent as the X-API-Key header instead), plus LUXSCI_PASSWORD"
          + " (and LUXSCI_USER, default the --user login) for a user's report.",
      "",
      "429 and 502/503/504 answers, connection failures and bodies cut short are retried (5"
          + " attempts in 2 minutes); an expired session is renewed once. Parsing is strict by"
          + " default: the first bad row stops the fetch with exit code 1; with --lenient bad rows"
          + " are skipped and listed on stderr (exit code 5). --out is written only when the fetch"
          + " completed.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Every row was fetched and written.",
      "1:Bad data: a bad row (without --lenient), malformed or inconsistent pages (a total that"
          + " changed between pages), or an API error response (success: 0).",
      "2:Usage error: unknown option or endpoint, missing credentials, an endpoint of the other"
          + " scope, or one without a path.",
      "3:The API could not be reached, refused the request or the credentials, or kept breaking"
          + " off its answers (after the retries), or the output"
          + " could not be written.",
      "4:Internal error (a bug): run again with --verbose and report the stack trace.",
      "5:Lenient mode: every page was read, but bad rows were skipped (listed on stderr).",
    })
final class FetchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand ReportgenCli cli;

  /** The process environment; tests replace it. */
  Map<String, String> environment = System.getenv();

  @Parameters(
      paramLabel = "ENDPOINT",
      arity = "1",
      description = "The API endpoint, e.g. getEmailSMTPSentReportAccount.")
  String endpointName;

  /** Exactly one of --account and --user. */
  static final class Scope {
    @Option(
        names = "--account",
        paramLabel = "NAME",
        required = true,
        description = "The account whose report to fetch (account endpoints).")
    String account;

    @Option(
        names = "--user",
        paramLabel = "LOGIN",
        required = true,
        description = "The user whose report to fetch (user endpoints).")
    String user;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Scope scope;

  @Option(
      names = "--from",
      paramLabel = "DATETIME",
      description = "from_date: rows from this time on (GMT; YYYY-MM-DD[ HH:MM:SS]).")
  String from;

  @Option(names = "--after", paramLabel = "DATETIME", description = "after_date (GMT).")
  String after;

  @Option(names = "--before", paramLabel = "DATETIME", description = "before_date (GMT).")
  String before;

  @Option(
      names = "--matches",
      paramLabel = "N",
      description = "Rows asked per request (1 to 50000, the default); every row is fetched.")
  Long matches;

  @Option(
      names = "--param",
      paramLabel = "KEY=VALUE",
      description = "Any other query parameter (tracked_headers, detail, ...). Repeatable.")
  List<String> params = new ArrayList<>();

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "The API base URL (default "
              + ClientConfig.DEFAULT_BASE_URL
              + "); https only,"
              + " or plain http to a loopback address.")
  String baseUrl = ClientConfig.DEFAULT_BASE_URL;

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat to;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "OUT",
      description =
          "Write to OUT instead of stdout; OUT is replaced only when the fetch completed.")
  Path out;

  @Option(names = "--lenient", description = "Skip bad rows (listed on stderr) instead of failing.")
  boolean lenient;

  @Option(names = "--api-key", description = "Send the X-API-Key header instead of signing.")
  boolean apiKey;

  @Option(
      names = "--requests-per-minute",
      paramLabel = "N",
      defaultValue = "60",
      description = "Client-side rate limit (default: ${DEFAULT-VALUE}, LuxSci's shared limit).")
  int requestsPerMinute;

  @Option(names = "--no-progress", description = "Do not print progress on stderr.")
  boolean noProgress;

  @Option(names = "--verbose", description = "On failure, print the stack trace.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      Endpoint<?> endpoint = endpoint();
      LuxSciClient client = client(endpoint);
      ReportQuery query = query();
      long badRows =
          out == null
              ? toStdout(client, endpoint, query, err)
              : toFile(client, endpoint, query, err);
      return badRows == 0 ? ExitCodes.OK : ExitCodes.BAD_ROWS;
    } catch (Exception e) {
      return Failures.report(err, null, classify(e), verbose);
    }
  }

  /**
   * The client's failures as the exit codes say: pages that do not fit together are bad data (1);
   * everything else the client raises (unreachable, refused, HTTP errors, bodies that kept breaking
   * off) is the source failing to deliver, like an unreadable file (3).
   */
  private static Exception classify(Exception e) {
    if (e instanceof LuxSciClientException && !(e instanceof PagingException)) {
      return new CliException(ExitCodes.IO, e.getMessage(), e);
    }
    return e;
  }

  private Endpoint<?> endpoint() {
    ReportType<?> type = cli.reports().byEndpoint(endpointName);
    // The catalog that holds this type, through the loader that found it (--with jars included).
    for (ReportCatalog catalog :
        ServiceLoader.load(ReportCatalog.class, type.getClass().getClassLoader())) {
      for (Endpoint<?> candidate : catalog.endpoints()) {
        if (candidate.type().equals(type) && candidate.name().equalsIgnoreCase(endpointName)) {
          return candidate;
        }
      }
    }
    throw new CliException(ExitCodes.USAGE, "endpoint " + endpointName + " is not in any catalog");
  }

  private LuxSciClient client(Endpoint<?> endpoint) {
    EndpointScope wanted = scope.user != null ? EndpointScope.USER : EndpointScope.ACCOUNT;
    if (!endpoint.hasPath()) {
      throw new CliException(
          ExitCodes.USAGE,
          "endpoint " + endpoint.name() + " has no path in its schema, so it cannot be fetched");
    }
    if (endpoint.scope() != wanted) {
      throw new CliException(
          ExitCodes.USAGE,
          "endpoint "
              + endpoint.name()
              + " reports on "
              + (endpoint.scope() == EndpointScope.USER
                  ? "a user: give --user LOGIN"
                  : "an account: give --account NAME"));
    }
    String token = required("LUXSCI_API_TOKEN");
    String secret = required("LUXSCI_API_SECRET");
    Authentication authentication;
    if (apiKey) {
      authentication = ApiKey.of(token, secret);
    } else if (scope.user != null) {
      String login =
          Optional.ofNullable(environment.get("LUXSCI_USER"))
              .filter(s -> !s.isEmpty())
              .orElse(scope.user);
      authentication = SignedSession.user(token, secret, login, required("LUXSCI_PASSWORD"));
    } else {
      authentication = SignedSession.account(token, secret);
    }
    if (requestsPerMinute < 1) {
      throw new CliException(ExitCodes.USAGE, "--requests-per-minute must be at least 1");
    }
    try {
      LuxSciClient.Builder builder =
          LuxSciClient.builder()
              .baseUrl(baseUrl)
              .authentication(authentication)
              .rateLimiter(RateLimiter.perMinute(requestsPerMinute))
              .readOptions(lenient ? ReadOptions.lenient() : ReadOptions.strict());
      return (scope.user != null ? builder.user(scope.user) : builder.account(scope.account))
          .build();
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, "--base-url: " + e.getMessage(), e);
    }
  }

  private String required(String name) {
    String value = environment.get(name);
    if (value == null || value.isEmpty()) {
      throw new CliException(ExitCodes.USAGE, "set " + name + " in the environment");
    }
    return value;
  }

  private ReportQuery query() {
    try {
      ReportQuery.Builder query = ReportQuery.builder();
      if (from != null) {
        query.from(dateTime("--from", from));
      }
      if (after != null) {
        query.after(dateTime("--after", after));
      }
      if (before != null) {
        query.before(dateTime("--before", before));
      }
      if (matches != null) {
        query.matches(matches);
      }
      Map<String, String> pairs = new LinkedHashMap<>();
      for (String param : params) {
        int eq = param.indexOf('=');
        if (eq <= 0) {
          throw new CliException(ExitCodes.USAGE, "--param " + param + ": expected KEY=VALUE");
        }
        pairs.put(param.substring(0, eq), param.substring(eq + 1));
      }
      pairs.forEach(query::param);
      return query.build();
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
    }
  }

  /** GMT: {@code YYYY-MM-DD HH:MM:SS}, with {@code T} instead of the space, or a date alone. */
  private static Instant dateTime(String option, String text) {
    String value = text.trim();
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      String iso = value.replace(' ', 'T');
      if (iso.endsWith("Z")) {
        iso = iso.substring(0, iso.length() - 1);
      }
      return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new CliException(
          ExitCodes.USAGE,
          option + " " + text + ": expected a GMT date-time YYYY-MM-DD HH:MM:SS (or YYYY-MM-DD)",
          e);
    }
  }

  private long toStdout(
      LuxSciClient client, Endpoint<?> endpoint, ReportQuery query, PrintWriter err)
      throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    long badRows = fetch(client, endpoint, query, stdout, err);
    stdout.flush();
    if (stdout.checkError()) {
      throw new CliException(ExitCodes.IO, "cannot write to stdout");
    }
    return badRows;
  }

  /** Fetches into a temporary file beside OUT and moves it over OUT once the fetch completed. */
  private long toFile(LuxSciClient client, Endpoint<?> endpoint, ReportQuery query, PrintWriter err)
      throws IOException {
    Path target = out.toAbsolutePath();
    Path temp;
    try {
      temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
    } catch (IOException e) {
      throw new CliException(ExitCodes.IO, "cannot write " + out + ": " + Failures.reason(e), e);
    }
    boolean done = false;
    try {
      long badRows;
      try (Writer writer =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8),
              1 << 16)) {
        badRows = fetch(client, endpoint, query, writer, err);
      } catch (IOException e) {
        throw new CliException(ExitCodes.IO, "cannot write " + out + ": " + Failures.reason(e), e);
      }
      try {
        try {
          Files.move(
              temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw new CliException(ExitCodes.IO, "cannot write " + out + ": " + Failures.reason(e), e);
      }
      done = true;
      return badRows;
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** Streams every row into {@code writer}; returns the number of bad rows skipped. */
  private <T> long fetch(
      LuxSciClient client, Endpoint<T> endpoint, ReportQuery query, Writer writer, PrintWriter err)
      throws IOException {
    PageListener progress =
        noProgress
            ? PageListener.NONE
            : page -> {
              err.println(
                  "reportgen: fetch "
                      + endpoint.name()
                      + ": page "
                      + page.number()
                      + ", "
                      + page.rowsSoFar()
                      + " rows"
                      + (page.totalMatches().isPresent()
                          ? " of " + page.totalMatches().getAsLong()
                          : "")
                      + (page.attempts() > 1 ? " (" + page.attempts() + " attempts)" : ""));
              err.flush();
            };
    ReportType<T> type = endpoint.type();
    try (PagedRowCursor<T> cursor = client.rows(endpoint, query, progress)) {
      T first = cursor.hasNext() ? cursor.next() : null;
      int reported = reportErrors(cursor, 0, err);
      List<String> columns = cursor.header();
      if (columns.isEmpty()) {
        columns = new ArrayList<>();
        for (Column column : type.columns()) {
          columns.add(column.keyword());
        }
        RowExtras extras = first == null ? RowExtras.empty() : type.extras(first);
        columns.addAll(extras.columns().keySet());
      }
      try (RowSink<T> sink = RowSink.of(to, type, columns, writer)) {
        if (first != null) {
          sink.write(first);
        }
        while (cursor.hasNext()) {
          sink.write(cursor.next());
          reported = reportErrors(cursor, reported, err);
        }
        reported = reportErrors(cursor, reported, err);
      }
      writer.flush();
      return cursor.errors().size();
    }
  }

  private int reportErrors(PagedRowCursor<?> cursor, int reported, PrintWriter err) {
    List<RowError> errors = cursor.errors();
    for (int i = reported; i < errors.size(); i++) {
      err.println(
          "reportgen: fetch "
              + endpointName
              + ": skipped bad "
              + TextSummary.describe(errors.get(i)));
    }
    err.flush();
    return errors.size();
  }
}
