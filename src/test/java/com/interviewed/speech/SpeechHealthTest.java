package com.interviewed.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** With the Debian packages installed (bin/setup), the application offers speech and says so. */
class SpeechHealthTest extends HttpTestSupport {

    @Autowired
    SpeechRecognizer recognizer;

    @Autowired
    SpeechSynthesizer synthesizer;

    @Autowired
    SpeechHealthIndicator health;

    @Test
    void speechIsAvailableAndReportedUp() {
        assertThat(recognizer.available()).isTrue();
        assertThat(synthesizer.available()).isTrue();
        assertThat(synthesizer.voices()).contains("rms", "slt", "awb", "rms-deep", "slt-low");

        Health speech = health.health();

        assertThat(speech.getStatus()).isEqualTo(Status.UP);
        assertThat(speech.getDetails()).containsKeys("recognition", "synthesis");
        assertThat(get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }
}
