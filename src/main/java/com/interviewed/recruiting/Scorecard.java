package com.interviewed.recruiting;

import com.interviewed.interview.CodeSnapshot;
import com.interviewed.interview.InterviewSnapshot;
import com.interviewed.interview.TranscriptTurn;
import com.interviewed.scoring.CodeEvidence;
import com.interviewed.scoring.EvaluationReport;
import com.interviewed.scoring.ScoredQuestion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The recruiter's scorecard of one interview, written about the candidate for the people reviewing them (the
 * candidate's own report speaks to the candidate): per question who asked it, the answer, its scores, the quoted
 * evidence, what it did not cover and, for a coding question, the final code the score used with its test outcome;
 * the transcript with the real time into the interview of every turn; the code no scored question shows (an
 * interview not scored yet); integrity signals in words; how complete the interview was; and whether it was the
 * job's interview.
 */
record Scorecard(String candidateName, Completeness completeness, boolean sameAsJob, List<Question> questions,
        List<Turn> transcript, List<Code> code, List<Signal> integrity, String scorer) {

    /**
     * @param askedBy who asked it (in a panel, the panelist), or {@code null} when the transcript does not say
     * @param code    for a coding question, the final code its score rests on, else {@code null}
     */
    record Question(String question, String askedBy, String answer, double overall, double communication,
            double technicalDepth, double problemSolving, double confidence, double relevance, List<String> evidence,
            List<String> unsureEvidence, List<String> notCovered, Code code) {
    }

    /** @param time "mm:ss" into the interview, or "" when unknown */
    record Turn(String time, String role, String speaker, String text, boolean corrected) {
    }

    record Code(String challengeId, String language, String outcome, String code) {
    }

    record Signal(String time, String words) {
    }

    static Scorecard of(String candidateName, InterviewSnapshot interview, EvaluationReport evaluation,
            Map<UUID, Instant> turnTimes, List<CodeSnapshot> code, List<IntegrityWords.Described> flags,
            Completeness completeness, boolean sameAsJob) {
        Instant started = interview.startedAt() != null ? interview.startedAt() : interview.createdAt();
        List<Question> questions = evaluation == null ? List.of() : evaluation.questions().stream()
                .map(q -> question(q, evaluation)).toList();
        List<Turn> transcript = new ArrayList<>();
        long previous = 0;
        for (TranscriptTurn turn : interview.transcript()) {
            Long millis = turn.startMs();
            // Typed answers reach the server without a start time (stored as 0): use when the turn was stored.
            if (millis == null || (millis <= 0 && turn.seq() > 0) || millis < previous) {
                Instant at = turnTimes.get(turn.id());
                millis = at == null || started == null ? null : Math.max(previous, Duration.between(started, at).toMillis());
            }
            if (millis != null) {
                previous = millis;
            }
            transcript.add(new Turn(millis == null ? "" : clock(millis), turn.role(), turn.speaker(), turn.text(),
                    "EDITED".equals(turn.status())));
        }
        // Code a question already shows is not listed again under the questions.
        Set<String> shown = new HashSet<>();
        questions.stream().filter(q -> q.code() != null).forEach(q -> shown.add(q.code().challengeId()));
        List<Code> submitted = code.stream().filter(c -> !shown.contains(c.challengeId()))
                .map(c -> new Code(c.challengeId(), c.language(), outcome(c.testSummary()), c.code())).toList();
        List<Signal> signals = flags.stream().map(f -> new Signal(f.at() == null || started == null ? ""
                : clock(Math.max(0, Duration.between(started, f.at()).toMillis())), f.words())).toList();
        return new Scorecard(candidateName, completeness, sameAsJob, questions, transcript, submitted, signals,
                evaluation == null ? null : evaluation.scorer());
    }

    /** {@code unsureEvidence}: the quotes resting on words the recogniser was unsure of, so nobody reads them as said. */
    private static Question question(ScoredQuestion q, EvaluationReport evaluation) {
        CodeEvidence c = q.code();
        List<String> evidence = q.evidence() == null ? List.of() : q.evidence();
        return new Question(q.question(), q.askedBy(), q.answer(), q.overall(), q.dimensions().communication(),
                q.dimensions().technicalDepth(), q.dimensions().problemSolving(), q.dimensions().confidence(),
                q.dimensions().relevance(), evidence, evidence.stream().filter(evaluation::unsureQuote).toList(),
                q.missing() == null ? List.of() : q.missing(),
                c == null ? null : new Code(c.challengeId(), c.language(), outcome(c.testSummary()), c.code()));
    }

    private static String outcome(String testSummary) {
        return testSummary == null || testSummary.isBlank() ? "Tests not run" : testSummary;
    }

    static String clock(long millis) {
        long seconds = millis / 1000;
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
