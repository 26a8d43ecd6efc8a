package com.interviewed.interview;

import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import java.util.List;

/**
 * "Question N of M" for the room. The questions are every step before the candidate's own questions and the close
 * (warm-up, questions, coding exercise). Spare questions count only once asked: they are there for when answers
 * run short, and the room must not promise them.
 */
final class QuestionProgress {

    private QuestionProgress() {
    }

    /** Skipped questions (covered already, or no time) before the current one count as behind it. */
    static ServerEvent.Progress of(InterviewPlan plan, int questionIndex, List<String> askedIds) {
        List<PlannedQuestion> steps = plan.steps();
        int of = 0;
        int question = 0;
        for (int i = 0; i < steps.size(); i++) {
            PlannedQuestion step = steps.get(i);
            boolean counted = step.category() != QuestionCategory.CANDIDATE_QUESTIONS
                    && step.category() != QuestionCategory.CLOSING
                    && (!step.reserve() || askedIds.contains(step.id()) || i == questionIndex);
            if (counted) {
                of++;
            }
            if (i <= questionIndex) {
                question = of;
            }
        }
        return new ServerEvent.Progress(question, of, plan.durationMinutes());
    }
}
