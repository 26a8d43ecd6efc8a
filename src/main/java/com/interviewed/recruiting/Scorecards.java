package com.interviewed.recruiting;

import com.interviewed.interview.CodeSnapshot;
import com.interviewed.interview.Interviews;
import com.interviewed.scoring.Evaluations;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds a candidate's {@link Scorecard} from the interview and scoring modules' public APIs. */
@Component
class Scorecards {

    private final Interviews interviews;
    private final Evaluations evaluations;
    private final JobPlans plans;

    Scorecards(Interviews interviews, Evaluations evaluations, JobPlans plans) {
        this.interviews = interviews;
        this.evaluations = evaluations;
        this.plans = plans;
    }

    /** The scorecard of the candidate's latest interview, or {@code null} when there is none. */
    Scorecard of(Job job, Candidate candidate) {
        if (candidate.interviewId() == null) {
            return null;
        }
        return interviews.find(candidate.interviewId()).map(interview -> {
            List<CodeSnapshot> code = interviews.code(interview.id());
            Completeness completeness = candidate.completeness() != null ? candidate.completeness()
                    : InterviewOutcome.completeness(interview, interviews.askedStepIds(interview.id()), code);
            return Scorecard.of(candidate.displayName(), interview,
                    evaluations.forInterview(interview.id()).orElse(null), interviews.turnTimes(interview.id()),
                    code, IntegrityWords.describeAll(interviews.integrityFlags(interview.id())), completeness,
                    JobPlans.sameInterview(plans.planOf(job), interview.plan()));
        }).orElse(null);
    }
}
