package com.interviewed.recruiting;

import com.interviewed.accounts.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The recruiting JSON API: jobs, bulk invites and the ranked candidate list, for recruiters only. */
@Tag(name = "Recruiting")
@RestController
@RequestMapping("/api/v1/jobs")
class JobsApiController {

    private final JobRepository jobs;
    private final InviteRepository invites;
    private final InviteService inviteService;
    private final RecruiterScope scope;
    private final RecruitingProperties properties;
    private final Validator validator;
    private final JobPlans plans;

    JobsApiController(JobRepository jobs, InviteRepository invites, InviteService inviteService,
            RecruiterScope scope, RecruitingProperties properties, Validator validator, JobPlans plans) {
        this.plans = plans;
        this.jobs = jobs;
        this.invites = invites;
        this.inviteService = inviteService;
        this.scope = scope;
        this.properties = properties;
        this.validator = validator;
    }

    @Operation(summary = "Create a job campaign", security = @SecurityRequirement(name = "bearer"))
    @PostMapping
    ResponseEntity<JobView> create(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody JobDraft draft) {
        UUID organization = scope.organization(user);
        String deadlineProblem = draft.deadlineProblem(scope.now(), null);
        if (deadlineProblem != null) {
            throw invalidField("deadline", deadlineProblem);
        }
        UUID id = UUID.randomUUID();
        jobs.insert(id, organization, user.id(), draft, scope.now());
        plans.refresh(jobs.find(id, organization).orElseThrow());
        return ResponseEntity.created(URI.create("/api/v1/jobs/" + id))
                .body(JobView.of(jobs.find(id, organization).orElseThrow()));
    }

    @Operation(summary = "Your organisation's job campaigns", security = @SecurityRequirement(name = "bearer"))
    @GetMapping
    List<JobRepository.JobSummary> list(@AuthenticationPrincipal SignedInUser user) {
        return jobs.list(scope.organization(user));
    }

    @Operation(summary = "One job campaign", security = @SecurityRequirement(name = "bearer"))
    @GetMapping("/{id}")
    JobView get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return JobView.of(scope.job(user, id));
    }

    @Operation(summary = "Change some fields of a job campaign (absent fields keep their value)",
            security = @SecurityRequirement(name = "bearer"))
    @PatchMapping("/{id}")
    JobView patch(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody JobPatch patch) {
        Job job = scope.job(user, id);
        JobDraft merged = patch.applyTo(job);
        Set<ConstraintViolation<JobDraft>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        String deadlineProblem = merged.deadlineProblem(scope.now(), job.deadline());
        if (deadlineProblem != null) {
            throw invalidField("deadline", deadlineProblem);
        }
        List<String> frozen = merged.changesToFrozenInterview(job);
        if (!frozen.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, JobDraft.FROZEN
                    + " interview: " + String.join(", ", frozen) + " can no longer change.");
            problem.setTitle("Interview frozen");
            problem.setProperty("fields", frozen);
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
        }
        jobs.update(job.id(), job.organizationId(), merged, scope.now());
        plans.refresh(scope.job(user, id));
        return JobView.of(scope.job(user, id));
    }

    @Operation(summary = "Invite candidates by email", security = @SecurityRequirement(name = "bearer"))
    @PostMapping("/{id}/invites")
    ResponseEntity<InviteBatchView> invite(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Valid @RequestBody InviteRequest request) {
        Job job = scope.job(user, id);
        InviteService.BatchResult result = inviteService.invite(job, String.join("\n", request.emails()),
                request.expiresInDays(), scope.baseUrl(), user.email());
        return ResponseEntity.status(result.created().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new InviteBatchView(
                        result.created().stream().map(c -> new CreatedView(c.inviteId(), c.email(), c.expiresAt()))
                                .toList(),
                        result.rejected().stream().map(r -> new RejectedView(r.input(), r.reason())).toList()));
    }

    @Operation(summary = "A job's invites", security = @SecurityRequirement(name = "bearer"))
    @GetMapping("/{id}/invites")
    PageView<CandidateView> invites(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "1") int page) {
        return candidates(user, id, "invited", null, page);
    }

    @Operation(summary = "A job's candidates, ranked (sort: score, communication, technicalDepth, problemSolving, "
            + "confidence, relevance, name, email, status, invited)", security = @SecurityRequirement(name = "bearer"))
    @GetMapping("/{id}/candidates")
    PageView<CandidateView> candidates(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "score") String sort, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") int page) {
        Job job = scope.job(user, id);
        InviteRepository.PipelinePage found = invites.page(job.id(), job.organizationId(),
                new PipelineQuery(sort, status, null, null, page), properties.pageSize(), scope.now());
        return new PageView<>(found.candidates().stream().map(CandidateView::of).toList(), found.total(),
                found.page(), found.pageSize(), found.pages());
    }

    @Operation(summary = "The job's structured interview: the questions in order and the coding challenge, the same "
            + "for every candidate once the first is invited", security = @SecurityRequirement(name = "bearer"))
    @GetMapping("/{id}/plan")
    PlanView plan(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        Job job = scope.job(user, id);
        com.interviewed.questions.InterviewPlan plan = plans.planOf(job);
        return new PlanView(job.planFrozen(), job.planFrozenAt(), JobPlans.challengeOf(plan), plan.steps().stream()
                .map(s -> new StepView(s.id(), s.category().name(), s.text(), s.challengeId(), s.minutes())).toList());
    }

    static ErrorResponseException invalidField(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid " + field + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    private static ErrorResponseException invalid(Set<? extends ConstraintViolation<?>> violations) {
        List<Map<String, String>> errors = violations.stream()
                .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
                .sorted(Comparator.comparing(e -> e.get("field")))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid "
                + String.join(", ", errors.stream().map(e -> e.get("field")).distinct().toList()) + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    record InviteRequest(@NotNull @Size(min = 1, max = EmailListParser.MAX_PER_BATCH) List<@NotNull String> emails,
            Integer expiresInDays) {
    }

    /** One page of a list, with the totals a client needs to fetch the rest. */
    record PageView<T>(List<T> items, long total, int page, int pageSize, int pages) {
    }

    record PlanView(boolean frozen, Instant frozenAt, String challengeId, List<StepView> steps) {
    }

    record StepView(String id, String category, String text, String challengeId, int minutes) {
    }

    record CreatedView(UUID inviteId, String email, Instant expiresAt) {
    }

    record RejectedView(String input, String reason) {
    }

    record InviteBatchView(List<CreatedView> created, List<RejectedView> rejected) {
    }

    record JobView(UUID id, String title, String description, List<String> requirements, String seniority,
            String mode, int durationMinutes, boolean coding, String language, List<String> customQuestions,
            String status, Instant deadline, Instant createdAt, Instant updatedAt) {

        static JobView of(Job job) {
            return new JobView(job.id(), job.title(), job.description(), job.requirements(), job.seniority(),
                    job.mode(), job.durationMinutes(), job.coding(), job.language(), job.customQuestions(),
                    job.status(), job.deadline(), job.createdAt(), job.updatedAt());
        }
    }

    record CandidateView(UUID inviteId, String email, String name, String status, Instant expiresAt,
            Scores scores, String band, String decision, CompletenessView completeness, String integrity) {

        static CandidateView of(Candidate c) {
            return new CandidateView(c.inviteId(), c.email(), c.name(), c.status(), c.expiresAt(), c.scores(),
                    c.scores() == null ? null : c.scores().band().label(), c.decision(),
                    CompletenessView.of(c.completeness()), c.integritySummary());
        }
    }

    record CompletenessView(int questionsPlanned, int questionsAsked, int questionsAnswered, int questionsSkipped,
            boolean codingPlanned, boolean codingDone, boolean incomplete, String summary) {

        static CompletenessView of(Completeness c) {
            return c == null ? null : new CompletenessView(c.planned(), c.asked(), c.answered(), c.skipped(),
                    c.codingPlanned(), c.codingDone(), c.incomplete(), c.summary());
        }
    }

    /** PATCH body: every field optional. */
    record JobPatch(String title, String description, List<String> requirements, String seniority, String mode,
            Integer durationMinutes, Boolean coding, String language, List<String> customQuestions, String status,
            Instant deadline, Boolean clearDeadline) {

        JobDraft applyTo(Job job) {
            return new JobDraft(title != null ? title : job.title(),
                    description != null ? description : job.description(),
                    requirements != null ? requirements : job.requirements(),
                    seniority != null ? seniority : job.seniority(), mode != null ? mode : job.mode(),
                    durationMinutes != null ? durationMinutes : job.durationMinutes(),
                    coding != null ? coding : job.coding(), language != null ? language : job.language(),
                    customQuestions != null ? customQuestions : job.customQuestions(),
                    status != null ? status : job.status(),
                    Boolean.TRUE.equals(clearDeadline) ? null : deadline != null ? deadline : job.deadline());
        }
    }
}
