package com.interviewed.recruiting;

import com.interviewed.accounts.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * One candidate through the API: the scorecard, the decision and shared notes, each reviewer's own review,
 * resend / revoke / retake, delete / anonymise; and the job's ATS-shaped export (JSON and CSV). Another
 * organisation's ids are 404, like everywhere in recruiting; errors are RFC 9457 problem documents.
 */
@Tag(name = "Recruiting")
@RestController
@RequestMapping("/api/v1/jobs/{id}")
class CandidatesApiController {

    private final RecruiterScope scope;
    private final Scorecards scorecards;
    private final tools.jackson.databind.json.JsonMapper json;
    private final Decisions decisions;
    private final ReviewRepository reviews;
    private final InviteService inviteService;
    private final InviteRepository invites;
    private final CandidateDataRights rights;
    private final RecruitingProperties properties;

    CandidatesApiController(RecruiterScope scope, Scorecards scorecards, tools.jackson.databind.json.JsonMapper json, Decisions decisions,
            ReviewRepository reviews, InviteService inviteService, InviteRepository invites,
            CandidateDataRights rights, RecruitingProperties properties) {
        this.scope = scope;
        this.scorecards = scorecards;
        this.json = json;
        this.decisions = decisions;
        this.reviews = reviews;
        this.inviteService = inviteService;
        this.invites = invites;
        this.rights = rights;
        this.properties = properties;
    }

    @Operation(summary = "A candidate with status, scores, completeness, reviews and the recruiter scorecard "
            + "(null until the interview starts)", security = @SecurityRequirement(name = "bearer"))
    @GetMapping("/candidates/{inviteId}")
    CandidateDetail candidate(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable UUID inviteId) {
        Job job = scope.job(user, id);
        Candidate candidate = scope.candidate(job, inviteId);
        return new CandidateDetail(JobsApiController.CandidateView.of(candidate), candidate.notes(),
                reviews.forInvite(candidate.inviteId(), job.organizationId()),
                scorecards.of(job, candidate));
    }

    @Operation(summary = "Set the decision (ADVANCE, HOLD, REJECT or null) and the shared notes",
            security = @SecurityRequirement(name = "bearer"))
    @PutMapping("/candidates/{inviteId}/decision")
    CandidateDetail decide(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable UUID inviteId, @Valid @RequestBody DecisionRequest request) {
        Job job = scope.job(user, id);
        Candidate candidate = scope.candidate(job, inviteId);
        decisions.review(job, candidate, blankToNull(request.notes()), request.decision(), user);
        return candidate(user, id, inviteId);
    }

    @Operation(summary = "Your own review of the candidate (score 1–10 and notes); other reviewers keep theirs",
            security = @SecurityRequirement(name = "bearer"))
    @PutMapping("/candidates/{inviteId}/reviews/mine")
    List<ReviewRepository.Review> review(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable UUID inviteId, @Valid @RequestBody ReviewRequest request) {
        Job job = scope.job(user, id);
        Candidate candidate = scope.candidate(job, inviteId);
        reviews.save(candidate.inviteId(), job.organizationId(), user.id(), user.name(), request.score(),
                blankToNull(request.notes()), scope.now());
        return reviews.forInvite(candidate.inviteId(), job.organizationId());
    }

    @Operation(summary = "Send a new link (the old one stops working); also re-invites a revoked candidate",
            security = @SecurityRequirement(name = "bearer"))
    @PostMapping("/candidates/{inviteId}/resend")
    Map<String, Object> resend(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable UUID inviteId) {
        Job job = scope.job(user, id);
        Instant expiresAt = inviteService.resend(job, scope.candidate(job, inviteId), scope.baseUrl(), user.email());
        return Map.of("inviteId", inviteId, "expiresAt", expiresAt.toString());
    }

    @Operation(summary = "Revoke an unused invite", security = @SecurityRequirement(name = "bearer"))
    @PostMapping("/candidates/{inviteId}/revoke")
    JobsApiController.CandidateView revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable UUID inviteId) {
        Job job = scope.job(user, id);
        inviteService.revoke(job, scope.candidate(job, inviteId));
        return JobsApiController.CandidateView.of(scope.candidate(job, inviteId));
    }

    @Operation(summary = "Offer a retake of a finished interview", security = @SecurityRequirement(name = "bearer"))
    @PostMapping("/candidates/{inviteId}/retake")
    JobsApiController.CandidateView retake(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable UUID inviteId) {
        Job job = scope.job(user, id);
        Candidate candidate = scope.candidate(job, inviteId);
        if (!invites.grantRetake(candidate.inviteId(), job.organizationId(),
                scope.now().plus(java.time.Duration.ofDays(properties.inviteExpiryDays())))) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "A retake can be offered once the interview has finished.");
        }
        return JobsApiController.CandidateView.of(scope.candidate(job, inviteId));
    }

    @Operation(summary = "Delete all of the candidate's data", security = @SecurityRequirement(name = "bearer"))
    @DeleteMapping("/candidates/{inviteId}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable UUID inviteId) {
        Job job = scope.job(user, id);
        Candidate candidate = scope.candidate(job, inviteId);
        rights.delete(candidate.inviteId(), job.organizationId(), candidate.email());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Anonymise the candidate: scores stay, identity goes", security = @SecurityRequirement(name = "bearer"))
    @PostMapping("/candidates/{inviteId}/anonymise")
    JobsApiController.CandidateView anonymise(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable UUID inviteId) {
        Job job = scope.job(user, id);
        rights.anonymise(scope.candidate(job, inviteId).inviteId(), job.organizationId());
        return JobsApiController.CandidateView.of(scope.candidate(job, inviteId));
    }

    @Operation(summary = "ATS-shaped export: candidates with scorecards mapping onto Greenhouse and Lever "
            + "(format=json or csv; same sort and filters as the pipeline)", security = @SecurityRequirement(name = "bearer"))
    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "json") String format, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String status, HttpServletResponse response) throws IOException {
        Job job = scope.job(user, id);
        if (!format.equals("json") && !format.equals("csv")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "format must be json or csv.");
            problem.setTitle("Invalid request");
            problem.setProperty("errors", List.of(Map.of("field", "format", "message", "must be json or csv")));
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        String base = scope.baseUrl().replaceAll("/+$", "") + "/hire/jobs/" + job.id() + "/candidates/";
        PipelineQuery query = new PipelineQuery(sort, status, null, null, 1);
        String file = CsvExport.fileName(job.title(), java.time.LocalDate.ofInstant(scope.now(),
                java.time.ZoneOffset.UTC)).replace("-candidates-", "-ats-");
        if (format.equals("csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
            Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            AtsExport.writeHeader(out);
            invites.forEach(job.id(), job.organizationId(), query, scope.now(), c -> {
                try {
                    AtsExport.writeCsv(out, c, base + c.inviteId());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
            return;
        }
        List<Map<String, Object>> candidates = new ArrayList<>();
        invites.forEach(job.id(), job.organizationId(), query, scope.now(),
                c -> candidates.add(AtsExport.json(c, base + c.inviteId())));
        response.setContentType("application/json");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.replace(".csv", ".json") + "\"");
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("job", Map.of("externalId", job.id(), "title", job.title(), "status", job.status()));
        body.put("total", candidates.size());
        body.put("candidates", candidates);
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record CandidateDetail(JobsApiController.CandidateView candidate, String notes,
            List<ReviewRepository.Review> reviews, Scorecard scorecard) {
    }

    record DecisionRequest(@Pattern(regexp = "ADVANCE|HOLD|REJECT", message = "must be ADVANCE, HOLD, REJECT or null")
            String decision, @Size(max = 10_000) String notes) {
    }

    record ReviewRequest(@DecimalMin("1") @DecimalMax("10") Double score, @Size(max = 10_000) String notes) {
    }
}
