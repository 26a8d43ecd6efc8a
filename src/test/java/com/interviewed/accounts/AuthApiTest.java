package com.interviewed.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The public REST contract of accounts: paths, status codes and field names exactly as documented. */
@Tag("database")
class AuthApiTest extends HttpTestSupport {

    @Test
    void registersCandidate() {
        String email = uniqueEmail("cand");
        Response response = postJson("/api/v1/auth/register",
                Map.of("email", email, "password", "correct horse", "name", "Ada Lovelace", "role", "CANDIDATE"));

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(UUID.fromString(body.get("id").asString())).isNotNull();
        assertThat(body.get("email").asString()).isEqualTo(email);
        assertThat(body.get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(body.get("role").asString()).isEqualTo("CANDIDATE");
        assertThat(body.has("password")).isFalse();
        String hash = jdbc.sql("select password_hash from users where email = ?").param(email).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct horse");
    }

    @Test
    void recruiterWithoutOrganizationGetsANewOne() {
        String email = uniqueEmail("rec");
        Response response = postJson("/api/v1/auth/register",
                Map.of("email", email, "password", "correct horse", "name", "Grace", "role", "RECRUITER"));

        assertThat(response.status()).isEqualTo(201);
        String organization = jdbc.sql("""
                        select o.name from organizations o join memberships m on m.organization_id = o.id
                        join users u on u.id = m.user_id where u.email = ? and m.role = 'OWNER'""")
                .param(email).query(String.class).single();
        assertThat(organization).isEqualTo("Grace's organisation");
    }

    @Test
    void recruiterWithOrganizationGetsThatName() {
        String email = uniqueEmail("rec");
        postJson("/api/v1/auth/register", Map.of("email", email, "password", "correct horse", "name", "Grace",
                "role", "RECRUITER", "organization", "Acme Robotics"));

        String organization = jdbc.sql("""
                        select o.name from organizations o join memberships m on m.organization_id = o.id
                        join users u on u.id = m.user_id where u.email = ?""")
                .param(email).query(String.class).single();
        assertThat(organization).isEqualTo("Acme Robotics");
    }

    @Test
    void duplicateEmailIsConflictWhateverItsCase() {
        String email = uniqueEmail("dup");
        postJson("/api/v1/auth/register",
                Map.of("email", email, "password", "correct horse", "name", "First", "role", "CANDIDATE"));

        Response again = postJson("/api/v1/auth/register",
                Map.of("email", email.toUpperCase(), "password", "other password", "name", "Second", "role", "CANDIDATE"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().get("status").asInt()).isEqualTo(409);
    }

    @Test
    void invalidRegistrationNamesEveryBadField() {
        Response response = postJson("/api/v1/auth/register",
                Map.of("email", "not-an-email", "password", "short", "name", "", "role", "ADMIN"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString()).distinct())
                .containsExactlyInAnyOrder("email", "password", "name", "role");
    }

    @Test
    void missingFieldsAreNamed() {
        Response response = postJson("/api/v1/auth/register", Map.of("email", uniqueEmail("x")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()).distinct())
                .containsExactlyInAnyOrder("password", "name", "role");
    }

    @Test
    void malformedJsonIsBadRequest() {
        Response response = postJson("/api/v1/auth/register", "{\"email\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void issuesTokenThatIdentifiesTheUser() {
        String email = uniqueEmail("tok");
        String token = registerAndGetToken("CANDIDATE", email, "correct horse");

        Response me = get("/api/v1/me", token);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo(email);
        assertThat(me.json().get("role").asString()).isEqualTo("CANDIDATE");
        assertThat(me.json().get("name").asString()).isEqualTo("Test CANDIDATE");
        String stored = jdbc.sql("select token_hash from api_tokens t join users u on u.id = t.user_id where u.email = ?")
                .param(email).query(String.class).single();
        assertThat(stored).isNotEqualTo(token).hasSize(64);
    }

    @Test
    void tokenResponseHasExpiry() {
        String email = uniqueEmail("exp");
        postJson("/api/v1/auth/register",
                Map.of("email", email, "password", "correct horse", "name", "E", "role", "CANDIDATE"));

        Response response = postJson("/api/v1/auth/token", Map.of("email", email, "password", "correct horse"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("token").asString()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(java.time.Instant.parse(response.json().get("expiresAt").asString()))
                .isAfter(java.time.Instant.now());
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        String email = uniqueEmail("wrong");
        postJson("/api/v1/auth/register",
                Map.of("email", email, "password", "correct horse", "name", "W", "role", "CANDIDATE"));

        Response response = postJson("/api/v1/auth/token", Map.of("email", email, "password", "battery staple"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().has("token")).isFalse();
    }

    @Test
    void unknownEmailIsUnauthorized() {
        Response response = postJson("/api/v1/auth/token",
                Map.of("email", uniqueEmail("nobody"), "password", "whatever123"));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void meWithoutTokenIsUnauthorized() {
        Response response = get("/api/v1/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void meWithForgedTokenIsUnauthorized() {
        Response response = get("/api/v1/me", "forged-" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void expiredTokenIsUnauthorized() {
        String email = uniqueEmail("old");
        String token = registerAndGetToken("CANDIDATE", email, "correct horse");
        jdbc.sql("update api_tokens set expires_at = ? where user_id = (select id from users where email = ?)")
                .params(java.time.OffsetDateTime.now().minusMinutes(1), email).update();

        assertThat(get("/api/v1/me", token).status()).isEqualTo(401);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        String email = uniqueEmail("brute");
        postJson("/api/v1/auth/register",
                Map.of("email", email, "password", "correct horse", "name", "B", "role", "CANDIDATE"));
        for (int i = 0; i < 5; i++) {
            assertThat(postJson("/api/v1/auth/token", Map.of("email", email, "password", "guess" + i)).status())
                    .isEqualTo(401);
        }

        Response locked = postJson("/api/v1/auth/token", Map.of("email", email, "password", "correct horse"));

        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isPositive();
    }
}
