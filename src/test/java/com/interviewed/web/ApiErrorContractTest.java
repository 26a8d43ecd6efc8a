package com.interviewed.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generic error contract: problem+json that names the bad field, 401 without credentials, branded pages. */
class ApiErrorContractTest extends HttpTestSupport {

    @Test
    void passwordsBcryptCannotHashWholeAreA400NamingThePassword() {
        for (String password : new String[] {"a".repeat(73), "a".repeat(128), "😀".repeat(40)}) {
            Response response = postJson("/api/v1/auth/register", Map.of("email", uniqueEmail("long"),
                    "password", password, "name", "Ada", "role", "CANDIDATE"));
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        }
        Response signIn = postJson("/api/v1/auth/token", Map.of("email", "nobody@example.com", "password",
                "a".repeat(100)));
        assertThat(signIn.status()).isEqualTo(401);
    }

    @Test
    void controlCharactersAndWrongTypesInTextAreA400NamingTheField() {
        Response nul = postJson("/api/v1/auth/register", Map.of("email", uniqueEmail("nul"), "password",
                "correct horse", "name", "Ada\u0000Lovelace", "role", "CANDIDATE"));
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.header("Content-Type")).startsWith("application/problem+json");
        assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(nul.json().get("detail").asString()).contains("name").contains("NUL");

        Response number = postJson("/api/v1/auth/register", "{\"email\":\"" + uniqueEmail("num")
                + "\",\"password\":\"correct horse\",\"name\":123,\"role\":\"CANDIDATE\"}");
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.json().get("errors").get(0).get("field").asString()).isEqualTo("name");

        Response multiLine = postJson("/api/v1/auth/register", Map.of("email", uniqueEmail("tab"), "password",
                "correct\thorse", "name", "Ada Lovelace", "role", "CANDIDATE"));
        assertThat(multiLine.status()).as("tabs and line breaks stay allowed").isEqualTo(201);
    }

    @Test
    void noCredentialsOnTheApiIs401AndWrongMethodsAndPathsAreProblems() {
        Response jobs = postJson("/api/v1/jobs", Map.of("title", "Engineer"));
        assertThat(jobs.status()).isEqualTo(401);
        assertThat(jobs.header("Content-Type")).startsWith("application/problem+json");

        String token = registerAndGetToken("RECRUITER", uniqueEmail("rec"), "correct horse");
        Response delete = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/jobs"))
                .header("Authorization", "Bearer " + token).DELETE().build());
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.header("Content-Type")).startsWith("application/problem+json");
        assertThat(delete.json().get("status").asInt()).isEqualTo(405);

        Response missing = get("/api/v1/no-such-thing", token);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void codeRunsNeedCodeAndStopWhenTheInterviewEnded() {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("code"), "correct horse");
        String id = postJson("/api/v1/interviews", Map.of("role", "backend"), token).json().get("id").asString();

        Response noCode = postJson("/api/v1/interviews/" + id + "/code/run",
                Map.of("challengeId", "two-sum", "language", "python"), token);
        assertThat(noCode.status()).isEqualTo(400);
        assertThat(noCode.json().get("errors").get(0).get("field").asString()).isEqualTo("code");

        assertThat(postJson("/api/v1/interviews/" + id + "/end", Map.of(), token).status()).isLessThan(300);
        Response afterEnd = postJson("/api/v1/interviews/" + id + "/code/run",
                Map.of("challengeId", "two-sum", "language", "python", "code", "print(1)"), token);
        assertThat(afterEnd.status()).isEqualTo(409);
        assertThat(afterEnd.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void pageErrorsAreBrandedPages() {
        String token = registerAndGetToken("RECRUITER", uniqueEmail("page"), "correct horse");
        for (String path : new String[] {"/no-such-page", "/hire/jobs/00000000-0000-0000-0000-000000000000"}) {
            Response page = get(path, token);
            assertThat(page.status()).as(path).isIn(404, 400);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.body()).contains("Interviewed").doesNotContain("Whitelabel");
        }
    }
}
