package com.interviewed.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Keeps slow clients from holding every request thread. Tomcat reads request headers without a thread, but a body
 * is read by the request's thread, one blocking read at a time, and its timeout (server.tomcat.connection-timeout)
 * applies to each read, not to the whole body: a client trickling one byte every few seconds holds a thread for as
 * long as it likes. Tomcat has no whole-body deadline, so this bounds how many threads such clients can take:
 * <ul>
 *   <li>one client address may have {@code maxRequestsPerAddress} requests in progress (429 beyond);</li>
 *   <li>all requests with a body together may hold {@code maxBodyRequests} threads (503 beyond), so pages, health
 *       checks and WebSocket handshakes (which have no body) always find a thread.</li>
 * </ul>
 * A refused request's body is not read at all: the answer goes out at once and the connection is closed (Tomcat
 * would otherwise drain the unread body, at the client's pace, on this very thread). Behind the proxy in
 * docs/deployment.md the proxy buffers bodies and the address is the forwarded one.
 */
final class ClientLimitValve extends ValveBase {

    private final int maxPerAddress;
    private final Semaphore bodyPermits;
    private final ConcurrentHashMap<String, Integer> inProgress = new ConcurrentHashMap<>();

    ClientLimitValve(ClientLimitsProperties limits) {
        super(true);
        this.maxPerAddress = limits.maxRequestsPerAddress();
        this.bodyPermits = new Semaphore(limits.maxBodyRequests());
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String address = String.valueOf(request.getRemoteAddr());
        // merge returns this request's own position atomically: reading a counter afterwards would let two
        // requests arriving together both see the other's increment and both be refused at the limit.
        int position = inProgress.merge(address, 1, Integer::sum);
        try {
            if (position > maxPerAddress) {
                refuse(request, response, 429, "Too Many Requests", "1",
                        "Too many requests from your address at once. Wait a moment and try again.");
                return;
            }
            if (!hasBody(request)) {
                getNext().invoke(request, response);
                return;
            }
            if (!bodyPermits.tryAcquire()) {
                refuse(request, response, 503, "Service Unavailable", "5",
                        "The server is busy receiving other uploads. Try again in a few seconds.");
                return;
            }
            try {
                getNext().invoke(request, response);
            } finally {
                bodyPermits.release();
            }
        } finally {
            // Remove the entry when it falls to zero so that addresses seen once do not accumulate.
            inProgress.computeIfPresent(address, (key, count) -> count <= 1 ? null : count - 1);
        }
    }

    private static boolean hasBody(Request request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static void refuse(Request request, Response response, int status, String title, String retryAfter,
            String detail) throws IOException {
        // Do not read (swallow) the body after answering, and close the connection.
        request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        response.setStatus(status);
        response.setHeader("Retry-After", retryAfter);
        response.setHeader("Connection", "close");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String uri = request.getCoyoteRequest().requestURI().toString();
        if (uri != null && uri.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                    + "Interviewed: " + title + "</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head><body>"
                    + "<main id=\"main\" class=\"narrow\"><h1>Please wait a moment</h1><p class=\"error-box\" "
                    + "role=\"alert\">" + detail + "</p></main></body></html>");
        }
        response.finishResponse();
    }
}
