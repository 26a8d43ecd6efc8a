package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a transcript into questions and answers. Each block of candidate turns answers the interviewer turn
 * just before it. With a plan, an interviewer turn that matches a planned question starts that question (its
 * planned text, expected points and coding challenge come along); one that matches none is a follow-up, and the
 * answer to it still belongs to the question being discussed. Without a plan, every interviewer turn followed by
 * candidate turns is a question.
 *
 * <p>An interrupted interviewer turn is matched on what the interviewer meant to say (or, for transcripts stored
 * before that was kept, on the planned question the played fragment begins), so an answer the candidate started
 * over the question is still scored against the whole planned question.
 */
final class QuestionSegmenter {

    /**
     * A question the interview meant to ask.
     *
     * @param challengeId the coding challenge of a {@code CODING} step, else {@code null}
     */
    record Prompt(String text, String category, List<String> expectedPoints, String challengeId) {

        Prompt(String text, String category, List<String> expectedPoints) {
            this(text, category, expectedPoints, null);
        }
    }

    /**
     * One question with the candidate's turns that answer it.
     *
     * @param askedBy the interviewer (in a panel, the panelist) whose turn asked it, or {@code null}
     */
    record Segment(Prompt prompt, String askedBy, List<ReportTurn> answerTurns) {

        QuestionToScore toScore() {
            return new QuestionToScore(prompt.text(), prompt.category(), prompt.expectedPoints(),
                    answerTurns.stream().map(ReportTurn::text).toList());
        }
    }

    /** Plan steps that are not answers to evaluate. */
    private static final Set<String> NOT_SCORED = Set.of("CANDIDATE_QUESTIONS", "CLOSING");
    private static final double MATCH = 0.5;
    /** A played fragment must carry this many of a question's first words to be taken as that question. */
    private static final int FRAGMENT_WORDS = 3;

    private QuestionSegmenter() {
    }

    static List<Segment> segment(List<ReportTurn> transcript, List<Prompt> plan) {
        Lexicon lexicon = Lexicon.forLanguage("en");
        boolean anyInterviewer = transcript.stream().anyMatch(t -> !t.candidate());
        if (!anyInterviewer && !plan.isEmpty()) {
            return inOrder(transcript, plan);
        }
        List<Segment> segments = new ArrayList<>();
        Segment current = null;
        ReportTurn lastInterviewer = null;
        boolean inCandidateBlock = false;
        List<Prompt> unused = new ArrayList<>(plan);
        for (ReportTurn turn : transcript) {
            if (!turn.candidate()) {
                lastInterviewer = turn;
                inCandidateBlock = false;
                Prompt matched = plan.isEmpty() ? null : bestMatch(turn, unused, lexicon);
                if (matched != null) {
                    unused.remove(matched);
                    current = new Segment(matched, turn.speaker(), new ArrayList<>());
                    segments.add(current);
                }
                continue;
            }
            if (current == null && lastInterviewer != null && lastInterviewer.interrupted() && !unused.isEmpty()) {
                // The candidate spoke over the opening before any question was heard: the interviewer was on
                // the way to the first planned question, so that is what this answer is scored against.
                Prompt next = unused.remove(0);
                current = new Segment(next, lastInterviewer.speaker(), new ArrayList<>());
                segments.add(current);
            } else if (current == null || !inCandidateBlock && plan.isEmpty()) {
                current = new Segment(new Prompt(lastInterviewer == null ? "(Opening remarks)" : lastInterviewer.text(),
                        null, List.of()), lastInterviewer == null ? null : lastInterviewer.speaker(),
                        new ArrayList<>());
                segments.add(current);
            }
            inCandidateBlock = true;
            current.answerTurns().add(turn);
        }
        return segments.stream().filter(s -> s.prompt().category() == null
                || !NOT_SCORED.contains(s.prompt().category())).toList();
    }

    /** No interviewer turns (an API caller sent only the answers): the n-th answer block answers the n-th question. */
    private static List<Segment> inOrder(List<ReportTurn> transcript, List<Prompt> plan) {
        List<Segment> segments = new ArrayList<>();
        for (Prompt prompt : plan) {
            segments.add(new Segment(prompt, null, new ArrayList<>()));
        }
        int i = 0;
        for (ReportTurn turn : transcript) {
            segments.get(Math.min(i, plan.size() - 1)).answerTurns().add(turn);
            i++;
        }
        return segments.stream().filter(s -> !s.answerTurns().isEmpty()).toList();
    }

    /**
     * The unused planned question the turn asks, judged by how many of the question's content words it uses
     * (in what the interviewer meant to say, when the turn was cut off); else the question an interrupted turn's
     * played fragment begins.
     */
    private static Prompt bestMatch(ReportTurn turn, List<Prompt> candidates, Lexicon lexicon) {
        String meant = turn.intendedText() == null || turn.intendedText().isBlank() ? turn.text()
                : turn.intendedText();
        Set<String> words = Text.contentStemSet(meant, lexicon);
        Prompt best = null;
        double bestScore = 0;
        for (Prompt prompt : candidates) {
            Set<String> question = Text.contentStemSet(prompt.text(), lexicon);
            if (question.isEmpty()) {
                continue;
            }
            double score = (double) question.stream().filter(words::contains).count() / question.size();
            if (score > bestScore) {
                bestScore = score;
                best = prompt;
            }
        }
        if (bestScore >= MATCH) {
            return best;
        }
        return turn.interrupted() ? begunBy(turn.text(), candidates) : null;
    }

    /** The planned question whose opening words the played fragment ends with ("Tell me about a time you…"). */
    private static Prompt begunBy(String fragment, List<Prompt> candidates) {
        List<String> played = Text.words(fragment == null ? "" : fragment.toLowerCase(Locale.ROOT));
        for (Prompt prompt : candidates) {
            List<String> question = Text.words(prompt.text().toLowerCase(Locale.ROOT));
            for (int start = Math.max(0, played.size() - question.size()); start <= played.size() - FRAGMENT_WORDS;
                    start++) {
                List<String> tail = played.subList(start, played.size());
                if (question.size() >= tail.size() && question.subList(0, tail.size()).equals(tail)) {
                    return prompt;
                }
            }
        }
        return null;
    }
}
