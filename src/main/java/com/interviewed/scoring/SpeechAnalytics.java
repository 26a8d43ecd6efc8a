package com.interviewed.scoring;

import java.util.List;

/**
 * How the candidate spoke, from the transcript and turn timings.
 *
 * @param answerDurationsSeconds seconds spoken per answer, in question order ({@code null} entries when untimed)
 */
public record SpeechAnalytics(Double wordsPerMinute, Double fillerWordsPerMinute, int fillerWords, int longPauses,
        Double talkRatio, List<Double> answerDurationsSeconds, List<SpeechMetric> metrics) {

    public static SpeechAnalytics empty() {
        return new SpeechAnalytics(null, null, 0, 0, null, List.of(), List.of());
    }
}
