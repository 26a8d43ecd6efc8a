package com.interviewed.scoring;

import java.util.List;

/**
 * How the candidate spoke, from the transcript and turn timings.
 *
 * @param answerDurationsSeconds seconds spoken per answer, in question order ({@code null} entries when untimed
 *                               or typed)
 * @param typedAnswers           candidate turns that were typed, which the time-based metrics leave out
 */
public record SpeechAnalytics(Double wordsPerMinute, Double fillerWordsPerMinute, int fillerWords, int longPauses,
        Double talkRatio, List<Double> answerDurationsSeconds, List<SpeechMetric> metrics, int typedAnswers) {

    public static SpeechAnalytics empty() {
        return new SpeechAnalytics(null, null, 0, 0, null, List.of(), List.of(), 0);
    }
}
