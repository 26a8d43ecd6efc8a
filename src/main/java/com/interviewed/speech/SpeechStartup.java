package com.interviewed.speech;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says once at startup what offline speech can do on this machine, and warms the recogniser in the background.
 * Missing packages are a warning, not an error: interviews then work in typed mode.
 */
@Component
class SpeechStartup {

    static final String INSTALL_HINT = "sudo apt-get install libpocketsphinx3 pocketsphinx-en-us flite sox"
            + " (or run bin/setup)";
    private static final Logger log = LoggerFactory.getLogger(SpeechStartup.class);

    private final PocketsphinxRecognizer recognizer;
    private final FliteSynthesizer synthesizer;
    private final SpeechProperties properties;

    SpeechStartup(PocketsphinxRecognizer recognizer, FliteSynthesizer synthesizer, SpeechProperties properties) {
        this.recognizer = recognizer;
        this.synthesizer = synthesizer;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reportAndWarmUp() {
        String warning = warning();
        if (warning != null) {
            log.warn(warning);
        } else if (!properties.recognizer().enabled() || !properties.synthesizer().enabled()) {
            log.info("Offline speech partly turned off by configuration: recognition {}, synthesis {}",
                    recognizer.available() ? "on" : "off", synthesizer.available() ? "on" : "off");
        } else {
            log.info("Offline speech ready: pocketsphinx (up to {} live streams), flite voices {}",
                    properties.recognizer().maxDecoders(), synthesizer.voices());
        }
        if (recognizer.available() && properties.recognizer().preloadDecoders() > 0) {
            Thread warmUp = new Thread(recognizer::preload, "speech-warm-up");
            warmUp.setDaemon(true);
            warmUp.setPriority(Thread.MIN_PRIORITY);
            warmUp.start();
        }
    }

    /** The one startup warning naming what to install, or null when everything enabled is installed. */
    String warning() {
        List<String> missing = new ArrayList<>();
        if (properties.recognizer().enabled()) {
            missing.addAll(recognizer.missing());
        }
        if (properties.synthesizer().enabled()) {
            missing.addAll(synthesizer.missing());
        }
        if (missing.isEmpty()) {
            return null;
        }
        String consequence = !recognizer.available() && properties.recognizer().enabled()
                ? "Interviews will work in typed mode (candidates type their answers)"
                : !synthesizer.available() && properties.synthesizer().enabled()
                        ? "The interviewer's lines will be shown as text only"
                        : "Only the pitch/tempo voice variants are left out";
        return "Offline speech is not fully available; missing: " + String.join("; ", missing) + ". Install with: "
                + INSTALL_HINT + ". " + consequence + ".";
    }
}
