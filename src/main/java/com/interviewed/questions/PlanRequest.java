package com.interviewed.questions;

import com.interviewed.resumes.ResumeProfile;
import java.util.List;

/**
 * What the planner needs. Only {@code role} is required; the planner is deterministic for a given {@code seed}.
 *
 * @param role            a role id from {@link QuestionBank#roles()} (for example {@code backend})
 * @param industry        optional industry pack ({@code healthcare}, {@code finance}, {@code education},
 *                        {@code public-sector}) or {@code null}
 * @param durationMinutes 15, 30 or 45
 * @param profile         the candidate's resume profile, or {@code null}
 * @param customQuestions asked verbatim (recruiter's job campaigns)
 * @param panel           plan for the three-person panel (each step names its panelist)
 */
public record PlanRequest(String role, Seniority seniority, String industry, int durationMinutes,
        String jobDescription, ResumeProfile profile, List<String> customQuestions, boolean includeCoding,
        boolean panel, long seed) {
}
