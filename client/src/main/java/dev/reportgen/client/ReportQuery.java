package dev.reportgen.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The query parameters of a report request. Built with {@link #builder()}; immutable.
 *
 * <pre>{@code
 * ReportQuery query = ReportQuery.builder()
 *     .after(Instant.parse("2024-01-01T00:00:00Z"))
 *     .param("tracked_headers", "X-Campaign")
 *     .build();
 * }</pre>
 *
 * <p>Times are {@link Instant}s, sent as LuxSci DATETIME text in GMT ({@code YYYY-MM-DD HH:MM:SS};
 * fractions of a second are dropped). {@code first_row} is where reading starts (default 0); {@code
 * matches} is the number of rows asked per request (default and synchronous maximum {@value
 * #MAX_SYNC_MATCHES}): the client pages through every matching row whatever it is. A {@code
 * destination} turns the request into an asynchronous job ({@link LuxSciClient#submit}). Any other
 * parameter ({@code tracked_headers}, {@code detail}, ...) passes through by name.
 */
public final class ReportQuery {
  /** The most rows a synchronous request may ask for, and the default. */
  public static final long MAX_SYNC_MATCHES = 50_000;

  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant MAX = Instant.parse("9999-12-31T23:59:59Z");
  private static final Set<String> TYPED =
      Set.of("after_date", "before_date", "from_date", "first_row", "matches", "destination");

  private final Instant after;
  private final Instant before;
  private final Instant from;
  private final long firstRow;
  private final OptionalLong matches;
  private final String destination;
  private final Map<String, String> params;

  private ReportQuery(Builder b) {
    this.after = b.after;
    this.before = b.before;
    this.from = b.from;
    this.firstRow = b.firstRow;
    this.matches = b.matches;
    this.destination = b.destination;
    this.params = Collections.unmodifiableMap(new LinkedHashMap<>(b.params));
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The query with no parameters: every row, from the first. */
  public static ReportQuery all() {
    return builder().build();
  }

  public Optional<Instant> after() {
    return Optional.ofNullable(after);
  }

  public Optional<Instant> before() {
    return Optional.ofNullable(before);
  }

  public Optional<Instant> from() {
    return Optional.ofNullable(from);
  }

  /** The index of the first row to read (0-based). */
  public long firstRow() {
    return firstRow;
  }

  /** Rows asked per request, when set. */
  public OptionalLong matches() {
    return matches;
  }

  public Optional<String> destination() {
    return Optional.ofNullable(destination);
  }

  /** The pass-through parameters, in the order they were given. */
  public Map<String, String> params() {
    return params;
  }

  /**
   * The query string for one request, percent-encoded once (RFC 3986: everything but unreserved
   * characters), exactly as it is sent and signed: the typed parameters first, then the
   * pass-through ones in the order given.
   *
   * @param pageFirstRow the {@code first_row} of this request
   * @param pageMatches the {@code matches} of this request, or -1 to send none
   */
  String encode(long pageFirstRow, long pageMatches) {
    StringBuilder query = new StringBuilder();
    if (after != null) {
      append(query, "after_date", DATETIME.format(after));
    }
    if (before != null) {
      append(query, "before_date", DATETIME.format(before));
    }
    if (from != null) {
      append(query, "from_date", DATETIME.format(from));
    }
    append(query, "first_row", Long.toString(pageFirstRow));
    if (pageMatches >= 0) {
      append(query, "matches", Long.toString(pageMatches));
    }
    if (destination != null) {
      append(query, "destination", destination);
    }
    params.forEach((name, value) -> append(query, name, value));
    return query.toString();
  }

  private static void append(StringBuilder query, String name, String value) {
    if (query.length() > 0) {
      query.append('&');
    }
    percentEncode(query, name);
    query.append('=');
    percentEncode(query, value);
  }

  private static void percentEncode(StringBuilder out, String text) {
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
  }

  @Override
  public String toString() {
    return "ReportQuery{" + encode(firstRow, matches.orElse(-1)) + "}";
  }

  /** Builds a {@link ReportQuery}; every setter checks its value at once. */
  public static final class Builder {
    private Instant after;
    private Instant before;
    private Instant from;
    private long firstRow;
    private OptionalLong matches = OptionalLong.empty();
    private String destination;
    private final Map<String, String> params = new LinkedHashMap<>();

    private Builder() {}

    /** Rows after this time ({@code after_date}). */
    public Builder after(Instant value) {
      this.after = time("after", value);
      return this;
    }

    /** Rows before this time ({@code before_date}). */
    public Builder before(Instant value) {
      this.before = time("before", value);
      return this;
    }

    /** Rows from this time on ({@code from_date}). */
    public Builder from(Instant value) {
      this.from = time("from", value);
      return this;
    }

    private static Instant time(String name, Instant value) {
      Objects.requireNonNull(value, name);
      Instant seconds = value.truncatedTo(ChronoUnit.SECONDS);
      if (seconds.isBefore(MIN) || seconds.isAfter(MAX)) {
        throw new IllegalArgumentException(
            name + " must be within the years 0001-9999 (LuxSci DATETIME): " + value);
      }
      return seconds;
    }

    /** Start at row {@code value} (0-based; default 0). */
    public Builder firstRow(long value) {
      if (value < 0) {
        throw new IllegalArgumentException("first_row must not be negative: " + value);
      }
      this.firstRow = value;
      return this;
    }

    /**
     * Ask {@code value} rows per request ({@code matches}); 0 asks for the count only. Synchronous
     * reads allow 1 to {@value #MAX_SYNC_MATCHES}; an asynchronous job has no row limit.
     */
    public Builder matches(long value) {
      if (value < 0) {
        throw new IllegalArgumentException("matches must not be negative: " + value);
      }
      this.matches = OptionalLong.of(value);
      return this;
    }

    /** Deliver the rows as an asynchronous job's CSV file to this destination. */
    public Builder destination(String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("destination must not be blank");
      }
      this.destination = value;
      return this;
    }

    /** Any other parameter, by its wire name; a name given twice keeps the last value. */
    public Builder param(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value of " + name);
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a parameter name must not be empty");
      }
      if (TYPED.contains(name)) {
        throw new IllegalArgumentException(
            name
                + " has its own method on ReportQuery.Builder (it is formatted and checked there)");
      }
      params.put(name, value);
      return this;
    }

    public ReportQuery build() {
      return new ReportQuery(this);
    }
  }
}
