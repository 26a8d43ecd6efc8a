package com.interviewed.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps, now and in future, refuses anonymous callers unless it is on the short
 * public list below: the JSON API with 401, pages by sending the browser to the sign-in page.
 */
class AccessControlTest extends HttpTestSupport {

    private static final Set<String> PUBLIC = Set.of("/", "/hire", "/login", "/signup", "/error",
            "/api/v1/auth/register", "/api/v1/auth/token", "/v3/api-docs", "/v3/api-docs.yaml", "/swagger-ui.html",
            "/v3/api-docs/swagger-config", "/v3/api-docs/{group}",
            // An invited candidate's link and a colleague's invitation carry their own secret (see recruiting).
            "/invite/{token}", "/invite/{token}/start", "/join/{token}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyNonPublicEndpointRefusesAnonymousAccess() {
        List<String> checked = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (PUBLIC.contains(pattern)) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                for (RequestMethod requestMethod : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                            .header("Accept", "text/html,application/json");
                    Response response = send(requestMethod == RequestMethod.GET ? request.GET().build()
                            : request.header("Content-Type", "application/json")
                                    .method(requestMethod.name(), HttpRequest.BodyPublishers.ofString("{}")).build());
                    String what = requestMethod + " " + path + " -> " + response.status();
                    if (path.startsWith("/api/") || path.startsWith("/ws/")) {
                        assertThat(response.status()).as(what).isIn(401, 403);
                    } else if (requestMethod == RequestMethod.GET) {
                        assertThat(response.status()).as(what).isEqualTo(302);
                        assertThat(response.header("Location")).as(what).endsWith("/login");
                    } else {
                        assertThat(response.status()).as(what).isIn(302, 401, 403);
                    }
                    checked.add(what);
                }
            }
        });
        assertThat(checked).as("endpoints checked").anyMatch(c -> c.startsWith("GET /api/v1/me"))
                .anyMatch(c -> c.startsWith("GET /dashboard")).anyMatch(c -> c.startsWith("GET /hire/dashboard"));
    }

    @Test
    void candidateCannotOpenRecruiterPages() {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("c"), "correct horse");

        assertThat(get("/hire/dashboard", token).status()).isEqualTo(403);
    }

    @Test
    void recruiterCannotOpenCandidatePages() {
        String token = registerAndGetToken("RECRUITER", uniqueEmail("r"), "correct horse");

        assertThat(get("/dashboard", token).status()).isEqualTo(403);
    }

    @Test
    void signInFormRequiresCsrfToken() {
        Response response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=a%40example.com&password=whatever1"))
                .build());

        assertThat(response.status()).isEqualTo(403);
    }
}
