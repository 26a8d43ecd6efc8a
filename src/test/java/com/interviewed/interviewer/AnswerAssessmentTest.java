package com.interviewed.interviewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class AnswerAssessmentTest {

    @Test
    void findsTheExampleAndTheResultOfAStarAnswer() {
        AnswerAssessment answer = AnswerAssessment.of(Fixtures.STAR_ANSWER);

        assertThat(answer.hasExample()).isTrue();
        assertThat(answer.hasResult()).isTrue();
        assertThat(answer.words()).isGreaterThan(50);
    }

    @Test
    void findsNeitherInGeneralities() {
        AnswerAssessment answer = AnswerAssessment.of(Fixtures.VAGUE_ANSWER);

        assertThat(answer.hasExample()).isFalse();
        assertThat(answer.hasResult()).isFalse();
    }

    @Test
    void readsMetricsSpokenAsWordsOrDigits() {
        assertThat(AnswerAssessment.of("latency dropped by forty percent").hasResult()).isTrue();
        assertThat(AnswerAssessment.of("errors went down 30%").hasResult()).isTrue();
    }

    @Test
    void readsPastTenseFirstPersonActionsAsAnExampleButNotNeeds() {
        assertThat(AnswerAssessment.of("so we migrated the queue").hasExample()).isTrue();
        assertThat(AnswerAssessment.of("i led the rollout").hasExample()).isTrue();
        assertThat(AnswerAssessment.of("i need to think about teams").hasExample()).isFalse();
    }

    @Test
    void countsRecognisedWords() {
        assertThat(AnswerAssessment.of("I worked on the back-end, mostly.").words()).isEqualTo(7);
        assertThat(AnswerAssessment.of(null).words()).isZero();
    }

    /**
     * A quarter of the words replaced by others, as a speech recogniser at 25 % word error rate might: the answer has
     * enough independent markers that it still reads as having an example and a result.
     */
    @RepeatedTest(20)
    void stillFindsTheExampleAndResultOfAStarAnswerAtATwentyFivePercentWordErrorRate(RepetitionInfo repetition) {
        String[] words = Fixtures.STAR_ANSWER.split(" ");
        String[] noise = {"the", "a", "and", "uh", "bird", "cold", "then", "in", "on", "sales", "grey", "of"};
        Random random = new Random(repetition.getCurrentRepetition());
        for (int i = 0; i < words.length; i++) {
            if (random.nextInt(4) == 0) {
                words[i] = noise[random.nextInt(noise.length)];
            }
        }

        AnswerAssessment answer = AnswerAssessment.of(String.join(" ", words));

        assertThat(answer.hasExample()).as(String.join(" ", words)).isTrue();
        assertThat(answer.hasResult()).as(String.join(" ", words)).isTrue();
    }
}
