package com.interviewed.recruiting;

import com.interviewed.questions.InterviewPlan;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the compare page may truthfully say about the interviews behind the scores: checked against each
 * candidate's recorded plan, not assumed. Candidates who have not started have no interview to compare yet.
 *
 * @param same      every compared candidate with an interview had exactly the job's plan
 * @param different names of those whose interview differed (from before plans were frozen, for example)
 * @param questions the plan's number of steps; {@code challenge} its coding challenge or {@code null}
 */
record Fairness(boolean same, List<String> different, List<String> notStarted, int questions, String challenge) {

    static Fairness of(InterviewPlan jobPlan, List<Candidate> candidates, Function<UUID, InterviewPlan> planOf) {
        List<String> different = new java.util.ArrayList<>();
        List<String> notStarted = new java.util.ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.interviewId() == null) {
                notStarted.add(candidate.displayName());
            } else if (!JobPlans.sameInterview(jobPlan, planOf.apply(candidate.interviewId()))) {
                different.add(candidate.displayName());
            }
        }
        return new Fairness(different.isEmpty(), different, notStarted, jobPlan.steps().size(),
                JobPlans.challengeOf(jobPlan));
    }
}
