package com.interviewed.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sign-in throttling through {@code POST /api/v1/auth/token}, from addresses of the test's own choosing. */
class SignInThrottlingTest extends ThrottlingTestSupport {

    @Autowired
    RateLimitHousekeeping housekeeping;

    @Test
    void fortyParallelWrongPasswordsForOneAccountGetFiveChecks() throws Exception {
        String email = registered();
        String attacker = freshAddress();

        List<Response> responses = parallel(40, () -> signIn(email, "wrong guess", attacker));

        assertThat(responses).filteredOn(r -> r.status() == 401).hasSize(5);
        List<Response> refused = responses.stream().filter(r -> r.status() == 429).toList();
        assertThat(refused).hasSize(35);
        for (Response response : refused) {
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(429);
            assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, 60L);
        }
    }

    @Test
    void theRightPasswordAmongParallelGuessesIsRefusedOnceTheLimitIsReached() throws Exception {
        String email = registered();
        String attacker = freshAddress();
        parallel(30, () -> signIn(email, "wrong guess", attacker));

        assertThat(signIn(email, "correct horse", attacker).status()).isEqualTo(429);
    }

    @Test
    void theOwnerFromAnAddressWithoutFailuresIsNotLockedOutBySomeoneElsesGuesses() {
        String email = registered();
        String attacker = freshAddress();
        for (int i = 0; i < 8; i++) {
            signIn(email, "guess " + i, attacker);
        }
        assertThat(signIn(email, "guess 9", attacker).status()).isEqualTo(429);

        assertThat(signIn(email, "correct horse", freshAddress()).status()).isEqualTo(200);

        // The owner's success starts the account afresh; the attacker's address keeps its failures but may guess
        // again, and is held back after five more.
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(signIn(email, "again " + i, attacker).status());
        }
        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429);
    }

    @Test
    void aCleanAddressGetsOneCheckPastAHeldBackAccountNotMore() {
        String email = registered();
        String attacker = freshAddress();
        for (int i = 0; i < 5; i++) {
            signIn(email, "guess " + i, attacker);
        }
        String second = freshAddress();

        assertThat(signIn(email, "guess from elsewhere", second).status()).isEqualTo(401);
        assertThat(signIn(email, "another guess", second).status()).isEqualTo(429);
        assertThat(signIn(email, "correct horse", second).status()).isEqualTo(429);
    }

    @Test
    void theHoldEndsAndDoublesWithEveryFurtherFailure() {
        String email = registered();
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, "guess " + i, address).status()).isEqualTo(401);
        }
        Response held = signIn(email, "correct horse", address);
        assertThat(held.status()).isEqualTo(429);
        assertThat(Long.parseLong(held.header("Retry-After"))).isEqualTo(60);

        clock.advance(Duration.ofSeconds(61));
        assertThat(signIn(email, "guess 6", address).status()).isEqualTo(401);
        Response longer = signIn(email, "correct horse", address);
        assertThat(longer.status()).isEqualTo(429);
        assertThat(Long.parseLong(longer.header("Retry-After"))).isEqualTo(120);

        clock.advance(Duration.ofSeconds(121));
        assertThat(signIn(email, "correct horse", address).status()).isEqualTo(200);
        assertThat(signIn(email, "one typo", address).status()).isEqualTo(401);
    }

    @Test
    void unknownEmailsAreThrottledExactlyLikeKnownOnes() {
        String known = registered();
        String unknown = uniqueEmail("nobody");
        String first = freshAddress();
        String second = freshAddress();
        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();

        for (int i = 0; i < 8; i++) {
            Response k = signIn(known, "guess " + i, first);
            Response u = signIn(unknown, "guess " + i, second);
            knownAnswers.add(k.status() + " " + k.header("Retry-After") + " " + k.json().get("detail").asString());
            unknownAnswers.add(u.status() + " " + u.header("Retry-After") + " " + u.json().get("detail").asString());
        }

        assertThat(unknownAnswers).isEqualTo(knownAnswers);
        assertThat(knownAnswers.get(5)).startsWith("429 60 ");
    }

    @Test
    void sprayingManyAccountsFromOneAddressIsRefusedAfterTwentyFailures() {
        String sprayer = freshAddress();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            emails.add(i % 3 == 0 ? registered() : uniqueEmail("spray"));
        }
        List<Integer> statuses = emails.stream().map(email -> signIn(email, "Password1", sprayer).status()).toList();

        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.subList(20, 30)).containsOnly(429);
        // The accounts themselves were not harmed: each had one failure.
        assertThat(signIn(emails.get(21), "Password1", freshAddress()).status()).isEqualTo(401);
        String owner = registered();
        assertThat(signIn(owner, "correct horse", sprayer).status()).isEqualTo(429);
        assertThat(signIn(owner, "correct horse", freshAddress()).status()).isEqualTo(200);
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutAnother() {
        String email = registered();
        String address = freshAddress();
        for (int i = 0; i < 4; i++) {
            signIn(email, "guess " + i, address);
        }
        clock.advance(Duration.ofMinutes(61));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(signIn(email, "later " + i, address).status());
        }
        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429);
    }

    @Test
    void theSignInFormIsThrottledTheSameWay() throws Exception {
        String email = registered();
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(signInWithTheForm(email, "guess " + i, address)).endsWith("/login?error");
        }

        String locked = signInWithTheForm(email, "correct horse", address);
        assertThat(locked).endsWith("/login?locked=1");
        assertThat(get(locked.substring(locked.indexOf("/login"))).body())
                .contains("Too many failed attempts. Try again in 1 minute.");
        assertThat(signIn(email, "correct horse", address).status()).as("the API shares the count").isEqualTo(429);
        assertThat(signInWithTheForm(email, "correct horse", freshAddress())).endsWith("/dashboard");
    }

    /** Where the sign-in form sends the browser next. */
    private String signInWithTheForm(String email, String password, String address) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Accept", "text/html").header("X-Forwarded-For", address).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Accept", "text/html").header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void expiredCountersAreDeleted() {
        String address = freshAddress();
        signIn(uniqueEmail("gone"), "guess", address);
        assertThat(counters(address)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(30));
        housekeeping.forgetExpired();
        assertThat(counters(address)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(31));
        housekeeping.forgetExpired();
        assertThat(counters(address)).isZero();
    }

    private int counters(String address) {
        return jdbc.sql("select count(*) from rate_limits where limit_key = ?").param(RateLimitRows.key("sign-in-address", address))
                .query(Integer.class).single();
    }

    private String registered() {
        String email = uniqueEmail("owner");
        Response response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/auth/register"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", freshAddress())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("email", email,
                        "password", "correct horse", "name", "Owner", "role", "CANDIDATE"))))
                .build());
        assertThat(response.status()).isEqualTo(201);
        return email;
    }

    private Response signIn(String email, String password, String address) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("email", email, "password", password))))
                .build());
    }

    private static List<Response> parallel(int count, Callable<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
