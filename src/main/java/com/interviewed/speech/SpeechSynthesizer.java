package com.interviewed.speech;

import java.util.List;

/** Text-to-speech port. Callers synthesise sentence by sentence so that the first one can play at once. */
public interface SpeechSynthesizer {

    /**
     * Speaks {@code text} in the voice {@code voiceId} (one of {@link #voices()}); unknown ids use the default.
     * Blank text gives empty audio.
     *
     * @throws SpeechUnavailableException when synthesis is not installed, failed or timed out (show the text)
     */
    SynthesizedSpeech synthesize(String text, String voiceId);

    /**
     * Voice ids this synthesiser offers on this machine, for example {@code rms}, {@code slt}, {@code awb},
     * {@code rms-deep}; empty when it is unavailable.
     */
    List<String> voices();

    boolean available();
}
