package dev.reportgen.testkit;

import com.sun.net.httpserver.Headers;

/**
 * A request as the server received it: the raw path and query exactly as sent (they are signed),
 * and the body, read whole for methods that carry one (only {@code /auth} does, and it is small).
 *
 * @param number 1-based arrival number since the server started or was last reset
 * @param method the HTTP method, upper case
 * @param rawPath the path as sent, percent-encoding kept
 * @param rawQuery the query string as sent without {@code ?}; empty when there is none
 * @param headers the request headers
 * @param body the body bytes; empty for GET and DELETE
 */
record IncomingRequest(
    long number, String method, String rawPath, String rawQuery, Headers headers, byte[] body) {}
