package com.interviewed.questions;

import java.util.List;

/**
 * One step of an interview plan.
 *
 * @param id             stable id from the question bank (or {@code custom-N} / {@code resume-N} for generated ones)
 * @param expectedPoints what a strong answer covers; the scorer uses them
 * @param followUps      prompts for when an answer is too short or lacks an example or result
 * @param challengeId    the coding challenge for a {@link QuestionCategory#CODING} step, else {@code null}
 * @param panelRole      in panel mode the panelist who asks it ({@code ENGINEERING_MANAGER}, {@code PRODUCT_MANAGER},
 *                       {@code JUNIOR_DEVELOPER}), else {@code null}
 * @param minutes        time budget of the step
 * @param reserve        a spare question: asked only when the clock shows room for it (the candidate's answers ran
 *                       shorter than the plan assumed), so the interview fills its length; its minutes are not
 *                       part of the plan's duration, and an interview that skips it is still complete; a
 *                       {@code Boolean} so that plans stored before spares existed (no such field) read as
 *                       {@code false} instead of failing on a missing primitive
 */
public record PlannedQuestion(String id, QuestionCategory category, String text, String competency,
        List<String> expectedPoints, List<String> followUps, String challengeId, String panelRole, int minutes,
        Boolean reserve) {

    public PlannedQuestion {
        reserve = Boolean.TRUE.equals(reserve);
    }

    /** A step of the plan proper (not a reserve). */
    public PlannedQuestion(String id, QuestionCategory category, String text, String competency,
            List<String> expectedPoints, List<String> followUps, String challengeId, String panelRole, int minutes) {
        this(id, category, text, competency, expectedPoints, followUps, challengeId, panelRole, minutes, false);
    }
}
