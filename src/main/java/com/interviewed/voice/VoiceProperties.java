package com.interviewed.voice;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param provider               {@code cascade} (offline: recognition → interviewer → synthesis) or a
 *                               speech-to-speech provider such as {@code nova-sonic}
 * @param silencePromptSeconds   quiet seconds after the interviewer finished before a gentle prompt
 * @param playbackMarginMillis   slack added to the estimated end of the browser's playback
 * @param continuationWindowMillis the candidate speaking again this soon after an answer was taken as finished
 *                               continues that answer (the pause was for thinking); 0 turns this off
 * @param hesitationWaitMillis   extra wait before replying to an answer that trails off on a word like "and" or
 *                               "um"; at most the continuation window, so that speech in the wait continues it
 */
@Validated
@ConfigurationProperties("interviewed.voice")
public record VoiceProperties(@NotBlank String provider, @Min(3) int silencePromptSeconds,
        @Min(0) int playbackMarginMillis, @Min(0) int continuationWindowMillis, @Min(0) int hesitationWaitMillis) {

    public VoiceProperties {
        if (hesitationWaitMillis > continuationWindowMillis) {
            throw new IllegalArgumentException("interviewed.voice.hesitation-wait-millis (" + hesitationWaitMillis
                    + ") must not exceed interviewed.voice.continuation-window-millis (" + continuationWindowMillis
                    + "): speech during the wait must continue the answer");
        }
    }
}
