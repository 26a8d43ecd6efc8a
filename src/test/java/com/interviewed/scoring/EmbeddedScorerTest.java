package com.interviewed.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedScorerTest {

    private final EmbeddedScorer scorer = new EmbeddedScorer(SharedEmbeddings.INSTANCE, Vocabulary.load());

    private static final String QUESTION = "How do you make a payment API idempotent so that retries never charge twice?";
    private static final List<String> POINTS = List.of("the client sends an idempotency key",
            "store the key with the result under a unique constraint", "return the stored response on a retry");

    private ScoredQuestion score(String... turns) {
        return scorer.score(new ScoringRequest("backend", null, "en",
                List.of(new QuestionToScore(QUESTION, "TECHNICAL", POINTS, List.of(turns))))).questions().get(0);
    }

    @Test
    void sameInputGivesTheSameResult() {
        String answer = "The client sends an idempotency key and I store it under a unique constraint.";
        assertThat(score(answer)).isEqualTo(score(answer));
    }

    @Test
    void evidenceIsTheCandidatesOwnWordsAndMissingPointsAreListed() {
        String first = "The client sends an idempotency key in a header.";
        String second = "On the server I insert it under a unique constraint, because two requests can race.";
        ScoredQuestion q = score(first, second);

        assertThat(q.evidence()).isNotEmpty().allSatisfy(e -> assertThat(first + " " + second).contains(e));
        assertThat(q.missing()).contains("return the stored response on a retry");
        assertThat(q.feedback()).isNotBlank();
        assertThat(q.feedback().split("(?<=[.!?])\\s+")).hasSizeBetween(1, 3);
    }

    @Test
    void everyScoreIsExplainedBySignals() {
        ScoredQuestion q = score("Um, I think, like, maybe you check the database first, I guess.");
        ScoringModel model = ScoringModel.load();
        for (String dimension : Dimensions.KEYS) {
            double base = model.predict(dimension, new double[Feature.values().length]).base();
            double sum = base + q.signals().stream().filter(s -> s.dimension().equals(dimension))
                    .mapToDouble(Signal::effect).sum();
            // Contributions under 0.1 points are not listed, so the listed ones account for all but a little.
            assertThat(q.dimensions().get(dimension)).as(dimension)
                    .isCloseTo(Math.max(1, Math.min(10, sum)), org.assertj.core.data.Offset.offset(0.6));
        }
        assertThat(q.signals()).anyMatch(s -> s.name().equals("hedging") && s.effect() < 0);
        assertThat(q.signals()).anyMatch(s -> s.name().equals("filler words") && s.effect() < 0);
    }

    @Test
    void aLongRamblingAnswerScoresBelowAShortPreciseOne() {
        ScoredQuestion precise = score("Require an idempotency key from the client, store it with a unique constraint "
                + "alongside the response, and on a retry return the saved response instead of charging again.");
        ScoredQuestion rambling = score(("Um, so payments are, like, really sensitive, you know, because money. And "
                + "retries happen, like, all the time, because networks are, um, not reliable. ").repeat(4)
                + "So yeah, basically, you know, just don't charge twice.");

        assertThat(rambling.answer().length()).isGreaterThan(precise.answer().length() * 2);
        assertThat(rambling.overall()).isLessThan(precise.overall());
        assertThat(rambling.dimensions().communication()).isLessThan(precise.dimensions().communication());
    }

    @Test
    void repeatingTheQuestionsKeywordsScoresLowOnRelevance() {
        ScoredQuestion echo = score("To make a payment API idempotent, retries should never charge twice. Idempotent "
                + "payment APIs mean a retry does not charge twice, so the payment API is idempotent.");

        ScoredQuestion real = score("Require an idempotency key from the client, store it with a unique constraint "
                + "alongside the response, and on a retry return the saved response instead of charging again.");
        assertThat(echo.dimensions().relevance()).isLessThanOrEqualTo(5).isLessThan(real.dimensions().relevance() - 4);
        assertThat(echo.signals()).anyMatch(s -> s.name().equals("repeats the question"));
    }

    @Test
    void anEmptyAnswerGetsTheLowestScoresAndAllPointsMissing() {
        ScoredQuestion q = score("");
        assertThat(q.overall()).isEqualTo(1);
        assertThat(q.missing()).isEqualTo(POINTS);
        assertThat(q.evidence()).isEmpty();
    }
}
