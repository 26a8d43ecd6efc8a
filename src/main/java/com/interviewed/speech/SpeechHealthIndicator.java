package com.interviewed.speech;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code speech} health component. Offline speech is optional, so it is UP when installed and UNKNOWN
 * ("typed mode only") when not, never DOWN: a machine without the Debian packages is still healthy.
 */
@Component("speechHealthIndicator")
class SpeechHealthIndicator implements HealthIndicator {

    private final PocketsphinxRecognizer recognizer;
    private final FliteSynthesizer synthesizer;

    SpeechHealthIndicator(PocketsphinxRecognizer recognizer, FliteSynthesizer synthesizer) {
        this.recognizer = recognizer;
        this.synthesizer = synthesizer;
    }

    @Override
    public Health health() {
        Map<String, Object> recognition = new LinkedHashMap<>();
        recognition.put("available", recognizer.available());
        if (recognizer.available()) {
            DecoderPool pool = recognizer.pool();
            recognition.put("engine", "pocketsphinx");
            recognition.put("decodersLoaded", pool.loaded());
            recognition.put("decodersIdle", pool.idle());
            recognition.put("maxDecoders", pool.max());
        } else {
            recognition.put("missing", recognizer.missing());
        }
        Map<String, Object> synthesis = new LinkedHashMap<>();
        synthesis.put("available", synthesizer.available());
        synthesis.put("voices", synthesizer.voices());
        if (!synthesizer.missing().isEmpty()) {
            synthesis.put("missing", synthesizer.missing());
        }
        boolean full = recognizer.available() && synthesizer.available();
        Health.Builder health = full ? Health.up() : Health.status(Status.UNKNOWN)
                .withDetail("mode", recognizer.available() ? "voice input; interviewer shown as text"
                        : "typed mode only")
                .withDetail("install", SpeechStartup.INSTALL_HINT);
        return health.withDetail("recognition", recognition).withDetail("synthesis", synthesis).build();
    }
}
