package com.interviewed.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.interviewed.support.HttpTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/** A machine without pocketsphinx and flite: the application starts, stays healthy and works in typed mode. */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
        "interviewed.speech.recognizer.library-directories=/nonexistent/lib",
        "interviewed.speech.synthesizer.flite=/nonexistent/bin/flite"})
class SpeechMissingTest extends HttpTestSupport {

    @Autowired
    SpeechRecognizer recognizer;

    @Autowired
    SpeechSynthesizer synthesizer;

    @Autowired
    SpeechHealthIndicator health;

    @Test
    void startsHealthyInTypedModeAndSaysOnceWhatToInstall(CapturedOutput output) {
        assertThat(recognizer.available()).isFalse();
        assertThat(synthesizer.available()).isFalse();
        assertThatThrownBy(() -> recognizer.open(new SpeechFixtures.RecordingListener()))
                .isInstanceOf(SpeechUnavailableException.class);
        assertThatThrownBy(() -> synthesizer.synthesize("Hello.", "rms"))
                .isInstanceOf(SpeechUnavailableException.class);

        Health speech = health.health();
        assertThat(speech.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(speech.getDetails()).containsEntry("mode", "typed mode only");
        assertThat(get("/actuator/health").json().get("status").asString()).isEqualTo("UP");

        String warning = "Offline speech is not fully available";
        assertThat(output.getAll()).containsOnlyOnce(warning)
                .contains("apt-get install libpocketsphinx3 pocketsphinx-en-us flite sox")
                .contains("bin/setup").contains("typed mode");
    }
}
