package com.interviewed.voice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param provider {@code cascade} (offline: recognition → interviewer → synthesis) or a speech-to-speech provider
 *                 such as {@code nova-sonic}
 * @param turn     when the candidate's turn ends, when it continues, and what interrupts the interviewer
 */
@Validated
@ConfigurationProperties("interviewed.voice")
public record VoiceProperties(@NotBlank String provider, @Valid @NotNull Turn turn) {

    /**
     * Turn-taking, all in one place (the defaults and their reasons are in {@code config/voice.yml}).
     *
     * @param answerEndSilence      silence after speech that ends the candidate's answer
     * @param trailingOffSilence    the silence that ends an answer trailing off on a word like "and" or "um"
     *                              (at least {@code answerEndSilence})
     * @param continuationWindow    speech this soon after an answer ended continues it (a thinking pause); zero
     *                              turns this off
     * @param silencePrompt         quiet time after the interviewer finished before a gentle prompt (each further
     *                              prompt waits twice as long)
     * @param playbackMargin        slack on the estimated end of the browser's playback
     * @param interruptionWords     recognised words (not hesitations) that interrupt the interviewer: a cough or a
     *                              burst of noise does not
     * @param resumeFalseInterruption after an interruption that turns out to have no words, the interviewer goes on
     *                              from the sentence it was saying
     */
    public record Turn(@NotNull Duration answerEndSilence, @NotNull Duration trailingOffSilence,
            @NotNull Duration continuationWindow, @NotNull Duration silencePrompt, @NotNull Duration playbackMargin,
            @Min(1) int interruptionWords, boolean resumeFalseInterruption) {

        public Turn {
            if (trailingOffSilence != null && answerEndSilence != null && continuationWindow != null
                    && (trailingOffSilence.compareTo(answerEndSilence) < 0
                    || trailingOffSilence.minus(answerEndSilence).compareTo(continuationWindow) > 0)) {
                throw new IllegalArgumentException("interviewed.voice.turn.trailing-off-silence (" + trailingOffSilence
                        + ") must be between answer-end-silence (" + answerEndSilence + ") and answer-end-silence"
                        + " + continuation-window (" + continuationWindow + "): speech while waiting must continue"
                        + " the answer");
            }
        }

        /** The wait after the recogniser ended an answer that trails off, before the interviewer replies. */
        public Duration hesitationHold() {
            return trailingOffSilence.minus(answerEndSilence);
        }
    }
}
