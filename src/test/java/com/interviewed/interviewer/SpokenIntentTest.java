package com.interviewed.interviewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Intent recognition on text as pocketsphinx produces it: lower case, no punctuation, misheard words. */
class SpokenIntentTest {

    @ParameterizedTest
    @CsvSource({
            "can you repeat dat, REPEAT",
            "could you say that a gain, REPEAT",
            "could you repeats the question, REPEAT",
            "sorry i didn't catch that, REPEAT",
            "pardon me, REPEAT",
            "sorry what, REPEAT",
            "i dont no, DONT_KNOW",
            "honestly no idea, DONT_KNOW",
            "i'm not shure, DONT_KNOW",
            "give me a moment, WAIT",
            "let me thing, WAIT",
            "one sec, WAIT",
            "can we skip this one, MOVE_ON",
            "next question please, MOVE_ON",
            "ok im done, DONE",
            "no thats all, NO",
            "nope, NO",
            "yeah sure, YES"})
    void recognisesRequestsDespiteRecognitionErrors(String said, SpokenIntent expected) {
        assertThat(intentsOf(said)).first().isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "i know exactly how to do that",
            "we cut the response time to one second by caching the whole catalogue in memory and warming it at start",
            "i repeated the load test every night for three weeks until the numbers were stable and then we shipped"})
    void doesNotMistakeAnswersForRequests(String said) {
        assertThat(intentsOf(said)).doesNotContain(SpokenIntent.DONT_KNOW, SpokenIntent.WAIT, SpokenIntent.REPEAT,
                SpokenIntent.NO);
    }

    @Test
    void matchesShortPhrasesOnlyAsWholeWords() {
        assertThat(FuzzyText.contains("i know", "no")).isFalse();
        assertThat(FuzzyText.contains("no i know", "no")).isTrue();
    }

    @Test
    void toleratesAboutOneWrongLetterInSix() {
        assertThat(FuzzyText.distanceToBestSubstring("repeatthat", "canyourepeatdat")).isEqualTo(2);
        assertThat(FuzzyText.contains("can you repeat dat please", "repeat that")).isFalse();
        assertThat(FuzzyText.contains("could you say that a gain", "say that again")).isTrue();
    }

    private static List<SpokenIntent> intentsOf(String said) {
        String normalised = FuzzyText.normalise(said);
        return Arrays.stream(SpokenIntent.values()).filter(intent -> intent.matches(normalised, 12)).toList();
    }
}
