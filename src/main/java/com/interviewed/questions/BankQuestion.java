package com.interviewed.questions;

import java.util.List;
import java.util.Set;

/** A question of the bank together with where it applies (taken from its pack). */
record BankQuestion(String id, QuestionCategory category, String competency, Set<Seniority> levels,
        Set<String> tags, String text, List<String> expectedPoints, List<String> followUps, Set<String> roles,
        String industry, String pack) {

    static final String SYSTEM_DESIGN = "system-design";

    boolean suits(Seniority seniority) {
        return levels.isEmpty() || levels.contains(seniority);
    }

    /** Packs without a role list are for every role. */
    boolean forRole(String role) {
        return roles.isEmpty() || roles.contains(role);
    }

    boolean systemDesign() {
        return tags.contains(SYSTEM_DESIGN);
    }

    PlannedQuestion toStep(String panelRole, int minutes) {
        return new PlannedQuestion(id, category, text, competency, expectedPoints, followUps, null, panelRole,
                minutes);
    }
}
