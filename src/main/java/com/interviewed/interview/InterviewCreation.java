package com.interviewed.interview;

import com.interviewed.accounts.SignedInUser;
import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.InterviewPlanner;
import com.interviewed.questions.Persona;
import com.interviewed.questions.Personas;
import com.interviewed.questions.PlanRequest;
import com.interviewed.resumes.ResumeProfile;
import com.interviewed.resumes.Resumes;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

/** Plans a new interview and stores it, ready for the candidate to connect. */
@Service
class InterviewCreation {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final InterviewRepository interviews;
    private final InterviewPlanner planner;
    private final Personas personas;
    private final Resumes resumes;
    private final JsonMapper json;
    private final Clock clock;
    private final PlanSeeds seeds;

    InterviewCreation(InterviewRepository interviews, InterviewPlanner planner, Personas personas, Resumes resumes,
            JsonMapper json, Clock clock, ObjectProvider<PlanSeeds> seeds) {
        this.interviews = interviews;
        this.planner = planner;
        this.personas = personas;
        this.resumes = resumes;
        this.json = json;
        this.clock = clock;
        this.seeds = seeds.getIfAvailable(() -> RANDOM::nextLong);
    }

    /** A practice interview for a signed-in candidate. */
    CreatedInterview createPractice(SignedInUser user, PracticeRequest request) {
        ResumeProfile profile = null;
        if (request.resumeId() != null) {
            profile = resumes.profile(request.resumeId(), user.id())
                    .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
        }
        boolean panel = "PANEL".equals(request.mode());
        PlanRequest planRequest = new PlanRequest(request.role(), request.seniority(), request.industry(),
                request.durationMinutes(), null, profile, List.of(), request.includeCoding(), panel,
                seeds.next());
        return create(user.id(), null, request.resumeId(), user.name(), planRequest, request.mode());
    }

    CreatedInterview create(UUID candidateId, UUID inviteId, UUID resumeId, String candidateName,
            PlanRequest planRequest, String mode) {
        return create(candidateId, inviteId, resumeId, candidateName, plan(planRequest), mode);
    }

    /** An interview on a plan fixed beforehand (a recruiter's job): the persona follows from the plan's seed too. */
    CreatedInterview create(UUID candidateId, UUID inviteId, UUID resumeId, String candidateName,
            InterviewPlan plan, String mode) {
        List<Persona> interviewers = "PANEL".equals(mode) ? personas.panel()
                : List.of(personas.pick(plan.seed(), candidateName));
        ConversationState state = ConversationState.initial(interviewers.stream().map(Persona::id).toList());
        UUID id = UUID.randomUUID();
        InterviewRow row = new InterviewRow(id, candidateId, inviteId, resumeId, plan.role(), mode, InterviewStatus.CREATED,
                candidateName, json.writeValueAsString(plan), json.writeValueAsString(state), clock.instant(), null,
                null);
        interviews.insert(row, interviewers.get(0).name());
        return new CreatedInterview(id, plan, interviewers);
    }

    private InterviewPlan plan(PlanRequest request) {
        try {
            return planner.plan(request);
        } catch (IllegalArgumentException e) {
            throw new InvalidInterviewRequestException(e.getMessage());
        }
    }

    record CreatedInterview(UUID id, InterviewPlan plan, List<Persona> interviewers) {
    }
}
