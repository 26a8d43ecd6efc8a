package com.interviewed.questions;

import java.util.List;

/**
 * A question about the candidate's own resume. {@code kind} names the profile list it draws from ({@code project},
 * {@code skill}, {@code employer}, {@code title}); the placeholder {@code {item}} in the text, points and follow-ups
 * is replaced by the chosen entry.
 */
record ResumeTemplate(String id, String kind, String competency, String text, List<String> expectedPoints,
        List<String> followUps) {

    PlannedQuestion render(String stepId, String item, int minutes) {
        return new PlannedQuestion(stepId, QuestionCategory.RESUME, fill(text, item), competency,
                expectedPoints.stream().map(p -> fill(p, item)).toList(),
                followUps.stream().map(p -> fill(p, item)).toList(), null, null, minutes);
    }

    private static String fill(String template, String item) {
        return template.replace("{item}", item);
    }
}
