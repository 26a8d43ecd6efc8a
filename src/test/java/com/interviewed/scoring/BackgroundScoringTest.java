package com.interviewed.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.interviewed.interview.InterviewEnded;
import com.interviewed.support.HttpTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An ended interview is scored in the background, stored, announced once, and never scored twice. */
@Tag("database")
class BackgroundScoringTest extends HttpTestSupport {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    InterviewScoredRecorder scored;
    @Autowired
    Evaluations evaluations;
    @Autowired
    InterviewScoring scoring;

    private UUID seed() {
        String email = uniqueEmail("scored");
        registerAndGetToken("CANDIDATE", email, "correct horse");
        return SeededInterview.insert(jdbc, SeededInterview.userId(jdbc, email));
    }

    private void end(UUID interviewId) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(
                new InterviewEnded(interviewId, null, null, Instant.now())));
    }

    private int evaluationsOf(UUID interviewId) {
        return jdbc.sql("select count(*) from evaluations where interview_id = ?").param(interviewId)
                .query(Integer.class).single();
    }

    @Test
    void endedInterviewIsScoredStoredAndAnnounced() {
        UUID interview = seed();
        assertThat(evaluations.status(interview)).isEqualTo(EvaluationStatus.PENDING);

        end(interview);

        await().atMost(Duration.ofSeconds(60)).until(() -> evaluations.status(interview) == EvaluationStatus.DONE);
        EvaluationReport report = evaluations.forInterview(interview).orElseThrow();
        assertThat(report.scorer()).isEqualTo("embedded");
        assertThat(report.questions()).extracting(ScoredQuestion::question).containsExactly(
                "Tell me briefly about your background.", SeededInterview.CACHE_QUESTION,
                "Tell me about a time you disagreed with a teammate on a technical decision.");
        ScoredQuestion cache = report.questions().get(1);
        assertThat(cache.answer()).isEqualTo(String.join(" ", SeededInterview.CACHE_ANSWER_1,
                SeededInterview.CACHE_ANSWER_2, SeededInterview.FOLLOW_UP_ANSWER));
        String transcript = String.join("\n", SeededInterview.TURNS.stream().map(t -> (String) t[1]).toList());
        assertThat(report.questions()).allSatisfy(q -> {
            assertThat(q.evidence()).isNotEmpty().allSatisfy(quote -> assertThat(transcript).contains(quote));
            assertThat(q.signals()).isNotEmpty();
            assertThat(q.feedback()).isNotBlank();
        });
        assertThat(cache.missing()).doesNotContain("measure hit rate and latency");
        assertThat(report.speech().wordsPerMinute()).isPositive();
        assertThat(report.speech().metrics()).extracting(SpeechMetric::key).contains("wordsPerMinute",
                "fillerWordsPerMinute", "longPauses", "talkRatio", "averageAnswerSeconds");
        assertThat(report.speech().longPauses()).isEqualTo(1);
        assertThat(report.transcript()).hasSize(SeededInterview.TURNS.size());
        await().atMost(Duration.ofSeconds(10)).until(() -> scored.count(interview) == 1);
    }

    @Test
    void aSecondDeliveryOfTheSameEventScoresNothingAgain() {
        UUID interview = seed();
        end(interview);
        await().atMost(Duration.ofSeconds(60)).until(() -> evaluations.status(interview) == EvaluationStatus.DONE);
        Object firstId = evaluations.forInterview(interview).orElseThrow().id();

        end(interview);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select count(*) from event_publication where completion_date is null
                        and serialized_event like ?""").param("%" + interview + "%").query(Integer.class).single() == 0);

        assertThat(evaluationsOf(interview)).isEqualTo(1);
        assertThat(evaluations.forInterview(interview).orElseThrow().id()).isEqualTo(firstId);
        assertThat(scored.count(interview)).isEqualTo(1);
        assertThat(jdbc.sql("select attempts from evaluation_runs where interview_id = ?").param(interview)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void instancesRacingForTheSameInterviewScoreItOnce() throws Exception {
        UUID interview = seed();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(pool.submit((Callable<Void>) () -> {
                try {
                    scoring.score(interview);
                } catch (IllegalStateException busy) {
                    assertThat(busy).hasMessageContaining("being scored by another instance");
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        assertThat(evaluationsOf(interview)).isEqualTo(1);
        assertThat(scored.count(interview)).isEqualTo(1);
    }
}
