package com.interviewed.interviewer;

import com.interviewed.interviewer.InterviewerReply.Action;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import java.util.List;
import java.util.Optional;

/**
 * Silence escalates: keep listening, a gentle prompt, an offer to move on, then moving on. At a coding step silence
 * is thinking, so the interviewer only checks in once after a long quiet spell.
 */
final class SilenceTurns {

    private final InterviewerProperties.Silence limits;
    private final Turns turns;

    SilenceTurns(InterviewerProperties.Silence limits, Turns turns) {
        this.limits = limits;
        this.turns = turns;
    }

    InterviewerReply respond(Conversation c, int seconds) {
        Optional<PlannedQuestion> current = c.currentStep();
        if (current.isEmpty()) {
            return Turns.stay(c, "", c.context().followUpsAsked(), Action.WAIT);
        }
        Phrasebook book = Turns.book(c.context().speaker());
        if (current.get().category() == QuestionCategory.CODING) {
            // Thinking while typing is normal: check in once after a long quiet spell, otherwise keep listening.
            boolean checkedIn = c.interviewerSpokeLast()
                    && Turns.containsAny(c.lastInterviewerText(), book.codingCheckIns());
            if (seconds >= limits.codingCheckInAfter().toSeconds() && !checkedIn) {
                return Turns.stay(c, c.pick(book.codingCheckIns(), "check-in"), c.context().followUpsAsked(),
                        Action.CONTINUE);
            }
            return Turns.stay(c, "", c.context().followUpsAsked(), Action.WAIT);
        }
        // Twice the offer threshold moves on by itself, in case our earlier prompts never reached the history.
        int bySeconds = seconds >= 2 * limits.offerMoveOnAfter().toSeconds() ? 3
                : seconds >= limits.offerMoveOnAfter().toSeconds() ? 2
                : seconds >= limits.promptAfter().toSeconds() ? 1 : 0;
        if (bySeconds == 0) {
            return Turns.stay(c, "", c.context().followUpsAsked(), Action.WAIT);
        }
        // The history says whether this silence follows our own prompt or offer: then escalate one level.
        int before = !c.interviewerSpokeLast() ? 0
                : Turns.containsAny(c.lastInterviewerText(), book.moveOnOffers()) ? 2
                : Turns.containsAny(c.lastInterviewerText(), book.silencePrompts()) ? 1 : 0;
        int level = Math.max(bySeconds, before == 0 ? 0 : before + 1);
        boolean endOfInterview = current.get().category() == QuestionCategory.CANDIDATE_QUESTIONS
                || current.get().category() == QuestionCategory.CLOSING;
        if (level >= 3 || (level == 2 && endOfInterview)) {
            return turns.advance(c, endOfInterview ? "" : c.pick(book.movingOn(), "moving-on"));
        }
        List<String> lines = level == 2 ? book.moveOnOffers() : book.silencePrompts();
        return Turns.stay(c, c.pickFresh(lines, "silence"), c.context().followUpsAsked(), Action.CONTINUE);
    }
}
