package com.interviewed.interviewer;

import com.interviewed.interviewer.InterviewerReply.Action;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import java.util.List;

/**
 * The coding step after the challenge is open: encouragement while the candidate thinks aloud, a hint when stuck,
 * then on a code update (or "I'm done") the review questions one at a time, and on to the next step.
 */
final class CodingTurns {

    private final Turns turns;

    CodingTurns(Turns turns) {
        this.turns = turns;
    }

    InterviewerReply update(Conversation c, CandidateInput.CodeUpdate update) {
        int reviewed = c.context().followUpsAsked();
        boolean questionPending = reviewed > 0 && c.interviewerSpokeLast();
        if (!c.atCategory(QuestionCategory.CODING) || reviewed >= CodeReviewQuestions.COUNT || questionPending) {
            return Turns.stay(c, "", reviewed, Action.WAIT);
        }
        return review(c, update.code(), update.testSummary(), "");
    }

    InterviewerReply answer(Conversation c, PlannedQuestion step, String said) {
        Phrasebook book = Turns.book(c.context().speaker());
        int reviewed = c.context().followUpsAsked();
        String code = c.context().latestCode();
        if (reviewed > 0) {
            // A review answer is not a story: acknowledge it without praise (the code and tests speak for it).
            String leadIn = stuck(said) ? c.pickFresh(book.reassurances(), "reassure")
                    : turns.neutralAcknowledgement(c);
            return reviewed < CodeReviewQuestions.COUNT ? review(c, code, null, leadIn) : turns.advance(c, leadIn);
        }
        if (turns.matches(said, SpokenIntent.DONE)) {
            return code == null || code.isBlank() ? turns.advance(c, turns.neutralAcknowledgement(c))
                    : review(c, code, null, turns.neutralAcknowledgement(c));
        }
        if (turns.matches(said, SpokenIntent.MOVE_ON)) {
            return turns.advance(c, c.pick(book.skipLeadIns(), "skip"));
        }
        if (stuck(said)) {
            // Scaffolding: a follow-up that is a pointer, not one that asks a harder question about a finished
            // solution ("can you do better?"), else a general way in.
            List<String> pointers = turns.unusedFollowUps(c, step).stream().filter(f -> !f.strip().endsWith("?"))
                    .toList();
            String hint = pointers.isEmpty() ? c.pickFresh(book.codingHints(), "hint") : pointers.get(0);
            return Turns.stay(c, Turns.join(c.pickFresh(book.reassurances(), "reassure"), hint), reviewed,
                    Action.CONTINUE);
        }
        // A candidate who talks but never writes code: offer a way forward, then move on rather than loop forever.
        long encouraged = encouragementsAtThisStep(c, book);
        if (encouraged >= 3 || c.context().elapsedSeconds() >= 0 && turns.pacing().outOfTime(c)) {
            return turns.advance(c, "Let's leave the coding exercise there.");
        }
        if (encouraged == 2) {
            return Turns.stay(c, NUDGE, reviewed, Action.CONTINUE);
        }
        return Turns.stay(c, c.pickFresh(book.codingEncouragements(), "encourage"), reviewed, Action.CONTINUE);
    }

    private boolean stuck(String said) {
        return turns.matches(said, SpokenIntent.DONT_KNOW) || AnswerReader.soundsStuck(said);
    }

    static final String NUDGE = "Would you like to start writing some code? Even a rough first version helps, and "
            + "if you'd rather, we can move on.";

    /** Encouragements (and the nudge) the interviewer gave since the coding step started, read from the history. */
    private static long encouragementsAtThisStep(Conversation c, Phrasebook book) {
        long count = 0;
        List<Utterance> history = c.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            Utterance line = history.get(i);
            if (!Conversation.INTERVIEWER.equalsIgnoreCase(line.role()) || line.text() == null) {
                continue;
            }
            if (line.text().contains(book.codingAnnouncement())) {
                break;
            }
            if (Turns.containsAny(line.text(), book.codingEncouragements()) || line.text().contains(NUDGE)) {
                count++;
            }
        }
        return count;
    }

    private InterviewerReply review(Conversation c, String code, String testSummary, String leadIn) {
        int topic = c.context().followUpsAsked();
        String question = CodeReviewQuestions.question(topic, CodeObservations.of(code, testSummary));
        return Turns.stay(c, Turns.join(leadIn, question), topic + 1, Action.CONTINUE);
    }
}
