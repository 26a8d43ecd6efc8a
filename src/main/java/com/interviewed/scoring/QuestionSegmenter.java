package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a transcript into questions and answers. Each block of candidate turns answers the interviewer turn
 * just before it. With a plan, an interviewer turn that matches a planned question starts that question (its
 * expected points come along); one that matches none is a follow-up, and the answer to it still belongs to the
 * question being discussed. Without a plan, every interviewer turn followed by candidate turns is a question.
 */
final class QuestionSegmenter {

    /** A question the interview meant to ask. */
    record Prompt(String text, String category, List<String> expectedPoints) {
    }

    /** One question with the candidate's turns that answer it. */
    record Segment(Prompt prompt, List<ReportTurn> answerTurns) {

        QuestionToScore toScore() {
            return new QuestionToScore(prompt.text(), prompt.category(), prompt.expectedPoints(),
                    answerTurns.stream().map(ReportTurn::text).toList());
        }
    }

    /** Plan steps that are not answers to evaluate. */
    private static final Set<String> NOT_SCORED = Set.of("CANDIDATE_QUESTIONS", "CLOSING");
    private static final double MATCH = 0.5;

    private QuestionSegmenter() {
    }

    static List<Segment> segment(List<ReportTurn> transcript, List<Prompt> plan) {
        Lexicon lexicon = Lexicon.forLanguage("en");
        boolean anyInterviewer = transcript.stream().anyMatch(t -> "interviewer".equals(t.role()));
        if (!anyInterviewer && !plan.isEmpty()) {
            return inOrder(transcript, plan);
        }
        List<Segment> segments = new ArrayList<>();
        Segment current = null;
        ReportTurn lastInterviewer = null;
        boolean inCandidateBlock = false;
        List<Prompt> unused = new ArrayList<>(plan);
        for (ReportTurn turn : transcript) {
            if (!"candidate".equals(turn.role())) {
                lastInterviewer = turn;
                inCandidateBlock = false;
                Prompt matched = plan.isEmpty() ? null : bestMatch(turn.text(), unused, lexicon);
                if (matched != null) {
                    unused.remove(matched);
                    current = new Segment(matched, new ArrayList<>());
                    segments.add(current);
                }
                continue;
            }
            if (!inCandidateBlock && plan.isEmpty()) {
                current = new Segment(new Prompt(lastInterviewer == null ? "(Opening remarks)" : lastInterviewer.text(),
                        null, List.of()), new ArrayList<>());
                segments.add(current);
            } else if (current == null) {
                current = new Segment(new Prompt(lastInterviewer == null ? "(Opening remarks)" : lastInterviewer.text(),
                        null, List.of()), new ArrayList<>());
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
        for (int i = 0; i < plan.size(); i++) {
            segments.add(new Segment(plan.get(i), new ArrayList<>()));
        }
        int i = 0;
        for (ReportTurn turn : transcript) {
            segments.get(Math.min(i, plan.size() - 1)).answerTurns().add(turn);
            i++;
        }
        return segments.stream().filter(s -> !s.answerTurns().isEmpty()).toList();
    }

    /** The unused planned question the turn asks, judged by how many of the question's content words it uses. */
    private static Prompt bestMatch(String turnText, List<Prompt> candidates, Lexicon lexicon) {
        Set<String> turn = Text.contentStemSet(turnText, lexicon);
        Prompt best = null;
        double bestScore = 0;
        for (Prompt prompt : candidates) {
            Set<String> question = Text.contentStemSet(prompt.text(), lexicon);
            if (question.isEmpty()) {
                continue;
            }
            double score = (double) question.stream().filter(turn::contains).count() / question.size();
            if (score > bestScore) {
                bestScore = score;
                best = prompt;
            }
        }
        return bestScore >= MATCH ? best : null;
    }
}
