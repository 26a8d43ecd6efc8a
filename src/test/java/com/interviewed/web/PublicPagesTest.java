package com.interviewed.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

class PublicPagesTest extends HttpTestSupport {

    @Test
    void landingPagePresentsBothProducts() {
        Response response = get("/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("Practise with an interviewer who talks back").contains("/hire");
    }

    @Test
    void recruiterLandingPage() {
        Response response = get("/hire");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("theme-recruiter").contains("For recruiters");
    }

    @Test
    void recruiterHostGetsRecruiterPortalAtRoot() {
        Response response = onHost("hire.interviewed.example", "/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("theme-recruiter");
    }

    @Test
    void recruiterHostNeverRoutesStaticAssets() {
        Response response = onHost("hire.interviewed.example", "/img/logo.svg");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("image/svg+xml");
    }

    @Test
    void healthIsUpWithNoExternalService() {
        Response response = get("/actuator/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void openApiDescribesTheAuthContract() {
        Response response = get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("paths").has("/api/v1/auth/register")).isTrue();
        assertThat(response.json().get("paths").has("/api/v1/auth/token")).isTrue();
        assertThat(response.json().get("paths").has("/api/v1/me")).isTrue();
    }

    @Test
    void swaggerUiIsServed() {
        Response response = get("/swagger-ui/index.html");

        assertThat(response.status()).isEqualTo(200);
    }

    private Response onHost(String host, String path) {
        // java.net.http refuses a Host header, so connect to localhost while asking for the recruiter host.
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("X-Forwarded-Host", host).build());
    }
}
