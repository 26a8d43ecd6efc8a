package com.interviewed.speech;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Settings of the offline speech adapters; the defaults and their reasons are in {@code config/speech.yml}. */
@Validated
@ConfigurationProperties("interviewed.speech")
record SpeechProperties(@Valid @NotNull Recognizer recognizer, @Valid @NotNull Synthesizer synthesizer) {

    /**
     * @param enabled            false turns speech recognition off (typed mode) without looking for pocketsphinx
     * @param libraryDirectories where to look for {@code libpocketsphinx.so.3} and {@code libsphinxbase.so.3}
     * @param modelDirectory     pocketsphinx's en-us model: acoustic model {@code en-us/}, language model, dictionary
     * @param maxDecoders        live streams at once (one decoder each, about 114 MB of native memory)
     * @param maxDecodersPerAccount decoders one account (a candidate, or an invitation) holds at once across its
     *                           interviews, so that it cannot take every decoder from other candidates
     * @param preloadDecoders    decoders loaded in the background at startup, so the first interview opens at once
     * @param acquireTimeout     how long {@code open} waits for a free decoder when all are in use before failing
     * @param trailingSilence    silence after speech that ends an utterance
     * @param maxUtterance       an utterance longer than this is finalised anyway (guards against endless noise)
     * @param partialInterval    partial hypotheses are computed at most this often (in audio time)
     * @param speechThreshold    energy above the adaptive noise floor (in dB) that counts as speech for the quick
     *                           speech-started signal
     */
    record Recognizer(
            boolean enabled,
            @NotNull List<String> libraryDirectories,
            @NotBlank String modelDirectory,
            @Min(1) int maxDecoders,
            @Min(1) int maxDecodersPerAccount,
            @Min(0) int preloadDecoders,
            @NotNull Duration acquireTimeout,
            @NotNull Duration trailingSilence,
            @NotNull Duration maxUtterance,
            @NotNull Duration partialInterval,
            double speechThreshold) {
    }

    /**
     * @param enabled       false turns speech synthesis off (the interviewer's lines are shown as text only)
     * @param flite         the flite executable
     * @param sox           the sox executable, used for the pitch and tempo variants
     * @param defaultVoice  voice used when a caller asks for an unknown one
     * @param timeout       longest a synthesis may take before its processes are killed
     * @param maxConcurrent syntheses running at once; further callers wait (bounds CPU use)
     */
    record Synthesizer(
            boolean enabled,
            @NotBlank String flite,
            @NotBlank String sox,
            @NotBlank String defaultVoice,
            @NotNull Duration timeout,
            @Min(1) int maxConcurrent) {
    }
}
