package dev.reportgen.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An in-memory LuxSci API behind the client's {@link Transport}: checks the {@code /auth} signature
 * and every request's cookie with its own HMAC code (not the client's), serves report rows in pages
 * of at most {@link Dataset#pageCap} rows (standing for the 50 MB cap), and plays faults from a
 * script. Thread-safe.
 */
final class FakeApi implements Transport {
  static final String BASE = "/perl/api/v2";

  private final FakeTime time;
  private final Map<String, Dataset> datasets = new ConcurrentHashMap<>();
  private final Deque<Fault> faults = new ArrayDeque<>();
  private final List<String> log = new ArrayList<>();
  private final Set<String> sessions = ConcurrentHashMap.newKeySet();
  private final List<String> issuedCodes = new ArrayList<>();
  private final Map<Long, Deque<String>> jobScripts = new ConcurrentHashMap<>();
  private final Map<Long, String> jobStatus = new ConcurrentHashMap<>();
  private final Map<Long, String> jobDetail = new ConcurrentHashMap<>();
  private boolean authFailureIn200;
  private boolean apiKeyMode;
  private int authCalls;
  private long nextJobId = 7;

  FakeApi(FakeTime time) {
    this.time = time;
  }

  /** Rows served at a path: a header, array rows as JSON text, a page cap, a total or none. */
  static final class Dataset {
    final List<String> header;
    final List<String> rows;
    int pageCap = Integer.MAX_VALUE;
    boolean reportTotal = true;

    /** Report one row more in the total of every page after the first (a changing total). */
    boolean totalGrowsAfterFirstPage;

    Dataset(List<String> header, List<String> rows) {
      this.header = header;
      this.rows = new ArrayList<>(rows);
    }
  }

  /** One scripted misbehaviour, used by the next request it applies to (never /auth). */
  record Fault(
      int status,
      Map<String, String> headers,
      String body,
      int cutAfterRows,
      boolean cleanCut,
      boolean reset,
      boolean expireSession) {
    static Fault answer(int status, String body, Map<String, String> headers) {
      return new Fault(status, headers, body, -1, false, false, false);
    }

    static Fault cutAfter(int rows) {
      return new Fault(200, Map.of(), null, rows, false, false, false);
    }

    static Fault cleanCutAfter(int rows) {
      return new Fault(200, Map.of(), null, rows, true, false, false);
    }

    static Fault connectionReset() {
      return new Fault(0, Map.of(), null, -1, false, true, false);
    }

    static Fault sessionExpiry() {
      return new Fault(0, Map.of(), null, -1, false, false, true);
    }
  }

  Dataset serve(String path, List<String> header, List<String> rows) {
    Dataset dataset = new Dataset(header, rows);
    datasets.put(BASE + path, dataset);
    return dataset;
  }

  synchronized void fault(Fault fault) {
    faults.add(fault);
  }

  /** Refuse stale sessions with 200 and {@code success: 0} instead of 401. */
  synchronized void refuseSessionsWith200() {
    authFailureIn200 = true;
  }

  synchronized void acceptApiKeyOnly() {
    apiKeyMode = true;
  }

  /** A job that will move through {@code statuses} (one per poll) after its submission. */
  synchronized void scriptJob(String detailWhenFailed, String... statuses) {
    Deque<String> script = new ArrayDeque<>(List.of(statuses));
    jobScripts.put(nextJobId, script);
    if (detailWhenFailed != null) {
      jobDetail.put(nextJobId, detailWhenFailed);
    }
  }

  synchronized List<String> log() {
    return List.copyOf(log);
  }

  synchronized int authCalls() {
    return authCalls;
  }

  synchronized List<String> issuedCodes() {
    return List.copyOf(issuedCodes);
  }

  @Override
  public Response send(Outgoing request) throws IOException {
    String path = request.uri().getRawPath();
    String query = request.uri().getRawQuery() == null ? "" : request.uri().getRawQuery();
    Fault fault;
    synchronized (this) {
      log.add(request.method() + " " + path + (query.isEmpty() ? "" : "?" + query));
      if (path.equals(BASE + "/auth")) {
        return authenticate(request);
      }
      fault = faults.poll();
      if (fault != null && fault.expireSession()) {
        sessions.clear();
        fault = null;
      }
      if (!authorised(request, path, query)) {
        return authFailureIn200
            ? json(200, "{\"success\":0,\"error_message\":\"Authentication session expired\"}")
            : json(401, "{\"success\":0,\"error_message\":\"Invalid or expired session\"}");
      }
    }
    if (fault != null && fault.reset()) {
      throw new IOException("Connection reset");
    }
    if (fault != null && fault.body() != null) {
      return response(
          fault.status(), fault.headers(), fault.body().getBytes(StandardCharsets.UTF_8));
    }
    Map<String, String> params = decode(query);
    if (path.endsWith("/jobs")) {
      return json(200, jobList());
    }
    if (params.containsKey("destination")) {
      return json(200, submitJob());
    }
    Dataset dataset = datasets.get(path);
    if (dataset == null) {
      return json(404, "{\"success\":0,\"error_message\":\"No such report\"}");
    }
    return page(dataset, params, fault);
  }

  private Response page(Dataset dataset, Map<String, String> params, Fault fault)
      throws IOException {
    long firstRow = Long.parseLong(params.getOrDefault("first_row", "0"));
    long matches = Long.parseLong(params.getOrDefault("matches", "50000"));
    int from = (int) Math.min(firstRow, dataset.rows.size());
    int to = (int) Math.min(dataset.rows.size(), Math.min(from + matches, from + dataset.pageCap));
    if (matches == 0) {
      to = from;
    }
    long total = dataset.rows.size();
    if (dataset.totalGrowsAfterFirstPage && firstRow > 0) {
      total += 1;
    }
    StringBuilder body = new StringBuilder("{\"success\":1,");
    if (dataset.reportTotal) {
      body.append("\"total_matches\":").append(total).append(',');
    }
    body.append("\"first_row\":").append(firstRow).append(",\"header\":[");
    for (int i = 0; i < dataset.header.size(); i++) {
      body.append(i == 0 ? "" : ",").append('"').append(dataset.header.get(i)).append('"');
    }
    body.append("],\"rows\":[");
    int cutAt = -1;
    for (int i = from; i < to; i++) {
      if (fault != null && fault.cutAfterRows() == i - from) {
        cutAt = body.length();
      }
      body.append(i == from ? "" : ",").append(dataset.rows.get(i));
    }
    body.append("]}");
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    if (cutAt >= 0) {
      // Cut inside the next row, as a dropped connection would leave it.
      int end = Math.min(bytes.length, cutAt + 5);
      byte[] head = java.util.Arrays.copyOf(bytes, end);
      if (fault.cleanCut()) {
        return response(200, Map.of(), head);
      }
      return new CannedResponse(200, Map.of(), new BreakingStream(head));
    }
    return response(200, Map.of(), bytes);
  }

  private synchronized String submitJob() {
    long id = nextJobId++;
    jobStatus.put(id, "submitted");
    return "{\"success\":1,\"data\":{\"rows\":[" + jobRow(id, true) + "]}}";
  }

  private synchronized String jobList() {
    StringBuilder rows = new StringBuilder();
    for (Long id : jobStatus.keySet()) {
      Deque<String> script = jobScripts.get(id);
      if (script != null && !script.isEmpty()) {
        jobStatus.put(id, script.poll());
      }
      rows.append(rows.length() == 0 ? "" : ",").append(jobRow(id, false));
    }
    return "{\"success\":1,\"total_matches\":" + jobStatus.size() + ",\"rows\":[" + rows + "]}";
  }

  private String jobRow(long id, boolean submission) {
    String status = jobStatus.get(id);
    boolean running = !status.equals("submitted") && !status.equals("preparing");
    String completedRows =
        switch (status) {
          case "running" -> "400";
          case "uploading", "complete" -> "1000";
          default -> "null";
        };
    return "{\"job_id\":"
        + id
        + ",\"filename\":\"job-"
        + id
        + ".csv\",\"created\":"
        + "\"2024-06-01 12:00:00\",\"updated\":null,\"completed\":"
        + (status.equals("complete") ? "\"2024-06-01 12:10:00\"" : "null")
        + ",\"status\":\""
        + status
        + "\",\"status_detail\":"
        + (status.equals("failed") ? "\"" + jobDetail.get(id) + "\"" : "null")
        + ",\"expected_rows\":"
        + (running ? "1000" : "null")
        + ",\"completed_rows\":"
        + completedRows
        + ",\"uid\":0"
        + (submission ? ",\"current_jobs\":1,\"max_jobs\":5" : "")
        + "}";
  }

  private Response authenticate(Outgoing request) {
    authCalls++;
    Map<String, String> body = parseObject(request.body());
    long date = Long.parseLong(body.getOrDefault("date", "0"));
    String user = body.get("user");
    String text =
        body.get("token")
            + "\n"
            + date
            + "\n"
            + (user == null ? "" : user + "\n" + body.get("pass") + "\n");
    boolean fresh = Math.abs(time.now().getEpochSecond() - date) <= 300;
    if (!Secrets.TOKEN.equals(body.get("token"))
        || !fresh
        || !hmac(Secrets.SECRET, text).equals(body.get("signature"))
        || (user != null
            && !(user.equals(Secrets.USER) && Secrets.PASSWORD.equals(body.get("pass"))))) {
      return json(401, "{\"success\":0,\"error_message\":\"Bad signature\"}");
    }
    String code =
        issuedCodes.size()
            + 1
            + "-"
            + date
            + "-"
            + hmac("codes", Integer.toString(issuedCodes.size()));
    issuedCodes.add(code);
    Secrets.ISSUED_CODES.add(code);
    sessions.add(code);
    return json(201, "{\"auth\":\"" + code + "\",\"success\":1}");
  }

  private boolean authorised(Outgoing request, String path, String query) {
    if (apiKeyMode) {
      return (Secrets.TOKEN + ":" + Secrets.SECRET).equals(request.headers().get("X-API-Key"));
    }
    String cookie = request.headers().get("Cookie");
    if (cookie == null || !cookie.startsWith("signature=")) {
      return false;
    }
    String value = cookie.substring("signature=".length());
    int colon = value.lastIndexOf(':');
    String auth = value.substring(0, colon);
    String text = auth + "\n" + request.method() + "\n" + path + "\n" + query + "\n\n";
    return sessions.contains(auth) && hmac(Secrets.SECRET, text).equals(value.substring(colon + 1));
  }

  static String hmac(String key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, String> parseObject(String json) {
    Map<String, String> members = new LinkedHashMap<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        members.put(name, parser.getText());
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return members;
  }

  static Map<String, String> decode(String query) {
    Map<String, String> params = new LinkedHashMap<>();
    if (query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      params.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }

  private static Response json(int status, String body) {
    return response(status, Map.of(), body.getBytes(StandardCharsets.UTF_8));
  }

  private static Response response(int status, Map<String, String> headers, byte[] body) {
    return new CannedResponse(status, headers, new ByteArrayInputStream(body));
  }

  private record CannedResponse(int status, Map<String, String> headers, InputStream body)
      implements Response {
    @Override
    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(h -> h.getKey().equalsIgnoreCase(name))
          .map(Map.Entry::getValue)
          .findFirst();
    }
  }

  /** Delivers its bytes, then fails as a reset connection does. */
  private static final class BreakingStream extends InputStream {
    private final ByteArrayInputStream bytes;

    BreakingStream(byte[] head) {
      this.bytes = new ByteArrayInputStream(head);
    }

    @Override
    public int read() throws IOException {
      int b = bytes.read();
      if (b < 0) {
        throw new IOException("Connection reset by peer");
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = bytes.read(buffer, offset, length);
      if (n < 0) {
        throw new IOException("Connection reset by peer");
      }
      return n;
    }
  }
}
