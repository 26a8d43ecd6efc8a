package com.interviewed.scoring;

/**
 * One speech measurement with a plain explanation and the range considered comfortable.
 *
 * @param key         stable key, for example {@code wordsPerMinute}
 * @param value       the measured value in {@code unit}, or {@code null} when the transcript has no timings
 * @param low         lower end of the reference range, or {@code null}
 * @param high        upper end of the reference range, or {@code null}
 * @param assessment  {@code low}, {@code ok}, {@code high} or {@code unknown}
 */
public record SpeechMetric(String key, String label, Double value, String unit, Double low, Double high,
        String assessment, String explanation) {
}
