package dev.reportgen.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.reportgen.luxsci.AsyncJob;
import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.EndpointScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers every request under the base path: routing, scripted faults, authentication, then the
 * login, a report page, a job submission or a job listing. Each request gets one entry in the
 * request log, added before its response headers go out, so a client that has its answer also finds
 * it logged.
 */
final class FakeApiHandler implements HttpHandler {
  /** The largest request body read; only {@code /auth} bodies are expected, and they are small. */
  private static final int MAX_BODY = 64 * 1024;

  private final FakeApi api;

  FakeApiHandler(FakeApi api) {
    this.api = api;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    IncomingRequest request = read(exchange);
    RequestLog.Entry entry = new RequestLog.Entry(request);
    // A dropped connection must not be closed here: closing the exchange would end the body
    // properly (the last chunk), while the JDK server, seeing the exception, just closes the
    // socket, so the client sees a body that stops short.
    boolean dropped = false;
    try {
      serve(exchange, request, entry);
    } catch (DroppedConnection e) {
      dropped = true;
      throw e;
    } catch (RuntimeException e) {
      // Rows, a row source or a filter supplied by the test failed (a row the writer refuses,
      // say). The client sees a 500 or a dropped body; the test sees why in errors().
      String failure =
          "request "
              + request.number()
              + " ("
              + request.method()
              + " "
              + request.rawPath()
              + "): "
              + e.getClass().getName()
              + ": "
              + e.getMessage();
      api.errors().add(failure);
      if (exchange.getResponseCode() != -1) {
        dropped = true;
        throw new DroppedConnection();
      }
      reply(
          exchange,
          entry,
          500,
          JsonReplies.error("The fake server failed: " + failure),
          Optional.empty());
    } finally {
      if (!dropped) {
        exchange.close();
      }
    }
  }

  private void serve(HttpExchange exchange, IncomingRequest request, RequestLog.Entry entry)
      throws IOException {
    String below = belowBasePath(request.rawPath());
    boolean login = "/auth".equals(below);
    Optional<Routes.Match> match =
        login || below == null ? Optional.empty() : api.routes().match(below);
    entry.endpoint(login ? Faults.AUTH : match.map(m -> m.endpoint().name()).orElse(null));

    Optional<Fault> fault = api.faults().take(request.number(), entry.endpointName());
    Optional<Fault> cut = Optional.empty();
    if (fault.isPresent()) {
      Fault applied = fault.get();
      entry.fault(applied);
      switch (applied.kind()) {
        case DELAY -> pause(applied);
        case CUT_MID_ROW -> cut = fault;
        case CONNECTION_RESET -> {
          api.log().add(entry.complete(0));
          throw new DroppedConnection();
        }
        case TOO_MANY_REQUESTS -> {
          exchange
              .getResponseHeaders()
              .set("Retry-After", Long.toString(applied.retryAfterSeconds()));
          reply(exchange, entry, applied.status(), JsonReplies.error(applied.message()), cut);
          return;
        }
        case STATUS, ERROR_BODY -> {
          reply(exchange, entry, applied.status(), JsonReplies.error(applied.message()), cut);
          return;
        }
        default -> throw new IllegalStateException("unhandled fault " + applied.kind());
      }
    }

    if (request.body().length > MAX_BODY) {
      reply(
          exchange,
          entry,
          413,
          JsonReplies.error("The request body is larger than " + MAX_BODY + " bytes."),
          cut);
    } else if (login) {
      authenticate(exchange, request, entry, cut);
    } else if (match.isEmpty()) {
      reply(
          exchange,
          entry,
          404,
          JsonReplies.error("Unknown API path " + request.rawPath() + "."),
          cut);
    } else {
      report(exchange, request, entry, match.get(), cut);
    }
  }

  /** The path after the base path ("" or starting with '/'), or null when outside it. */
  private String belowBasePath(String rawPath) {
    String base = api.basePath();
    if (!rawPath.startsWith(base)) {
      return null;
    }
    String below = rawPath.substring(base.length());
    return below.isEmpty() || below.startsWith("/") ? below : null;
  }

  private void authenticate(
      HttpExchange exchange, IncomingRequest request, RequestLog.Entry entry, Optional<Fault> cut)
      throws IOException {
    if (!request.method().equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      reply(exchange, entry, 405, JsonReplies.error("/auth takes POST."), cut);
      return;
    }
    if (Authenticator.hasSessionCookie(request)) {
      AuthDecision decision = api.authenticator().checkSession(request);
      if (!decision.isAccepted()) {
        refuse(exchange, entry, decision, cut);
        return;
      }
      decision.session().revoke();
      entry.outcome(AuthOutcome.SESSION_REVOKED);
      reply(exchange, entry, 200, JsonReplies.sessionRevoked(), cut);
      return;
    }
    LoginRequest login;
    try {
      login = LoginRequest.parse(request.body());
    } catch (IllegalArgumentException e) {
      entry.outcome(AuthOutcome.LOGIN_MALFORMED);
      reply(exchange, entry, 400, JsonReplies.error(e.getMessage()), cut);
      return;
    }
    AuthDecision decision = api.authenticator().login(login);
    if (!decision.isAccepted()) {
      refuse(exchange, entry, decision, cut);
      return;
    }
    entry.outcome(decision.outcome());
    reply(exchange, entry, 201, JsonReplies.loginAccepted(decision.session().code()), cut);
  }

  private void report(
      HttpExchange exchange,
      IncomingRequest request,
      RequestLog.Entry entry,
      Routes.Match match,
      Optional<Fault> cut)
      throws IOException {
    AuthDecision decision = api.authenticator().check(request);
    if (!decision.isAccepted()) {
      refuse(exchange, entry, decision, cut);
      return;
    }
    entry.outcome(decision.outcome());
    Endpoint<?> endpoint = match.endpoint();
    Optional<String> denied = denial(endpoint.scope(), match.scopeName(), decision.principal());
    if (denied.isPresent()) {
      entry.outcome(AuthOutcome.SCOPE_DENIED);
      reply(exchange, entry, 403, JsonReplies.error(denied.get()), cut);
      return;
    }
    if (!request.method().equals("GET")) {
      exchange.getResponseHeaders().set("Allow", "GET");
      reply(exchange, entry, 405, JsonReplies.error("Reports take GET."), cut);
      return;
    }
    ReportQuery query;
    try {
      query = api.queries().parse(request.rawQuery());
    } catch (IllegalArgumentException e) {
      reply(exchange, entry, 400, JsonReplies.error("Bad query: " + e.getMessage()), cut);
      return;
    }
    entry.unknownParameters(query.otherParameters());
    long uid = endpoint.scope() == EndpointScope.USER ? api.userUid() : 0;
    if (endpoint.type().recordType() == AsyncJob.class) {
      if (query.destination().isPresent()) {
        reply(
            exchange,
            entry,
            400,
            JsonReplies.error("A job listing cannot itself be sent to a destination."),
            cut);
        return;
      }
      List<AsyncJob> jobs = api.jobs().poll(endpoint.scope() == EndpointScope.USER ? uid : null);
      sendPage(
          exchange,
          entry,
          new ServedRows<>(endpoint.name(), AsyncJob.type(), RowSource.of(jobs), null),
          query,
          cut);
      return;
    }
    ServedRows<?> rows = api.rowsOf(endpoint);
    if (query.destination().isPresent()) {
      submit(exchange, entry, rows, query, uid, cut);
    } else {
      sendPage(exchange, entry, rows, query, cut);
    }
  }

  private <T> void submit(
      HttpExchange exchange,
      RequestLog.Entry entry,
      ServedRows<T> rows,
      ReportQuery query,
      long uid,
      Optional<Fault> cut)
      throws IOException {
    long expected = Math.max(0, rows.total(query) - query.firstRow());
    Optional<AsyncJob> job =
        api.jobs()
            .submit(
                rows.name(),
                uid,
                query.destination().get(),
                expected,
                file ->
                    api.responder()
                        .writeResults(
                            file,
                            rows.type(),
                            rows.rows(query, query.firstRow(), Long.MAX_VALUE),
                            rows.extraColumns(),
                            api.jobSettings().gzipResults()));
    if (job.isEmpty()) {
      reply(
          exchange,
          entry,
          400,
          JsonReplies.error(
              "Too many background jobs: the account "
                  + "allows "
                  + api.jobSettings().maxJobs()
                  + " at once."),
          cut);
      return;
    }
    api.log().add(entry.complete(200));
    api.responder()
        .sendPage(exchange, AsyncJob.type(), List.of(job.get()).iterator(), List.of(), 1, 0, cut);
  }

  private <T> void sendPage(
      HttpExchange exchange,
      RequestLog.Entry entry,
      ServedRows<T> rows,
      ReportQuery query,
      Optional<Fault> cut)
      throws IOException {
    long total = rows.total(query);
    Iterator<T> page = rows.rows(query, query.firstRow(), query.matches());
    api.log().add(entry.complete(200));
    api.responder()
        .sendPage(exchange, rows.type(), page, rows.extraColumns(), total, query.firstRow(), cut);
  }

  private Optional<String> denial(EndpointScope scope, String name, Principal principal) {
    if (scope == EndpointScope.ACCOUNT) {
      if (!name.equals(api.account())) {
        return Optional.of("No access to account '" + name + "'.");
      }
      if (!principal.isAccount()) {
        return Optional.of("A user session cannot read account reports.");
      }
    } else if (!name.equals(api.credentials().user())
        || (!principal.isAccount() && !principal.user().equals(name))) {
      return Optional.of("No access to user '" + name + "'.");
    }
    return Optional.empty();
  }

  private void refuse(
      HttpExchange exchange, RequestLog.Entry entry, AuthDecision decision, Optional<Fault> cut)
      throws IOException {
    entry.outcome(decision.outcome());
    reply(exchange, entry, decision.status(), JsonReplies.error(decision.message()), cut);
  }

  /** Sends a small non-report body, or its first half when the request is to be cut. */
  private void reply(
      HttpExchange exchange, RequestLog.Entry entry, int status, byte[] body, Optional<Fault> cut)
      throws IOException {
    api.log().add(entry.complete(status));
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    if (cut.isPresent()) {
      exchange.sendResponseHeaders(status, 0);
      OutputStream out = exchange.getResponseBody();
      out.write(body, 0, Math.max(1, body.length / 2));
      out.flush();
      throw new DroppedConnection();
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void pause(Fault delay) throws IOException {
    try {
      Thread.sleep(delay.duration().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while delaying a response", e);
    }
  }

  private IncomingRequest read(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY + 1);
      in.transferTo(OutputStream.nullOutputStream());
    }
    String rawQuery = exchange.getRequestURI().getRawQuery();
    return new IncomingRequest(
        api.log().nextNumber(),
        method,
        exchange.getRequestURI().getRawPath(),
        rawQuery == null ? "" : rawQuery,
        exchange.getRequestHeaders(),
        body);
  }
}
