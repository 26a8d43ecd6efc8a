package com.interviewed.speech;

import java.util.List;

/**
 * An interviewer voice: one of flite's built-in speakers, optionally reshaped with flite features (pitch mean,
 * speaking rate) and sox effects (pitch and tempo), since only two good distinct offline speakers exist.
 *
 * @param id          the voice id callers ask for
 * @param speaker     flite's {@code -voice}
 * @param features    flite {@code --setf name=value} pairs
 * @param soxEffects  sox effect arguments applied afterwards; empty for none
 * @param description who it sounds like, for people choosing personas
 */
record FliteVoice(String id, String speaker, List<String> features, List<String> soxEffects, String description) {

    static final List<FliteVoice> ALL = List.of(
            new FliteVoice("rms", "rms", List.of(), List.of(), "male, US English"),
            new FliteVoice("slt", "slt", List.of(), List.of(), "female, US English"),
            new FliteVoice("awb", "awb", List.of("duration_stretch=1.15"), List.of(),
                    "male, Scottish English, unhurried"),
            // flite's rms ignores int_f0_target_mean (slt honours it), so sox slows it down like a tape: lower
            // pitch and formants together stay far more intelligible (8% WER) than a pitch shift (17-70%).
            new FliteVoice("rms-deep", "rms", List.of(), List.of("speed", "0.92"),
                    "male, US English, deeper and slower"),
            new FliteVoice("slt-low", "slt", List.of(), List.of("pitch", "-250", "tempo", "0.92"),
                    "female, US English, lower and slower"),
            new FliteVoice("slt-brisk", "slt", List.of("duration_stretch=0.92", "int_f0_target_mean=190"), List.of(),
                    "female, US English, higher and brisker"));

    boolean needsSox() {
        return !soxEffects.isEmpty();
    }
}
