package com.interviewed.interview;

import com.interviewed.accounts.SignedInUser;
import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.Seniority;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Tag(name = "Interviews")
@RestController
@RequestMapping("/api/v1/interviews")
class InterviewApiController {

    private final InterviewCreation creation;
    private final InterviewRepository repository;
    private final Interviews interviews;
    private final InterviewSessions sessions;
    private final InterviewAccess access;

    InterviewApiController(InterviewCreation creation, InterviewRepository repository, Interviews interviews,
            InterviewSessions sessions, InterviewAccess access) {
        this.creation = creation;
        this.repository = repository;
        this.interviews = interviews;
        this.sessions = sessions;
        this.access = access;
    }

    @Operation(summary = "Plan a practice interview; connect to websocketUrl to take it")
    @PostMapping
    ResponseEntity<CreatedView> create(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody CreateRequest request, HttpServletRequest http) {
        InterviewCreation.CreatedInterview created = creation.createPractice(user, request.toPracticeRequest());
        URI location = URI.create("/api/v1/interviews/" + created.id());
        return ResponseEntity.created(location).body(new CreatedView(created.id(), websocketUrl(http, created.id()),
                PlanView.of(created.plan()), created.interviewers().stream().map(p -> p.name()).toList()));
    }

    @Operation(summary = "Your interviews, newest first")
    @GetMapping
    List<SummaryView> list(@AuthenticationPrincipal SignedInUser user) {
        return repository.findByCandidate(user.id(), 100).stream()
                .map(row -> new SummaryView(row.id(), row.role(), row.mode(), row.status(), row.createdAt(),
                        row.endedAt()))
                .toList();
    }

    @Operation(summary = "An interview's state and full transcript")
    @GetMapping("/{id}")
    DetailView get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, HttpServletRequest http) {
        InterviewRow row = accessible(user, id, http.getSession(false));
        InterviewSnapshot snapshot = interviews.find(id).orElseThrow();
        return new DetailView(row.id(), row.role(), row.mode(), row.status(), row.createdAt(), row.startedAt(),
                row.endedAt(), PlanView.of(snapshot.plan()), snapshot.transcript());
    }

    @Operation(summary = "End an interview now; scoring starts in the background")
    @PostMapping("/{id}/end")
    SummaryView end(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, HttpServletRequest http) {
        accessible(user, id, http.getSession(false));
        sessions.endNow(id);
        InterviewRow row = repository.find(id).orElseThrow();
        return new SummaryView(row.id(), row.role(), row.mode(), row.status(), row.createdAt(), row.endedAt());
    }

    private InterviewRow accessible(SignedInUser user, UUID id, HttpSession session) {
        return access.require(repository.find(id), user, session);
    }

    static String websocketUrl(HttpServletRequest request, UUID id) {
        String http = ServletUriComponentsBuilder.fromContextPath(request).path("/ws/interviews/{id}")
                .buildAndExpand(id).toUriString();
        return http.replaceFirst("^http", "ws");
    }

    record CreateRequest(
            @NotBlank @Size(max = 60) String role,
            @Pattern(regexp = "SOLO|PANEL", message = "must be SOLO or PANEL") String mode,
            UUID resumeId,
            @Pattern(regexp = "JUNIOR|MID|SENIOR|LEAD", message = "must be JUNIOR, MID, SENIOR or LEAD")
            String seniority,
            @Min(value = 15, message = "must be 15, 30 or 45") @Max(value = 45, message = "must be 15, 30 or 45")
            Integer durationMinutes,
            @Size(max = 40) String industry,
            Boolean includeCoding) {

        PracticeRequest toPracticeRequest() {
            return new PracticeRequest(role.strip(), mode == null ? "SOLO" : mode,
                    seniority == null ? Seniority.MID : Seniority.valueOf(seniority),
                    durationMinutes == null ? 15 : Math.round(durationMinutes / 15f) * 15,
                    industry == null || industry.isBlank() ? null : industry.strip(),
                    includeCoding == null || includeCoding, resumeId);
        }
    }

    record CreatedView(UUID id, String websocketUrl, PlanView plan, List<String> interviewers) {
    }

    record PlanView(List<QuestionView> questions, int durationMinutes) {
        static PlanView of(InterviewPlan plan) {
            return new PlanView(plan.steps().stream().map(QuestionView::of).toList(), plan.durationMinutes());
        }
    }

    record QuestionView(String id, String category, String text, String competency, String panelRole) {
        static QuestionView of(PlannedQuestion q) {
            return new QuestionView(q.id(), q.category().name(), q.text(), q.competency(), q.panelRole());
        }
    }

    record SummaryView(UUID id, String role, String mode, InterviewStatus status, Instant createdAt, Instant endedAt) {
    }

    record DetailView(UUID id, String role, String mode, InterviewStatus status, Instant createdAt, Instant startedAt,
            Instant endedAt, PlanView plan, List<TranscriptTurn> transcript) {
    }
}
