package dev.reportgen.client;

import dev.reportgen.luxsci.AsyncJob;
import dev.reportgen.luxsci.LuxSciReports;
import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.EndpointScope;
import dev.reportgen.runtime.ReadOptions;
import dev.reportgen.runtime.Report;
import dev.reportgen.runtime.ReportReader;
import dev.reportgen.runtime.ReportType;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A client for the LuxSci reporting API: signed requests, paging past 50,000 rows and 50 MB,
 * retries, a client-side rate limit and asynchronous jobs, every page streamed straight into the
 * report's generated parser.
 *
 * <pre>{@code
 * LuxSciClient client = LuxSciClient.builder()
 *     .account("acme")
 *     .authentication(SignedSession.account(token, secret))
 *     .build();
 * try (PagedRowCursor<SentEmail> rows = client.rows(
 *     LuxSciReports.GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT,
 *     ReportQuery.builder().after(Instant.parse("2024-01-01T00:00:00Z")).build())) {
 *   rows.forEachRemaining(mail -> ...);
 * }
 * }</pre>
 *
 * <p>Thread-safe: build one client and share it. Threads using it share its session (started once),
 * its rate limiter and its HTTP connections; each call returns its own cursor, which one thread
 * consumes. Failures are {@link dev.reportgen.runtime.ReportException}s naming the request and
 * page: {@link LuxSciClientException} and its subtypes for the API and the network, {@link
 * dev.reportgen.runtime.ReportErrorResponseException} for {@code success: 0}, {@link
 * dev.reportgen.runtime.ReportParseException} for bad data.
 */
public final class LuxSciClient {
  private final ClientConfig config;
  private final Requester requester;

  private LuxSciClient(ClientConfig config, Transport transport, Time time) {
    this.config = config;
    this.requester = new Requester(config, transport, time);
  }

  /** A builder; {@code account} or {@code user} and {@code authentication} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** What this client was built with. */
  public ClientConfig config() {
    return config;
  }

  /** Every row {@code query} matches at {@code endpoint}, paged, in the client's parse mode. */
  public <T> PagedRowCursor<T> rows(Endpoint<T> endpoint, ReportQuery query) {
    return rows(endpoint, query, PageListener.NONE);
  }

  /** {@link #rows(Endpoint, ReportQuery)}, telling {@code listener} about each page. */
  public <T> PagedRowCursor<T> rows(
      Endpoint<T> endpoint, ReportQuery query, PageListener listener) {
    return rowsAt(endpoint.type(), pathOf(endpoint), query, listener);
  }

  /**
   * Every row {@code query} matches at an explicit {@code path} below the base URL (already
   * percent-encoded, e.g. {@code /account/acme/report/email/smtp/sent}), read as {@code type}: for
   * endpoints whose schema gives no path, and reports of your own.
   */
  public <T> PagedRowCursor<T> rowsAt(
      ReportType<T> type, String path, ReportQuery query, PageListener listener) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(listener, "listener");
    if (query.destination().isPresent()) {
      throw new IllegalArgumentException(
          "the query has a destination, which makes it an asynchronous job: use submit()");
    }
    long matches = query.matches().orElse(ReportQuery.MAX_SYNC_MATCHES);
    if (matches < 1 || matches > ReportQuery.MAX_SYNC_MATCHES) {
      throw new IllegalArgumentException(
          "matches must be 1 to "
              + ReportQuery.MAX_SYNC_MATCHES
              + " rows per page for a paged read (0 asks for the count only: use count()): "
              + matches);
    }
    return new PagedRowCursor<>(
        requester,
        ReportReader.of(type, config.readOptions()),
        config.fullPath(Paths.checkRelative(path)),
        query,
        matches,
        listener);
  }

  /** How many rows {@code query} matches at {@code endpoint} ({@code matches=0}: no rows sent). */
  public long count(Endpoint<?> endpoint, ReportQuery query) {
    return countAt(endpoint.type(), pathOf(endpoint), query);
  }

  /** {@link #count(Endpoint, ReportQuery)} at an explicit path. */
  public long countAt(ReportType<?> type, String path, ReportQuery query) {
    Call call =
        Call.single(
            "GET",
            config.fullPath(Paths.checkRelative(path)),
            query.encode(query.firstRow(), 0),
            "");
    Report<?> report = SingleReads.read(requester, call, ReportReader.of(type), true);
    OptionalLong total = report.metadata().totalMatches();
    if (total.isEmpty()) {
      throw new LuxSciClientException(
          "the answer to a count request holds no total", call.describe(), null);
    }
    return total.getAsLong();
  }

  /**
   * Submits {@code query} (which must have a {@link ReportQuery.Builder#destination destination})
   * as an asynchronous job and returns its job record. Not retried once sent, because a repeated
   * submission would start a second job; refusals before the server takes it (429, 502-504) are.
   */
  public AsyncJob submit(Endpoint<?> endpoint, ReportQuery query) {
    return submitAt(pathOf(endpoint), query);
  }

  /** {@link #submit(Endpoint, ReportQuery)} at an explicit path. */
  public AsyncJob submitAt(String path, ReportQuery query) {
    if (query.destination().isEmpty()) {
      throw new IllegalArgumentException("an asynchronous job needs a destination in its query");
    }
    Call call =
        Call.single(
            "GET",
            config.fullPath(Paths.checkRelative(path)),
            query.encode(query.firstRow(), query.matches().orElse(-1)),
            "");
    Report<AsyncJob> answer =
        SingleReads.read(requester, call, ReportReader.of(AsyncJob.type()), false);
    if (answer.rows().size() != 1) {
      throw new LuxSciClientException(
          "the answer to a job submission holds " + answer.rows().size() + " job records, not one",
          call.describe(),
          null);
    }
    return answer.rows().get(0);
  }

  /**
   * Polls the job list until {@code job} is {@code complete} and returns its last record; its
   * results file (CSV) is then at the destination, to be read with {@code ReportReader.openCsv}.
   *
   * @throws AsyncJobFailedException the job failed (its {@code status_detail} in the message)
   * @throws AsyncJobTimeoutException it did not complete within {@link JobWait#timeout()}
   */
  public AsyncJob awaitJob(AsyncJob job, JobWait wait) {
    return new JobPoller(this, requester.time(), wait, jobsPath(wait)).await(job);
  }

  private String jobsPath(JobWait wait) {
    if (wait.jobsPath().isPresent()) {
      return wait.jobsPath().get();
    }
    Endpoint<AsyncJob> jobs =
        config.scope() == EndpointScope.ACCOUNT
            ? LuxSciReports.GET_ACCOUNT_JOBS
            : LuxSciReports.GET_USER_JOBS;
    return pathOf(jobs);
  }

  private String pathOf(Endpoint<?> endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    if (!endpoint.hasPath()) {
      throw new IllegalArgumentException(
          "endpoint "
              + endpoint.name()
              + " has no path in its schema: give the path for the call (rowsAt, countAt, submitAt,"
              + " JobWait.withJobsPath)");
    }
    if (endpoint.scope() != config.scope()) {
      throw new IllegalArgumentException(
          "endpoint "
              + endpoint.name()
              + " reports on "
              + (endpoint.scope() == EndpointScope.USER ? "a user" : "an account")
              + ", but this client is built for "
              + (config.scope() == EndpointScope.USER ? "user " : "account ")
              + config.scopeName());
    }
    return endpoint.path(config.scopeName()).orElseThrow();
  }

  @Override
  public String toString() {
    return "LuxSciClient{" + config + "}";
  }

  /** Builds a {@link LuxSciClient}. Not thread-safe; the client it builds is. */
  public static final class Builder {
    private String baseUrl = ClientConfig.DEFAULT_BASE_URL;
    private EndpointScope scope;
    private String scopeName;
    private Authentication authentication;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimiter rateLimiter;
    private ReadOptions readOptions = ReadOptions.strict();
    private Transport transport;
    private Time time = Time.SYSTEM;

    private Builder() {}

    /**
     * The API base URL (default {@value ClientConfig#DEFAULT_BASE_URL}; accounts with their own API
     * host use theirs). HTTPS only, except plain HTTP to a loopback address, for tests.
     */
    public Builder baseUrl(String value) {
      BaseUrl.check(value);
      this.baseUrl = value;
      return this;
    }

    /**
     * Report on account {@code name}: the {@code {account}} of account endpoints' paths. A client
     * reports on one account or one user; the last of {@code account} and {@code user} counts.
     */
    public Builder account(String name) {
      return scope(EndpointScope.ACCOUNT, name);
    }

    /** Report on user {@code login}: the {@code {user}} of user endpoints' paths. */
    public Builder user(String login) {
      return scope(EndpointScope.USER, login);
    }

    private Builder scope(EndpointScope value, String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("the account name or user login must not be blank");
      }
      this.scope = value;
      this.scopeName = name;
      return this;
    }

    /** How requests authenticate: {@link SignedSession}, {@link ApiKey}, or your own strategy. */
    public Builder authentication(Authentication value) {
      this.authentication = Objects.requireNonNull(value, "authentication");
      return this;
    }

    /** How long to wait for a connection (default 10 s). */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = positive(value, "connectTimeout");
      return this;
    }

    /**
     * How long to wait for a response's status and headers, and then for each further part of its
     * body (default 60 s): a server that stalls mid-page fails that attempt, which is retried from
     * the page's first row like a cut body.
     */
    public Builder requestTimeout(Duration value) {
      this.requestTimeout = positive(value, "requestTimeout");
      return this;
    }

    /** When failed requests are retried (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy value) {
      this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
      return this;
    }

    /** The client-side rate limit (default 60 requests a minute). */
    public Builder rateLimiter(RateLimiter value) {
      this.rateLimiter = Objects.requireNonNull(value, "rateLimiter");
      return this;
    }

    /** Parse mode and limits of every page (default strict, default limits). */
    public Builder readOptions(ReadOptions value) {
      this.readOptions = Objects.requireNonNull(value, "readOptions");
      return this;
    }

    /** For tests: the HTTP layer. */
    Builder transport(Transport value) {
      this.transport = value;
      return this;
    }

    /** For tests: the clock and sleep behind backoff, rate limits and job polling. */
    Builder time(Time value) {
      this.time = value;
      return this;
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }

    public LuxSciClient build() {
      if (scope == null) {
        throw new IllegalStateException("say whose reports to read: account(name) or user(login)");
      }
      if (authentication == null) {
        throw new IllegalStateException(
            "authentication is required, e.g. SignedSession.account(token, secret)");
      }
      ClientConfig config =
          new ClientConfig(
              BaseUrl.check(baseUrl),
              scope,
              scopeName,
              authentication,
              connectTimeout,
              requestTimeout,
              retryPolicy,
              rateLimiter == null ? RateLimiter.perMinute(60) : rateLimiter,
              readOptions);
      Transport http =
          transport == null ? new HttpClientTransport(connectTimeout, requestTimeout) : transport;
      return new LuxSciClient(config, http, time);
    }
  }
}
