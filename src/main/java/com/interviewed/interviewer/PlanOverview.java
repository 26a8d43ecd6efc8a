package com.interviewed.interviewer;

import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One sentence for the greeting that says what will happen: how long, which parts, time for questions. */
final class PlanOverview {

    private PlanOverview() {
    }

    static String of(Conversation c) {
        if (c.context().plan() == null || c.steps().isEmpty()) {
            return "";
        }
        Set<QuestionCategory> kinds = EnumSet.noneOf(QuestionCategory.class);
        for (PlannedQuestion step : c.steps()) {
            if (!step.reserve()) {
                // A spare question may never be asked: the overview promises only the plan proper.
                kinds.add(step.category());
            }
        }
        List<String> parts = new ArrayList<>();
        if (kinds.contains(QuestionCategory.RESUME) || kinds.contains(QuestionCategory.WARMUP)) {
            parts.add("your experience");
        }
        if (kinds.contains(QuestionCategory.TECHNICAL)) {
            parts.add("some questions on the craft itself");
        }
        if (kinds.contains(QuestionCategory.BEHAVIOURAL) || kinds.contains(QuestionCategory.SITUATIONAL)) {
            parts.add("how you work with others");
        }
        if (kinds.contains(QuestionCategory.CODING)) {
            parts.add("a short coding exercise");
        }
        int minutes = c.context().plan().durationMinutes();
        String list = parts.isEmpty() ? "a few questions" : join(parts);
        String questions = kinds.contains(QuestionCategory.CANDIDATE_QUESTIONS)
                ? ", and there will be time for your questions at the end" : "";
        return (minutes > 0 ? "Over the next " + minutes + " minutes we'll cover " : "We'll cover ") + list
                + questions + ".";
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
