package com.interviewed.scoring;

import com.interviewed.interview.InterviewSnapshot;
import com.interviewed.interview.Interviews;
import com.interviewed.interview.TranscriptTurn;
import com.interviewed.questions.PlannedQuestion;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores an ended interview exactly once, whichever instance gets the event and however often it is delivered:
 * a claim row (primary key = interview id) is inserted first and only its holder scores; a failed run, or a
 * running one whose instance went silent for longer than the lease, may be taken over. The evaluation, the
 * claim's completion and the {@link InterviewScored} event are committed together.
 */
@Service
class InterviewScoring {

    private static final Logger log = LoggerFactory.getLogger(InterviewScoring.class);
    /** Longer than the slowest scorer (the LLM timeout) so a live run is never taken over. */
    static final Duration LEASE = Duration.ofMinutes(3);

    private final Interviews interviews;
    private final EvaluationStore store;
    private final TranscriptEvaluator evaluator;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    InterviewScoring(Interviews interviews, EvaluationStore store, TranscriptEvaluator evaluator,
            ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.interviews = interviews;
        this.store = store;
        this.evaluator = evaluator;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = Clock.systemUTC();
    }

    void score(UUID interviewId) {
        if (interviews.find(interviewId).isEmpty()) {
            // Nothing to score, now or on any redelivery: complete the event instead of failing it forever.
            log.warn("Interview {} ended but does not exist; nothing to score", interviewId);
            return;
        }
        if (!claim(interviewId)) {
            EvaluationStatus status = store.runStatus(interviewId).orElse(EvaluationStatus.PENDING);
            if (status == EvaluationStatus.RUNNING) {
                // Leave this delivery incomplete: if the other instance dies, a later delivery takes over.
                throw new IllegalStateException("Interview " + interviewId + " is being scored by another instance");
            }
            log.debug("Interview {} already scored; duplicate delivery ignored", interviewId);
            return;
        }
        try {
            InterviewSnapshot interview = interviews.find(interviewId)
                    .orElseThrow(() -> new IllegalStateException("Interview " + interviewId + " does not exist"));
            TranscriptEvaluator.Evaluated evaluated = evaluator.evaluate(interview.role(), null, "en",
                    prompts(interview), turns(interview), code(interviewId));
            ScoreResult result = evaluated.result();
            ownTransaction.executeWithoutResult(tx -> {
                store.insert(interviewId, interview.role(), result, evaluated.speech(), clock.instant());
                store.finish(interviewId, EvaluationStatus.DONE, null, clock.instant());
                Dimensions d = result.dimensions();
                events.publishEvent(new InterviewScored(interviewId, interview.inviteId(), result.overall(),
                        d.communication(), d.technicalDepth(), d.problemSolving(), d.confidence(), d.relevance()));
            });
            log.info("Scored interview {} with {}: overall {}", interviewId, result.scorer(), result.overall());
        } catch (RuntimeException e) {
            ownTransaction.executeWithoutResult(tx -> store.finish(interviewId, EvaluationStatus.FAILED,
                    String.valueOf(e.getMessage()), clock.instant()));
            throw e;
        }
    }

    private boolean claim(UUID interviewId) {
        Instant now = clock.instant();
        Boolean inserted = ownTransaction.execute(tx -> store.insertClaim(interviewId, instance, now));
        if (Boolean.TRUE.equals(inserted)) {
            return true;
        }
        return Boolean.TRUE.equals(ownTransaction.execute(tx -> store.takeOver(interviewId, instance, now,
                now.minus(LEASE))));
    }

    static List<QuestionSegmenter.Prompt> prompts(InterviewSnapshot interview) {
        if (interview.plan() == null || interview.plan().steps() == null) {
            return List.of();
        }
        return interview.plan().steps().stream().map(InterviewScoring::prompt).toList();
    }

    private static QuestionSegmenter.Prompt prompt(PlannedQuestion step) {
        return new QuestionSegmenter.Prompt(step.text(), step.category() == null ? null : step.category().name(),
                step.expectedPoints() == null ? List.of() : step.expectedPoints(), step.challengeId());
    }

    static List<ReportTurn> turns(InterviewSnapshot interview) {
        return interview.transcript().stream().map(InterviewScoring::turn).toList();
    }

    static ReportTurn turn(TranscriptTurn t) {
        boolean cutOff = "interviewer".equals(t.role()) && "INTERRUPTED".equals(t.status());
        return new ReportTurn(t.role(), t.speaker(), t.text(), t.startMs(), t.endMs(), t.status(),
                cutOff ? t.originalText() : null, t.words());
    }

    /** The final code of each coding challenge, measured. */
    private List<CodeEvidence> code(UUID interviewId) {
        return interviews.code(interviewId).stream()
                .map(c -> CodeScoring.measure(c.challengeId(), c.language(), c.code(), c.testSummary())).toList();
    }
}
