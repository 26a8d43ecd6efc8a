package com.interviewed.interviewer;

import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import java.util.List;

/**
 * Paces the interview by the clock against the plan's minutes: ahead of schedule (short answers) there is room
 * for more follow-ups; behind it, none; and when only the candidate's questions and the close still fit, the
 * remaining questions are left out.
 */
final class Pacing {

    private final int maxFollowUps;

    Pacing(int maxFollowUps) {
        this.maxFollowUps = maxFollowUps;
    }

    /** Follow-ups the current step may have in all, given where the clock is against its planned end. */
    int followUpsAllowed(Conversation c, AnswerUnderstanding answer) {
        long elapsed = c.context().elapsedSeconds();
        int index = c.context().questionIndex();
        if (elapsed < 0 || index < 0 || c.steps().isEmpty()) {
            return Math.min(1, maxFollowUps);
        }
        long plannedEnd = 60L * minutesThrough(c, index);
        if (elapsed > plannedEnd + 30) {
            return 0;
        }
        if (elapsed > plannedEnd - 60) {
            return Math.min(1, maxFollowUps);
        }
        return maxFollowUps;
    }

    /** Whether the clock is more than a minute behind the current step's planned end (answers are running short). */
    boolean wellAhead(Conversation c) {
        long elapsed = c.context().elapsedSeconds();
        int index = c.context().questionIndex();
        return elapsed >= 0 && index >= 0 && !c.steps().isEmpty()
                && elapsed < 60L * minutesThrough(c, index) - 60;
    }

    /** Whether the time left is only enough for the candidate's questions and the close. */
    boolean outOfTime(Conversation c) {
        long elapsed = c.context().elapsedSeconds();
        if (elapsed < 0 || c.context().plan() == null || c.context().plan().durationMinutes() <= 0) {
            return false;
        }
        int reserved = c.steps().stream().filter(s -> s.category() == QuestionCategory.CANDIDATE_QUESTIONS
                || s.category() == QuestionCategory.CLOSING).mapToInt(PlannedQuestion::minutes).sum();
        return elapsed >= 60L * (c.context().plan().durationMinutes() - reserved);
    }

    /**
     * Whether the spare question at {@code index} fits: the time left covers it and, at the plan's pace, every
     * planned step still to come (spare questions are asked only when answers ran shorter than planned).
     */
    boolean roomFor(Conversation c, int index) {
        long elapsed = c.context().elapsedSeconds();
        if (elapsed < 0 || c.context().plan() == null || c.context().plan().durationMinutes() <= 0) {
            return false;
        }
        // The spare question itself needs about a minute (asked and answered); its follow-ups are trimmed by
        // followUpsAllowed when the clock runs short, so only the planned steps after it count in full.
        int needed = 1;
        for (int i = index + 1; i < c.steps().size(); i++) {
            PlannedQuestion step = c.steps().get(i);
            if (!step.reserve() && !c.isAsked(step)) {
                needed += step.minutes();
            }
        }
        return 60L * c.context().plan().durationMinutes() - elapsed >= 60L * needed;
    }

    /** Planned minutes up to and including step {@code index}; spare questions count only once asked. */
    private static int minutesThrough(Conversation c, int index) {
        List<PlannedQuestion> steps = c.steps();
        int minutes = 0;
        for (int i = 0; i <= index && i < steps.size(); i++) {
            PlannedQuestion step = steps.get(i);
            if (!step.reserve() || i == index || c.isAsked(step)) {
                minutes += step.minutes();
            }
        }
        return minutes;
    }
}
