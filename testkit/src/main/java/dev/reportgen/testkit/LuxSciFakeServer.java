package dev.reportgen.testkit;

import com.sun.net.httpserver.HttpServer;
import dev.reportgen.luxsci.AsyncJob;
import dev.reportgen.luxsci.LuxSciReports;
import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.EndpointScope;
import dev.reportgen.runtime.ReportCatalog;
import dev.reportgen.runtime.SyntheticRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A fake LuxSci reporting API on loopback ({@code 127.0.0.1} only), for testing clients of the
 * LuxSci models without calling LuxSci. It speaks LuxSci's signed-session protocol, serves every
 * endpoint of a {@link ReportCatalog} at its path with the rows a test gives, pages them with
 * {@code first_row}/{@code matches} under a byte cap, runs asynchronous jobs, fails on demand and
 * logs every request. See {@code docs/testing.md}.
 *
 * <pre>{@code
 * try (LuxSciFakeServer server = LuxSciFakeServer.builder().catalog(myCatalog).start()) {
 *   server.serve(MY_ENDPOINT, rows);
 *   URI base = server.baseUri();          // http://127.0.0.1:<port>/perl/api/v2
 *   Credentials credentials = server.credentials();
 *   ...
 * }
 * }</pre>
 *
 * <p>The server prints nothing. Its {@code toString} and its messages never hold the API secret,
 * the user password or an auth code. Thread-safe: requests are served concurrently.
 */
public final class LuxSciFakeServer implements AutoCloseable {
  /** LuxSci's path below the host. */
  public static final String DEFAULT_BASE_PATH = "/perl/api/v2";

  /** LuxSci's default and synchronous maximum for {@code matches}. */
  public static final int LUXSCI_MAX_MATCHES = 50_000;

  /** LuxSci's cap on one response, past which it returns fewer rows than asked. */
  public static final long LUXSCI_RESPONSE_BYTE_CAP = 50L * 1024 * 1024;

  private static final AtomicInteger SERVERS = new AtomicInteger();

  private final HttpServer http;
  private final ExecutorService executor;
  private final FakeApi api;
  private final FakeServerSettings settings;
  private final Path createdDestinationRoot;
  private final URI baseUri;

  private LuxSciFakeServer(FakeServerSettings settings, Path createdDestinationRoot)
      throws IOException {
    this.settings = settings;
    this.createdDestinationRoot = createdDestinationRoot;
    this.api = new FakeApi(settings);
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    this.http = HttpServer.create(new InetSocketAddress(loopback, settings.port()), 0);
    int serverNumber = SERVERS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread =
                  new Thread(
                      task, "luxsci-fake-server-" + serverNumber + "-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    FakeApiHandler handler = new FakeApiHandler(api);
    // The root context catches paths outside the base path, so they are answered and logged too.
    http.createContext("/", handler);
    http.createContext(settings.basePath(), handler);
    http.setExecutor(executor);
    http.start();
    this.baseUri =
        URI.create("http://127.0.0.1:" + http.getAddress().getPort() + settings.basePath());
  }

  /** A builder with LuxSci's defaults and fresh random credentials. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL clients are configured with: {@code http://127.0.0.1:<port>/perl/api/v2}. */
  public URI baseUri() {
    return baseUri;
  }

  /** The port the server listens on. */
  public int port() {
    return http.getAddress().getPort();
  }

  /** The credentials the server accepts; hand them to the client under test. */
  public Credentials credentials() {
    return settings.credentials();
  }

  /** The account name account paths must carry. */
  public String account() {
    return settings.account();
  }

  /** The user login user paths and user sessions must carry. */
  public String user() {
    return settings.credentials().user();
  }

  /** The endpoints served. */
  public ReportCatalog catalog() {
    return settings.catalog();
  }

  /**
   * The full path of {@code endpoint} for this server's account or user, as a client sends it:
   * {@code /perl/api/v2/account/<account>/report/email/smtp/sent}.
   *
   * @throws IllegalArgumentException when the endpoint has no path template
   */
  public String path(Endpoint<?> endpoint) {
    String name = endpoint.scope() == EndpointScope.USER ? user() : account();
    return settings.basePath()
        + endpoint
            .path(name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "endpoint " + endpoint.name() + " has no path template"));
  }

  /** The URI of {@code endpoint} for this server's account or user, without a query. */
  public URI uri(Endpoint<?> endpoint) {
    return baseUri.resolve(path(endpoint));
  }

  /**
   * Serves {@code rows} at {@code endpoint} (replacing what it served before). The list is read on
   * every request, not copied.
   */
  public <T> LuxSciFakeServer serve(Endpoint<T> endpoint, List<T> rows) {
    return serve(endpoint, RowSource.of(rows), null);
  }

  /** Serves the rows of {@code source} at {@code endpoint}. */
  public <T> LuxSciFakeServer serve(Endpoint<T> endpoint, RowSource<T> source) {
    return serve(endpoint, source, null);
  }

  /**
   * Serves the rows of {@code source} at {@code endpoint}, each request seeing only the rows {@code
   * filter} keeps for its parameters ({@code after_date}, {@code before_date}, {@code from_date}
   * and any other); the total count and paging are over the kept rows.
   *
   * @param filter the filter, or {@code null} to serve every row
   */
  public <T> LuxSciFakeServer serve(
      Endpoint<T> endpoint, RowSource<T> source, RowFilter<T> filter) {
    Objects.requireNonNull(source, "source");
    requireServable(endpoint);
    api.serve(endpoint, source, filter);
    return this;
  }

  private void requireServable(Endpoint<?> endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    Optional<Endpoint<?>> known = settings.catalog().endpoint(endpoint.name());
    if (known.isEmpty() || !known.get().type().equals(endpoint.type())) {
      throw new IllegalArgumentException(
          "endpoint "
              + endpoint.name()
              + " returning "
              + endpoint.type().name()
              + " is not in this server's catalog");
    }
    if (!known.get().hasPath()) {
      throw new IllegalArgumentException(
          "endpoint "
              + endpoint.name()
              + " has no path "
              + "template in this server's catalog, so no request can reach it");
    }
  }

  /**
   * Serves {@code count} seeded synthetic rows of the endpoint's report at {@code endpoint} ({@link
   * SyntheticRows}: the same seed gives the same rows, and row {@code i} is the same whatever the
   * page).
   */
  public <T> LuxSciFakeServer serveSynthetic(Endpoint<T> endpoint, long count, long seed) {
    return serve(
        endpoint, RowSource.synthetic(SyntheticRows.of(endpoint.type(), seed), count), null);
  }

  /** The fault script: which requests fail, and how. */
  public Faults faults() {
    return api.faults();
  }

  /** Every request received since start or the last {@link #reset()}, in arrival order. */
  public List<RecordedRequest> requests() {
    return api.log().snapshot();
  }

  /**
   * What went wrong inside the server since start or the last {@link #reset()}: a row the writer
   * refused, a row source or filter that threw. Each entry names the request. The JUnit extension
   * fails a test that leaves any.
   */
  public List<String> errors() {
    return List.copyOf(api.errors());
  }

  /** Every asynchronous job submitted, in submission order, as the job endpoints would show it. */
  public List<AsyncJob> jobs() {
    return api.jobs().jobs();
  }

  /** The next job submitted fails, with {@code statusDetail} as its {@code status_detail}. */
  public LuxSciFakeServer failNextJob(String statusDetail) {
    api.jobs().failNext(Objects.requireNonNull(statusDetail, "statusDetail"));
    return this;
  }

  /**
   * Where the results file of job {@code jobId} lands (it exists once the job is {@code complete}):
   * {@code <destination directory>/<filename>}.
   *
   * @throws IllegalArgumentException when no such job was submitted
   */
  public Path jobResultsFile(long jobId) {
    return api.jobs()
        .resultsFile(jobId)
        .orElseThrow(() -> new IllegalArgumentException("no job " + jobId + " was submitted"));
  }

  /** The directory standing for {@code destination}, where its jobs' results files land. */
  public Path destinationDirectory(String destination) {
    return api.jobs().destinationDirectory(destination);
  }

  /** Revokes every session issued so far, as if each had been logged out. */
  public void revokeAllSessions() {
    api.sessions().revokeAll();
  }

  /** How many sessions (auth codes) were issued since start. */
  public long sessionsIssued() {
    return api.sessions().issuedCount();
  }

  /**
   * Clears the request log (numbering restarts at 1), the fault script and {@link #errors()}. Rows
   * served, sessions and jobs are kept. The JUnit extension calls this before every test.
   */
  public void reset() {
    api.faults().clear();
    api.log().clear();
    api.errors().clear();
  }

  /** Stops listening and drops open connections; deletes the destination root it created. */
  @Override
  public void close() {
    http.stop(0);
    executor.shutdownNow();
    if (createdDestinationRoot != null) {
      deleteTree(createdDestinationRoot);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the fake destinations under " + root, e);
    }
  }

  @Override
  public String toString() {
    return "LuxSciFakeServer[" + baseUri + ", account=" + account() + ", user=" + user() + "]";
  }

  /**
   * Configures a {@link LuxSciFakeServer}. Defaults: a free port; base path {@code /perl/api/v2};
   * the LuxSci catalog ({@link LuxSciReports#INSTANCE}); a random API token, secret and user
   * password; account {@code fake-account}, user {@code user@fake-account.example} (uid 1000);
   * signed sessions on, API keys off; a login date window of 5 minutes and a session lifetime of 30
   * minutes on the system clock; {@code matches} up to 50,000 and pages capped at 50 MiB, as
   * LuxSci; jobs advancing one status per poll, two polls running, at most 3 at once, plain CSV
   * results under a temporary directory that is deleted on {@link #close()}.
   */
  public static final class Builder {
    private int port;
    private String basePath = DEFAULT_BASE_PATH;
    private String apiToken = "fake-token-" + randomHex(8);
    private String apiSecret = randomHex(32);
    private String account = "fake-account";
    private String user = "user@fake-account.example";
    private String userPassword = randomHex(16);
    private long userUid = 1000;
    private ReportCatalog catalog = LuxSciReports.INSTANCE;
    private Clock clock = Clock.systemUTC();
    private Duration sessionLifetime = Duration.ofMinutes(30);
    private Duration dateWindow = Duration.ofMinutes(5);
    private boolean signedSessions = true;
    private boolean apiKeys;
    private int maxMatches = LUXSCI_MAX_MATCHES;
    private long responseByteCap = LUXSCI_RESPONSE_BYTE_CAP;
    private int jobStepsPerPoll = 1;
    private int jobRunningSteps = 2;
    private int maxJobs = 3;
    private boolean gzipJobResults;
    private Path destinationRoot;
    private long syntheticCount = -1;
    private long syntheticSeed;

    private Builder() {}

    /** The port to listen on (on 127.0.0.1); 0, the default, picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** The path the API lives under; default {@code /perl/api/v2}. */
    public Builder basePath(String basePath) {
      Objects.requireNonNull(basePath, "basePath");
      if (!basePath.startsWith("/") || basePath.endsWith("/") || basePath.contains("?")) {
        throw new IllegalArgumentException(
            "basePath must start with '/' and not end with one, got '" + basePath + "'");
      }
      this.basePath = basePath;
      return this;
    }

    /** The API token and secret accepted. */
    public Builder apiCredentials(String apiToken, String apiSecret) {
      this.apiToken = Objects.requireNonNull(apiToken, "apiToken");
      this.apiSecret = Objects.requireNonNull(apiSecret, "apiSecret");
      return this;
    }

    /** The user accepted for user-scope sessions and in user paths, and its password. */
    public Builder user(String login, String password) {
      this.user = Objects.requireNonNull(login, "login");
      this.userPassword = Objects.requireNonNull(password, "password");
      return this;
    }

    /** The numeric id of the user, shown as the {@code uid} of the user's jobs; default 1000. */
    public Builder userUid(long uid) {
      this.userUid = uid;
      return this;
    }

    /** The account name account paths must carry; default {@code fake-account}. */
    public Builder account(String account) {
      Objects.requireNonNull(account, "account");
      if (account.isEmpty()) {
        throw new IllegalArgumentException("account must not be empty");
      }
      this.account = account;
      return this;
    }

    /** The endpoints to serve; default the LuxSci registry. Endpoints without a path are not. */
    public Builder catalog(ReportCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /** The clock for login dates, session expiry and job times; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How long an auth code is valid after it was issued; default 30 minutes. */
    public Builder sessionLifetime(Duration lifetime) {
      this.sessionLifetime = positive(lifetime, "sessionLifetime");
      return this;
    }

    /** How far a login's {@code date} may be from the server's clock; default 5 minutes. */
    public Builder dateWindow(Duration window) {
      Objects.requireNonNull(window, "window");
      if (window.isNegative()) {
        throw new IllegalArgumentException("dateWindow must not be negative: " + window);
      }
      this.dateWindow = window;
      return this;
    }

    /** Whether signed sessions ({@code POST /auth} and the cookie) are accepted; default on. */
    public Builder signedSessions(boolean accept) {
      this.signedSessions = accept;
      return this;
    }

    /** Whether the {@code X-API-Key: <token>:<secret>} header is accepted; default off. */
    public Builder apiKeys(boolean accept) {
      this.apiKeys = accept;
      return this;
    }

    /** The default and largest {@code matches} of a synchronous request; default 50,000. */
    public Builder maxMatches(int maxMatches) {
      if (maxMatches < 1) {
        throw new IllegalArgumentException("maxMatches must be at least 1, got " + maxMatches);
      }
      this.maxMatches = maxMatches;
      return this;
    }

    /**
     * The most bytes a report body may take: rows that would pass it are left for the next page
     * (one row is always sent, so paging moves on). Default 50 MiB, as LuxSci.
     */
    public Builder responseByteCap(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("responseByteCap must be at least 1, got " + bytes);
      }
      this.responseByteCap = bytes;
      return this;
    }

    /** Status steps each job advances per poll of a job endpoint; default 1. */
    public Builder jobStepsPerPoll(int steps) {
      this.jobStepsPerPoll = atLeastOne(steps, "jobStepsPerPoll");
      return this;
    }

    /** Steps a job stays {@code running} while {@code completed_rows} rises; default 2. */
    public Builder jobRunningSteps(int steps) {
      this.jobRunningSteps = atLeastOne(steps, "jobRunningSteps");
      return this;
    }

    /** Unfinished jobs allowed at once ({@code max_jobs}); default 3. */
    public Builder maxJobs(int maxJobs) {
      this.maxJobs = atLeastOne(maxJobs, "maxJobs");
      return this;
    }

    /** Whether job results files are gzip-compressed ({@code .csv.gz}); default no. */
    public Builder gzipJobResults(boolean gzip) {
      this.gzipJobResults = gzip;
      return this;
    }

    /**
     * The directory under which each destination gets a directory for its results files; default a
     * temporary directory deleted on {@link LuxSciFakeServer#close()} (a directory given here is
     * kept).
     */
    public Builder destinationRoot(Path root) {
      this.destinationRoot = Objects.requireNonNull(root, "root");
      return this;
    }

    /**
     * Every endpoint the test gives no rows for serves {@code count} seeded synthetic rows ({@link
     * SyntheticRows}, the same rows for the same seed); default none (empty reports).
     */
    public Builder syntheticRows(long count, long seed) {
      if (count < 0) {
        throw new IllegalArgumentException("count must not be negative: " + count);
      }
      this.syntheticCount = count;
      this.syntheticSeed = seed;
      return this;
    }

    private static Function<Endpoint<?>, ServedRows<?>> syntheticSource(long count, long seed) {
      return endpoint -> synthetic(endpoint, count, seed);
    }

    private static <T> ServedRows<T> synthetic(Endpoint<T> endpoint, long count, long seed) {
      return new ServedRows<>(
          endpoint.name(),
          endpoint.type(),
          RowSource.synthetic(SyntheticRows.of(endpoint.type(), seed), count),
          null);
    }

    /** Starts the server; it listens until {@link LuxSciFakeServer#close()}. */
    public LuxSciFakeServer start() {
      Credentials credentials = new Credentials(apiToken, apiSecret, user, userPassword);
      Path created = null;
      try {
        Path root = destinationRoot;
        if (root == null) {
          created = Files.createTempDirectory("luxsci-fake-destinations");
          root = created;
        }
        JobSettings jobs =
            new JobSettings(jobStepsPerPoll, jobRunningSteps, maxJobs, gzipJobResults, root);
        FakeServerSettings settings =
            new FakeServerSettings(
                port,
                basePath,
                credentials,
                account,
                userUid,
                catalog,
                clock,
                sessionLifetime,
                dateWindow,
                signedSessions,
                apiKeys,
                maxMatches,
                responseByteCap,
                jobs,
                syntheticCount < 0 ? null : syntheticSource(syntheticCount, syntheticSeed));
        return new LuxSciFakeServer(settings, created);
      } catch (IOException e) {
        if (created != null) {
          deleteTree(created);
        }
        throw new UncheckedIOException(
            "could not start the fake LuxSci server on 127.0.0.1:" + port + ": " + e.getMessage(),
            e);
      }
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + duration);
      }
      return duration;
    }

    private static int atLeastOne(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, got " + value);
      }
      return value;
    }

    private static String randomHex(int bytes) {
      byte[] random = new byte[bytes];
      new SecureRandom().nextBytes(random);
      return HexFormat.of().formatHex(random);
    }

    @Override
    public String toString() {
      return "LuxSciFakeServer.Builder[port="
          + port
          + ", basePath="
          + basePath
          + ", account="
          + account
          + ", user="
          + user
          + "]";
    }
  }
}
