package dev.reportgen.testkit;

import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.ReportCatalog;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The state of one fake LuxSci API, shared by every request thread: the catalog and its routes,
 * credentials and sessions, the rows each endpoint serves, faults, the request log and the jobs.
 */
final class FakeApi {
  private final String basePath;
  private final Credentials credentials;
  private final String account;
  private final long userUid;
  private final ReportCatalog catalog;
  private final Routes routes;
  private final SessionStore sessions;
  private final Authenticator authenticator;
  private final QueryParser queries;
  private final Faults faults = new Faults();
  private final RequestLog log = new RequestLog();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final JobSettings jobSettings;
  private final JobSimulator jobs;
  private final ReportResponder responder;
  private final Map<String, ServedRows<?>> served = new ConcurrentHashMap<>();
  private final Function<Endpoint<?>, ServedRows<?>> defaultRows;

  FakeApi(FakeServerSettings settings) {
    this.basePath = settings.basePath();
    this.credentials = settings.credentials();
    this.account = settings.account();
    this.userUid = settings.userUid();
    this.catalog = settings.catalog();
    this.routes = new Routes(catalog);
    this.sessions = new SessionStore(settings.clock(), settings.sessionLifetime());
    this.authenticator =
        new Authenticator(
            credentials,
            settings.clock(),
            settings.dateWindow(),
            settings.signedSessions(),
            settings.apiKeys(),
            sessions);
    this.queries = new QueryParser(settings.maxMatches());
    this.jobSettings = settings.jobs();
    this.jobs = new JobSimulator(settings.clock(), jobSettings);
    this.responder = new ReportResponder(settings.responseByteCap());
    this.defaultRows =
        settings.syntheticRows() == null
            ? FakeApi::noRows
            : endpoint -> settings.syntheticRows().apply(endpoint);
  }

  private static <T> ServedRows<T> noRows(Endpoint<T> endpoint) {
    return new ServedRows<>(endpoint.name(), endpoint.type(), RowSource.of(List.of()), null);
  }

  <T> void serve(Endpoint<T> endpoint, RowSource<T> source, RowFilter<T> filter) {
    served.put(endpoint.name(), new ServedRows<>(endpoint.name(), endpoint.type(), source, filter));
  }

  /** The rows served for {@code endpoint}: those the test gave, or the server's default. */
  ServedRows<?> rowsOf(Endpoint<?> endpoint) {
    return served.computeIfAbsent(endpoint.name(), name -> defaultRows.apply(endpoint));
  }

  String basePath() {
    return basePath;
  }

  Credentials credentials() {
    return credentials;
  }

  String account() {
    return account;
  }

  long userUid() {
    return userUid;
  }

  ReportCatalog catalog() {
    return catalog;
  }

  Routes routes() {
    return routes;
  }

  SessionStore sessions() {
    return sessions;
  }

  Authenticator authenticator() {
    return authenticator;
  }

  QueryParser queries() {
    return queries;
  }

  Faults faults() {
    return faults;
  }

  RequestLog log() {
    return log;
  }

  /** Failures of the rows, sources or filters a test supplied, in the order they happened. */
  List<String> errors() {
    return errors;
  }

  JobSettings jobSettings() {
    return jobSettings;
  }

  JobSimulator jobs() {
    return jobs;
  }

  ReportResponder responder() {
    return responder;
  }
}
