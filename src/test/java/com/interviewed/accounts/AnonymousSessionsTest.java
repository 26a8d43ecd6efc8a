package com.interviewed.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * Anonymous visitors and bearer-token clients get no HTTP session (issue 12: every cookie-less request used to
 * create an eight-hour session, so a flood of them filled the heap); signing in with the form still does, and still
 * returns the person to the page they asked for.
 */
class AnonymousSessionsTest extends HttpTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void aThousandAnonymousRequestsCreateNoSession() {
        UUID someInterview = UUID.randomUUID();
        List<String> paths = List.of("/", "/login", "/signup", "/signup?role=RECRUITER", "/hire", "/dashboard",
                "/practice", "/hire/dashboard", "/progress", "/interviews/" + someInterview, "/no-such-page",
                "/api/v1/me", "/api/v1/interviews", "/api/v1/interviews/" + someInterview, "/api/v1/no-such-thing",
                "/actuator/health", "/v3/api-docs", "/js/app.js", "/favicon.ico", "/invite/not-a-token");
        long before = sessionsCreated();

        for (int i = 0; i < 1000; i++) {
            Response response = get(paths.get(i % paths.size()));
            assertThat(response.status()).as(paths.get(i % paths.size())).isLessThan(500);
            assertThat(sessionCookies(response)).as(paths.get(i % paths.size())).isEmpty();
        }

        assertThat(sessionsCreated() - before).isZero();
    }

    @Test
    void bearerTokenCallsCreateNoSession() {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("bearer"), "correct horse");
        long before = sessionsCreated();

        for (int i = 0; i < 200; i++) {
            Response me = get("/api/v1/me", token);
            assertThat(me.status()).isEqualTo(200);
            assertThat(sessionCookies(me)).isEmpty();
        }
        Response created = postJson("/api/v1/interviews", Map.of("role", "backend"), token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        for (Response response : List.of(created, get("/api/v1/interviews/" + id, token),
                postJson("/api/v1/interviews/" + id + "/end", Map.of(), token))) {
            assertThat(response.status()).as(response.body()).isLessThan(300);
            assertThat(sessionCookies(response)).isEmpty();
        }

        assertThat(sessionsCreated() - before).isZero();
    }

    @Test
    void signingInCreatesOneBoundedSessionAndReturnsToTheWantedPage() throws Exception {
        String email = uniqueEmail("form");
        registerAndGetToken("CANDIDATE", email, "correct horse");
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        long before = sessionsCreated();

        HttpResponse<String> wanted = browser.send(page("/progress").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wanted.statusCode()).isEqualTo(302);
        assertThat(wanted.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> login = browser.send(page("/login").build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).isTrue();
        assertThat(sessionsCreated() - before).isZero();

        HttpResponse<String> forged = browser.send(form("/login", "email=" + enc(email) + "&password=correct+horse"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a sign-in without the CSRF token").isEqualTo(403);
        HttpResponse<String> signedIn = browser.send(form("/login", "email=" + enc(email)
                + "&password=correct+horse&_csrf=" + enc(csrf.group(1))), HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/progress");
        assertThat(sessionsCreated() - before).isEqualTo(1);
        String sessionId = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).map(HttpCookie::getValue)
                .findFirst().orElseThrow();
        assertThat(manager().findSession(sessionId).getMaxInactiveInterval()).isEqualTo(8 * 3600);
        assertThat(browser.send(page("/progress").build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);

        // Forms keep their CSRF protection once signed in: signing out needs the page's token.
        HttpResponse<String> dashboard = browser.send(page("/dashboard").build(), HttpResponse.BodyHandlers.ofString());
        Matcher pageToken = CSRF.matcher(dashboard.body());
        assertThat(pageToken.find()).isTrue();
        assertThat(browser.send(form("/logout", ""), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
        HttpResponse<String> signedOut = browser.send(form("/logout", "_csrf=" + enc(pageToken.group(1))),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/?signedOut");
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "text/html").GET();
    }

    private HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> sessionCookies(Response response) {
        return response.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(header -> header.getValue().stream())
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .toList();
    }

    private long sessionsCreated() {
        return manager().getSessionCounter();
    }

    private Manager manager() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        return ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
    }
}
