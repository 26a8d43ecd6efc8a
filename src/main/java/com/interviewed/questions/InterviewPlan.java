package com.interviewed.questions;

import java.util.List;

/**
 * An ordered interview: warm-up, questions, optional coding, the candidate's questions, close.
 *
 * @param jobDescription the job description the plan was made for, or {@code null} (practice): the only source of
 *                       facts about the employer the interviewer may state
 */
public record InterviewPlan(String role, Seniority seniority, int durationMinutes, long seed,
        List<PlannedQuestion> steps, String jobDescription) {

    public InterviewPlan(String role, Seniority seniority, int durationMinutes, long seed,
            List<PlannedQuestion> steps) {
        this(role, seniority, durationMinutes, seed, steps, null);
    }
}
