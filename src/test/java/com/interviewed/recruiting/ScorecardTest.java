package com.interviewed.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.interview.CodeSnapshot;
import com.interviewed.interview.IntegrityFlag;
import com.interviewed.interview.InterviewSnapshot;
import com.interviewed.interview.TranscriptTurn;
import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import com.interviewed.questions.Seniority;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The scorecard's words and times, and how completeness is read from a transcript. */
class ScorecardTest {

    private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");

    private static final PlannedQuestion WARMUP = step("warmup-1", QuestionCategory.WARMUP,
            "Tell me about yourself.");
    private static final PlannedQuestion DESIGN = step("tech-1", QuestionCategory.TECHNICAL,
            "How would you design a rate limiter?");
    private static final PlannedQuestion CODING = new PlannedQuestion("coding-two-sum", QuestionCategory.CODING,
            "Let's do a short coding exercise: Two sum.", "Coding", List.of(), List.of(), "two-sum", null, 8);

    @Test
    void typedAnswersGetTheTimeTheyArrivedInsteadOfZero() {
        TranscriptTurn question = turn(0, "interviewer", "Tell me about yourself.", 2_000L);
        TranscriptTurn typed = turn(1, "candidate", "I build payment systems in Java", 0L);
        InterviewSnapshot interview = interview(List.of(question, typed));

        Scorecard card = Scorecard.of("Ada", interview, null, Map.of(typed.id(), START.plusSeconds(75)), List.of(),
                List.of(), new Completeness(2, 1, 1, true, false), true);

        assertThat(card.transcript()).extracting(Scorecard.Turn::time).containsExactly("00:02", "01:15");
    }

    @Test
    void integritySignalsReadAsWords() {
        List<IntegrityFlag> flags = List.of(
                new IntegrityFlag("large-paste", "{\"chars\":1240}", START.plusSeconds(300)),
                new IntegrityFlag("tab-hidden", "{\"at\":\"2026-12-02T10:06:00Z\"}", START.plusSeconds(360)),
                new IntegrityFlag("tab-returned", "{\"awayMs\":125000}", START.plusSeconds(485)),
                new IntegrityFlag("large-paste", "[object Object]", START.plusSeconds(500)));

        List<IntegrityWords.Described> words = IntegrityWords.describeAll(flags);

        assertThat(words).extracting(IntegrityWords.Described::words).containsExactly(
                "Pasted 1,240 characters at once", "Away from the interview tab for 2 min 5 s",
                "Pasted a large block of text at once");
        assertThat(IntegrityWords.summary(words))
                .isEqualTo("2 large pastes (largest 1,240 characters); away from the tab once (2 min 5 s)");
        Scorecard card = Scorecard.of("Ada", interview(List.of()), null, Map.of(), List.of(), words,
                new Completeness(2, 0, 0, false, false), true);
        assertThat(card.integrity()).extracting(Scorecard.Signal::time).containsExactly("05:00", "08:05", "08:20");
    }

    @Test
    void completenessCountsRealAnswersAndCodeWithTestsRun() {
        List<TranscriptTurn> transcript = List.of(
                turn(0, "interviewer", "Hi, I'm Sam. Tell me about yourself.", 0L),
                turn(1, "candidate", "I build payment systems in Java at a bank", 5_000L),
                turn(2, "interviewer", "Thanks. How would you design a rate limiter?", 30_000L),
                turn(3, "candidate", "I don't know", 40_000L));
        InterviewSnapshot interview = interview(transcript);

        Completeness asked = InterviewOutcome.completeness(interview, List.of("warmup-1", "tech-1"),
                List.of(new CodeSnapshot("two-sum", "python", "def f(): pass", "2 of 5 tests passed.", START)));
        Completeness silent = InterviewOutcome.completeness(interview(List.of()), List.of(), List.of());

        assertThat(asked).isEqualTo(new Completeness(2, 2, 1, true, true));
        assertThat(asked.skipped()).isEqualTo(1);
        assertThat(asked.incomplete()).isTrue();
        assertThat(silent.summary()).isEqualTo("0 of 2 questions answered, no coding");
        assertThat(new Completeness(5, 5, 4, true, true).incomplete()).isFalse();
    }

    private static InterviewSnapshot interview(List<TranscriptTurn> transcript) {
        InterviewPlan plan = new InterviewPlan("backend", Seniority.MID, 30, 1L, List.of(WARMUP, DESIGN, CODING));
        return new InterviewSnapshot(UUID.randomUUID(), null, UUID.randomUUID(), null, "backend", "SOLO", "ENDED",
                "Sam", plan, transcript, START, START, START.plusSeconds(900));
    }

    private static TranscriptTurn turn(int seq, String role, String text, Long startMs) {
        return new TranscriptTurn(UUID.randomUUID(), seq, role, role.equals("candidate") ? "Ada" : "Sam", text,
                role.equals("candidate") ? "TYPED" : "SPOKEN", null, startMs, null, List.of());
    }

    private static PlannedQuestion step(String id, QuestionCategory category, String text) {
        return new PlannedQuestion(id, category, text, "Competency", List.of(), List.of(), null, null, 4);
    }
}
