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
 */
@Validated
@ConfigurationProperties("interviewed.voice")
public record VoiceProperties(@NotBlank String provider, @Min(3) int silencePromptSeconds,
        @Min(0) int playbackMarginMillis) {
}
