package com.interviewed.questions;

import java.util.List;

/** An ordered interview: warm-up, questions, optional coding, the candidate's questions, close. */
public record InterviewPlan(String role, Seniority seniority, int durationMinutes, long seed,
        List<PlannedQuestion> steps) {
}
