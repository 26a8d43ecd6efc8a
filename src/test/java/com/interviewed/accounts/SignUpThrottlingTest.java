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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sign-ups per client address, through the API and the form (issue 12: 40 sign-ups from one address in 2.6 s). */
class SignUpThrottlingTest extends ThrottlingTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void tenSignUpsFromOneAddressThenAnHoursWait() {
        String address = freshAddress();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            statuses.add(register(address).status());
        }
        Response refused = register(address);

        assertThat(statuses).containsOnly(201);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("status").asInt()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isEqualTo(3600);
        assertThat(register(freshAddress()).status()).as("another address").isEqualTo(201);

        clock.advance(Duration.ofMinutes(59));
        assertThat(register(address).status()).isEqualTo(429);
        clock.advance(Duration.ofMinutes(2));
        assertThat(register(address).status()).isEqualTo(201);
    }

    @Test
    void theFormCountsTheSameAndAnswersWithTheBrandedPage() throws Exception {
        String address = freshAddress();
        for (int i = 0; i < 9; i++) {
            assertThat(register(address).status()).isEqualTo(201);
        }
        assertThat(signUpWithTheForm(address).statusCode()).as("the tenth, by the form").isEqualTo(302);

        HttpResponse<String> refused = signUpWithTheForm(address);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("3600");
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(refused.body()).contains("Create your account")
                .contains("Too many accounts were created from your network. Try again in 60 minutes.");
        assertThat(register(address).status()).isEqualTo(429);
    }

    private HttpResponse<String> signUpWithTheForm(String address) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/signup"))
                .header("Accept", "text/html").header("X-Forwarded-For", address).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String form = "name=Form+User&role=CANDIDATE&organization=&password=correct+horse&email="
                + URLEncoder.encode(uniqueEmail("form"), StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/signup"))
                .header("Accept", "text/html").header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Response register(String address) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/auth/register"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("email",
                        uniqueEmail("many"), "password", "correct horse", "name", "Many", "role", "CANDIDATE"))))
                .build());
    }
}
