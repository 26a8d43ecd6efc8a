package com.interviewed.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LexicalFeaturesTest {

    private static final Lexicon EN = Lexicon.forLanguage("en");
    private static final Set<String> TECH = Vocabulary.load().technologies();

    private static LexicalFeatures of(String answer, String question) {
        return LexicalFeatures.of(answer, question, TECH, EN);
    }

    @Test
    void faultIsBlameOnlyWhenItIsSomeoneElses() {
        assertThat(AnswerCues.redFlags(Text.normalise("It was definitely the marketing team's fault, and their fault too.")))
                .containsExactly("team's fault", "their fault");
        assertThat(AnswerCues.redFlags(Text.normalise("The vendors' fault, they said; the supplier was at fault.")))
                .containsExactly("vendors' fault", "at fault");
        assertThat(AnswerCues.redFlags(Text.normalise("It was my fault. I saved the address in the hard fault handler, "
                + "found a fault in the power supply and added fault tolerance."))).isEmpty();
    }

    @Test
    void countsHedges() {
        LexicalFeatures f = of("I think maybe we could probably cache it, I guess.", "How would you speed it up?");
        assertThat(f.hedges()).contains("i think", "maybe", "probably", "i guess");
        assertThat(f.hedgeDensity()).isGreaterThan(30);
    }

    @Test
    void findsMetricsNamedTechnologiesAndFirstPersonActions() {
        LexicalFeatures f = of("I migrated the service to Postgres and we cut p99 latency by 40% to 120 ms.",
                "Tell me about a performance win.");
        assertThat(f.metrics()).contains("40%", "120 ms");
        assertThat(f.technologies()).contains("postgres", "p99", "latency");
        assertThat(f.actions()).contains("i migrated");
    }

    @Test
    void technologiesTheQuestionAlreadyNamedDoNotCount() {
        LexicalFeatures f = of("Caching with Redis helps.", "How would you use caching?");
        assertThat(f.technologies()).contains("redis").doesNotContain("caching");
    }

    @Test
    void detectsReasoningAndTradeOffs() {
        LexicalFeatures f = of("We chose Kafka because ordering mattered, instead of SQS, but the downside is cost.",
                "Which queue?");
        assertThat(f.reasoning()).contains("because");
        assertThat(f.tradeOffs()).contains("instead of", "downside");
    }

    @Test
    void recognisesTheFourPartsOfAStarStory() {
        LexicalFeatures f = of("At my last job our checkout was slow. My goal was to halve load time. "
                + "I profiled the page and I removed two libraries. As a result conversion improved by 8%.",
                "Tell me about a time you improved something.");
        assertThat(f.starParts()).containsExactly("situation", "task", "action", "result");
    }

    @Test
    void measuresHowMuchAnAnswerEchoesTheQuestion() {
        LexicalFeatures echo = of("A payment API idempotent means retries never charge twice for payments.",
                "How do you make a payment API idempotent so retries never charge twice?");
        LexicalFeatures answer = of("The client sends a unique key; the server stores it with the response.",
                "How do you make a payment API idempotent so retries never charge twice?");
        assertThat(echo.echo()).isGreaterThan(0.6);
        assertThat(answer.echo()).isLessThan(0.2);
    }

    @Test
    void measuresRepetition() {
        assertThat(of("Cache cache cache, the cache is a cache.", "?").repetition()).isGreaterThan(0.7);
        assertThat(of("Redis stores sessions with expiry.", "?").repetition()).isZero();
    }
}
