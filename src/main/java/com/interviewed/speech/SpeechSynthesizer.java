package com.interviewed.speech;

import java.util.List;

/** Text-to-speech port. Callers synthesise sentence by sentence so that the first one can play at once. */
public interface SpeechSynthesizer {

    /** Speaks {@code text} in the voice {@code voiceId} (one of {@link #voices()}); unknown ids use the default. */
    SynthesizedSpeech synthesize(String text, String voiceId);

    /** Voice ids this synthesiser offers, for example {@code rms}, {@code slt}, {@code awb}, {@code rms-deep}. */
    List<String> voices();

    boolean available();
}
