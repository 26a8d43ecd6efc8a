package com.interviewed.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechAnalyzerTest {

    private static ReportTurn interviewer(String text, long start, long end) {
        return new ReportTurn("interviewer", "Alex", text, start, end);
    }

    private static ReportTurn candidate(String text, long start, long end) {
        return new ReportTurn("candidate", "Ada", text, start, end);
    }

    private static SpeechMetric metric(SpeechAnalytics s, String key) {
        return s.metrics().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void measuresPaceFillersPausesTalkRatioAndAnswerLength() {
        String sixtyWords = ("um we used Redis for the catalogue cache ").repeat(7) + "and it worked well";
        List<ReportTurn> transcript = List.of(
                interviewer("How would you cache it?", 0, 10_000),
                candidate(sixtyWords, 16_000, 46_000),
                interviewer("And then?", 46_000, 50_000),
                candidate("We measured the hit rate.", 51_000, 56_000));

        SpeechAnalytics s = SpeechAnalyzer.analyze(transcript, List.of(transcript.subList(1, 2), transcript.subList(3, 4)), "en");

        int words = Text.words(sixtyWords).size() + 5;
        assertThat(s.wordsPerMinute()).isEqualTo(Math.round(words / (35 / 60.0) * 10) / 10.0);
        assertThat(s.fillerWords()).isEqualTo(7);
        assertThat(s.fillerWordsPerMinute()).isEqualTo(12.0);
        assertThat(metric(s, "fillerWordsPerMinute").assessment()).isEqualTo("high");
        assertThat(s.longPauses()).as("6 s before the first answer").isEqualTo(1);
        assertThat(s.talkRatio()).isEqualTo(Math.round(100.0 * 35 / 49) / 100.0);
        assertThat(s.answerDurationsSeconds()).containsExactly(30.0, 5.0);
        assertThat(metric(s, "responseDelaySeconds").value()).isEqualTo(3.5);
        assertThat(s.metrics()).allSatisfy(m -> assertThat(m.explanation()).isNotBlank());
    }

    @Test
    void withoutTimingsTimeBasedMetricsAreUnknownRatherThanInvented() {
        List<ReportTurn> transcript = List.of(new ReportTurn("interviewer", "Alex", "Why?", null, null),
                new ReportTurn("candidate", "Ada", "Um, because it was slow.", null, null));

        SpeechAnalytics s = SpeechAnalyzer.analyze(transcript, List.of(transcript.subList(1, 2)), "en");

        assertThat(s.wordsPerMinute()).isNull();
        assertThat(s.fillerWords()).isEqualTo(1);
        assertThat(metric(s, "wordsPerMinute").assessment()).isEqualTo("unknown");
    }

    @Test
    void typedAnswersAreLeftOutOfPacePausesAndTalkShareAndTheReportSaysSo() {
        String spoken = "We put Redis in front of the catalogue and measured the hit rate every day.";
        List<ReportTurn> transcript = List.of(
                interviewer("How would you cache it?", 0, 5_000),
                candidate(spoken, 6_000, 12_000),
                interviewer("And how would you invalidate it?", 12_000, 15_000),
                new ReportTurn("candidate", "Ada", "Um, delete the key on every write, like a Stripe-like outbox.",
                        60_000L, 60_000L, "TYPED", null));

        SpeechAnalytics s = SpeechAnalyzer.analyze(transcript, List.of(transcript.subList(1, 2),
                transcript.subList(3, 4)), "en");

        assertThat(s.typedAnswers()).isEqualTo(1);
        assertThat(s.wordsPerMinute()).isEqualTo(Math.round(Text.words(spoken).size() / (6 / 60.0) * 10) / 10.0);
        assertThat(s.fillerWords()).as("the typed answer's \"um\" is not speech").isZero();
        assertThat(s.longPauses()).as("45 s before a typed answer is typing, not a pause").isZero();
        assertThat(s.talkRatio()).as("against the first question only").isEqualTo(Math.round(100.0 * 6 / 11) / 100.0);
        assertThat(s.answerDurationsSeconds()).containsExactly(6.0, null);
        assertThat(metric(s, "talkRatio").explanation()).contains("1 typed answer is not counted");
    }

    @Test
    void everyTypedAnswerMeansNoTimeBasedMetricsRatherThanZeroTalk() {
        List<ReportTurn> transcript = List.of(interviewer("Why?", 0, 2_000),
                new ReportTurn("candidate", "Ada", "Because it was slow.", 9_000L, 9_000L, "TYPED", null));

        SpeechAnalytics s = SpeechAnalyzer.analyze(transcript, List.of(transcript.subList(1, 2)), "en");

        assertThat(s.talkRatio()).isNull();
        assertThat(s.wordsPerMinute()).isNull();
        assertThat(metric(s, "talkRatio").valueInWords()).isEqualTo("not measured");
    }

    @Test
    void valuesAndRangesAreWrittenInWords() {
        SpeechMetric talk = new SpeechMetric("talkRatio", "Share", 0.62, "of talk", 0.55, 0.8, "ok", "");
        SpeechMetric pace = new SpeechMetric("wordsPerMinute", "Pace", 138.24, "words/min", 110.0, 170.0, "ok", "");

        assertThat(talk.valueInWords()).isEqualTo("62% of the talk");
        assertThat(talk.rangeInWords()).isEqualTo("55% to 80% of the talk");
        assertThat(pace.valueInWords()).isEqualTo("138 words a minute");
        assertThat(pace.rangeInWords()).isEqualTo("110 to 170 words a minute");
    }
}
