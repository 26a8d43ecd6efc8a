package com.interviewed.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import org.junit.jupiter.api.Test;

/** The read-only providers page and the health of unconfigured cloud adapters, on the default offline setup. */
class ProvidersPageTest extends HttpTestSupport {

    @Test
    void recruitersSeeTheActiveProvidersAndTheirHealth() {
        String token = registerAndGetToken("RECRUITER", uniqueEmail("ops"), "correct horse");

        Response page = get("/admin/providers", token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-area=\"Voice\">cascade<", "data-area=\"Scorer\">embedded<",
                "novaSonic", "novaLite", "not the active voice provider", "not the active scorer");
    }

    @Test
    void candidatesAndStrangersDoNotSeeIt() {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("cand"), "correct horse");
        assertThat(get("/admin/providers", token).status()).isEqualTo(403);
        assertThat(get("/admin/providers").status()).isIn(302, 401);
    }

    @Test
    void unconfiguredNovaDoesNotMakeTheApplicationUnhealthy() {
        assertThat(get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }
}
