package com.interviewed.recruiting;

import com.interviewed.interview.CodeSnapshot;
import com.interviewed.interview.IntegrityFlag;
import com.interviewed.interview.InterviewSnapshot;
import com.interviewed.interview.TranscriptTurn;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an invited interview covered, read from the interview module's record of it: which planned questions were
 * asked (the conversation's own list), which the candidate answered (words of their own after the question, not
 * "I don't know" or "skip"), and whether the coding challenge was done (code written and the tests run).
 */
final class InterviewOutcome {

    private static final Set<QuestionCategory> QUESTIONS = Set.of(QuestionCategory.WARMUP, QuestionCategory.RESUME,
            QuestionCategory.TECHNICAL, QuestionCategory.BEHAVIOURAL, QuestionCategory.SITUATIONAL);
    private static final Pattern NON_ANSWER = Pattern.compile(
            "^(i don'?t know|no idea|skip|pass|next( question)?|no|sorry|i'?m not sure|(can you )?repeat( that)?)"
                    + "[ .!?,]*(please)?[ .!?]*$");
    private static final int MIN_ANSWER_WORDS = 3;

    private InterviewOutcome() {
    }

    static Completeness completeness(InterviewSnapshot interview, List<String> askedIds, List<CodeSnapshot> code) {
        // A spare question counts only when it was asked: skipping it is the plan working, not a gap.
        List<PlannedQuestion> questions = interview.plan().steps().stream()
                .filter(step -> QUESTIONS.contains(step.category()))
                .filter(step -> !step.reserve() || askedIds.contains(step.id())).toList();
        boolean codingPlanned = interview.plan().steps().stream().anyMatch(s -> s.category() == QuestionCategory.CODING);
        List<PlannedQuestion> asked = questions.stream().filter(q -> askedIds.contains(q.id())).toList();
        int answered = answered(asked, interview.transcript());
        boolean codingDone = code.stream().anyMatch(c -> c.code() != null && !c.code().isBlank()
                && c.testSummary() != null && !c.testSummary().isBlank());
        return new Completeness(questions.size(), asked.size(), answered, codingPlanned, codingDone);
    }

    /**
     * Each asked question is found in the interviewer's turns by its words; it is answered when a real answer
     * follows before the next question. Questions the interviewer put in its own words (a language-model
     * interviewer) cannot be found that way: they count as answered while real answers remain unassigned.
     */
    static int answered(List<PlannedQuestion> asked, List<TranscriptTurn> transcript) {
        List<Integer> positions = new ArrayList<>();
        for (PlannedQuestion question : asked) {
            String wanted = normalise(question.text());
            int found = -1;
            for (int i = 0; i < transcript.size() && found < 0; i++) {
                TranscriptTurn turn = transcript.get(i);
                if ("interviewer".equals(turn.role()) && normalise(turn.text()).contains(wanted)) {
                    found = i;
                }
            }
            positions.add(found);
        }
        List<Integer> located = positions.stream().filter(p -> p >= 0).sorted().toList();
        int answered = 0;
        int assignedAnswers = 0;
        for (int position : located) {
            int next = located.stream().filter(p -> p > position).findFirst().orElse(transcript.size());
            boolean answer = false;
            for (int i = position + 1; i < next; i++) {
                if (isAnswer(transcript.get(i))) {
                    answer = true;
                    assignedAnswers++;
                }
            }
            answered += answer ? 1 : 0;
        }
        long unlocated = positions.stream().filter(p -> p < 0).count();
        long realAnswers = transcript.stream().filter(InterviewOutcome::isAnswer).count();
        answered += (int) Math.min(unlocated, Math.max(0, realAnswers - assignedAnswers));
        return answered;
    }

    static boolean isAnswer(TranscriptTurn turn) {
        if (!"candidate".equals(turn.role()) || turn.text() == null) {
            return false;
        }
        String text = normalise(turn.text());
        return !NON_ANSWER.matcher(text).matches() && text.split(" ").length >= MIN_ANSWER_WORDS;
    }

    /** Integrity signals in words, for the pipeline, compare and CSV: {@code null} when there were none. */
    static String integritySummary(List<IntegrityFlag> flags) {
        return IntegrityWords.summary(IntegrityWords.describeAll(flags));
    }

    private static String normalise(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ").strip();
    }
}
