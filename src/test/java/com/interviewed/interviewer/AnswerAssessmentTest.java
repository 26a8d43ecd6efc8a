package com.interviewed.interviewer;

import static org.assertj.core.api.Assertions.assertThat;

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
}
