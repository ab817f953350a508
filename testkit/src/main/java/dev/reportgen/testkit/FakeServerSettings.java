package dev.reportgen.testkit;

import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.ReportCatalog;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * Everything a {@link LuxSciFakeServer.Builder} collected, checked.
 *
 * @param port the port to listen on, 0 for a free one
 * @param basePath the path the API lives under, e.g. {@code /perl/api/v2}
 * @param credentials the accepted credentials
 * @param account the account name in account paths
 * @param userUid the numeric id of the user (the {@code uid} of the user's jobs)
 * @param catalog the endpoints served
 * @param clock the server's clock (login dates, session expiry, job times)
 * @param sessionLifetime how long an auth code is valid
 * @param dateWindow how far a login date may be from the server's clock
 * @param signedSessions whether signed sessions are accepted
 * @param apiKeys whether the {@code X-API-Key} header is accepted
 * @param maxMatches the default and largest {@code matches}
 * @param responseByteCap the most body bytes a page may take before rows are held back
 * @param jobs how asynchronous jobs behave
 * @param syntheticRows the rows of an endpoint the test gave none for, or {@code null} for none
 */
record FakeServerSettings(
    int port,
    String basePath,
    Credentials credentials,
    String account,
    long userUid,
    ReportCatalog catalog,
    Clock clock,
    Duration sessionLifetime,
    Duration dateWindow,
    boolean signedSessions,
    boolean apiKeys,
    int maxMatches,
    long responseByteCap,
    JobSettings jobs,
    Function<Endpoint<?>, ServedRows<?>> syntheticRows) {}
