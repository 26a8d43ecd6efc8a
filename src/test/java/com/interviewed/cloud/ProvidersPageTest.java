package com.interviewed.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import org.junit.jupiter.api.Test;

/** The read-only providers page and the health of unconfigured cloud adapters, on the default offline setup. */
class ProvidersPageTest extends HttpTestSupport {

    @Test
    void operatorsSeeTheActiveProvidersAndTheirHealth() {
        Response page = get("/admin/providers", operatorToken());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-area=\"Voice\">cascade<", "data-area=\"Scorer\">embedded<",
                "novaSonic", "novaLite", "not the active voice provider", "not the active scorer");
    }

    @Test
    void recruitersCandidatesAndStrangersDoNotSeeIt() {
        String candidate = registerAndGetToken("CANDIDATE", uniqueEmail("cand"), "correct horse");
        String recruiter = registerAndGetToken("RECRUITER", uniqueEmail("rec"), "correct horse");
        assertThat(get("/admin/providers", candidate).status()).isEqualTo(403);
        assertThat(get("/admin/providers", recruiter).status()).isEqualTo(403);
        assertThat(get("/admin/providers").status()).isIn(302, 401);
    }

    @Test
    void onlyOperatorsReadTheMetricsIncludingVoiceReplyLatency() {
        String recruiter = registerAndGetToken("RECRUITER", uniqueEmail("rec"), "correct horse");
        assertThat(get("/actuator/metrics", recruiter).status()).isEqualTo(403);
        assertThat(get("/actuator/metrics").status()).isIn(302, 401);

        Response metrics = get("/actuator/metrics", operatorToken());
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("interviewed.voice.reply");
    }

    @Test
    void unconfiguredNovaDoesNotMakeTheApplicationUnhealthy() {
        assertThat(get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }
}
