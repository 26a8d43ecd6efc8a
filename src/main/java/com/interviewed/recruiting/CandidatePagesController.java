package com.interviewed.recruiting;

import com.interviewed.accounts.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import com.interviewed.interview.Interviews;
import com.interviewed.scoring.Evaluations;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One candidate in detail with the recruiter's notes and decision, side-by-side comparison, and CSV export. */
@Controller
class CandidatePagesController {

    private static final Set<String> DECISIONS = Set.of("ADVANCE", "HOLD", "REJECT");

    private final InviteRepository invites;
    private final RecruiterScope scope;
    private final Evaluations evaluations;
    private final Interviews interviews;
    private final ReviewRepository reviews;
    private final JobPlans plans;
    private final RecruitingProperties properties;
    private final Decisions reviewService;
    private final Scorecards scorecards;

    CandidatePagesController(InviteRepository invites, RecruiterScope scope, Evaluations evaluations,
            Interviews interviews, ReviewRepository reviews, JobPlans plans, RecruitingProperties properties,
            Decisions reviewService, Scorecards scorecards) {
        this.reviewService = reviewService;
        this.scorecards = scorecards;
        this.reviews = reviews;
        this.plans = plans;
        this.properties = properties;
        this.invites = invites;
        this.scope = scope;
        this.evaluations = evaluations;
        this.interviews = interviews;
    }

    @GetMapping("/hire/jobs/{id}/candidates/{inviteId}")
    String candidate(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID inviteId,
            Model model) {
        Job job = scope.job(user, id);
        model.addAttribute("job", job);
        Candidate candidate = scope.candidate(job, inviteId);
        model.addAttribute("candidate", candidate);
        model.addAttribute("reviews", reviews.forInvite(candidate.inviteId(), job.organizationId()));
        model.addAttribute("myReview", reviews.forInvite(candidate.inviteId(), job.organizationId()).stream()
                .filter(r -> r.reviewerId().equals(user.id())).findFirst().orElse(null));
        if (candidate.interviewId() != null) {
            model.addAttribute("evaluationStatus", evaluations.status(candidate.interviewId()));
            model.addAttribute("scorecard", scorecards.of(job, candidate));
        }
        return "recruiting/candidate";
    }

    /** Offers one more attempt after a finished interview, for example when room noise cut it short. */
    @PostMapping("/hire/jobs/{id}/candidates/{inviteId}/retake")
    String retake(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID inviteId,
            RedirectAttributes redirect) {
        Job job = scope.job(user, id);
        Candidate candidate = scope.candidate(job, inviteId);
        if (invites.grantRetake(candidate.inviteId(), job.organizationId(),
                scope.now().plus(java.time.Duration.ofDays(properties.inviteExpiryDays())))) {
            redirect.addFlashAttribute("message", candidate.displayName()
                    + " may take the interview again with the same link. The new scores replace these when done.");
        } else {
            redirect.addFlashAttribute("error", "A retake can be offered once the interview has finished.");
        }
        return "redirect:/hire/jobs/" + id + "/candidates/" + inviteId;
    }

    /** Each reviewer's own score and notes; several recruiters can review one candidate. */
    @PostMapping("/hire/jobs/{id}/candidates/{inviteId}/my-review")
    String myReview(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID inviteId,
            @RequestParam(defaultValue = "") String score, @RequestParam(defaultValue = "") String notes,
            RedirectAttributes redirect) {
        Job job = scope.job(user, id);
        Candidate candidate = scope.candidate(job, inviteId);
        Double value = null;
        if (!score.isBlank()) {
            try {
                value = Double.parseDouble(score.strip());
            } catch (NumberFormatException e) {
                value = -1.0;
            }
            if (value < 1 || value > 10) {
                redirect.addFlashAttribute("error", "Your score must be a number from 1 to 10.");
                return "redirect:/hire/jobs/" + id + "/candidates/" + inviteId;
            }
        }
        String trimmed = notes.strip();
        reviews.save(candidate.inviteId(), job.organizationId(), user.id(), user.name(), value,
                trimmed.isEmpty() ? null : trimmed.substring(0, Math.min(trimmed.length(), 10_000)), scope.now());
        redirect.addFlashAttribute("message", "Your review was saved.");
        return "redirect:/hire/jobs/" + id + "/candidates/" + inviteId;
    }

    /** Notes and the decision are a person's: nothing else in the product ever writes them. */
    @PostMapping("/hire/jobs/{id}/candidates/{inviteId}/review")
    String review(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID inviteId,
            @RequestParam(defaultValue = "") String notes, @RequestParam(defaultValue = "") String decision,
            RedirectAttributes redirect) {
        Job job = scope.job(user, id);
        Candidate candidate = scope.candidate(job, inviteId);
        if (!decision.isEmpty() && !DECISIONS.contains(decision)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Decision must be advance, hold or reject.");
        }
        String trimmed = notes.strip();
        reviewService.review(job, candidate, trimmed.isEmpty() ? null
                : trimmed.substring(0, Math.min(trimmed.length(), 10_000)), decision.isEmpty() ? null : decision, user);
        redirect.addFlashAttribute("message", "Saved.");
        return "redirect:/hire/jobs/" + id + "/candidates/" + inviteId;
    }

    @GetMapping("/hire/jobs/{id}/compare")
    String compare(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "") List<String> ids, Model model, RedirectAttributes redirect) {
        Job job = scope.job(user, id);
        Set<UUID> wanted = new LinkedHashSet<>();
        for (String value : ids.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList()) {
            try {
                wanted.add(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                throw RecruiterScope.notFound();
            }
        }
        if (wanted.size() < 2 || wanted.size() > 4) {
            // Back to the pipeline with the reason, not an error page: the recruiter only needs to tick again.
            redirect.addFlashAttribute("message", "Choose two to four candidates to compare (you chose "
                    + wanted.size() + ").");
            return "redirect:/hire/jobs/" + id;
        }
        List<Candidate> found = invites.findAll(job.id(), job.organizationId(), wanted, scope.now());
        if (found.size() != wanted.size()) {
            throw RecruiterScope.notFound();
        }
        List<Candidate> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparing((Candidate c) -> c.scores() == null ? -1 : c.scores().overall())
                .reversed());
        model.addAttribute("job", job);
        model.addAttribute("candidates", ordered);
        model.addAttribute("plan", plans.planOf(job));
        model.addAttribute("fairness", Fairness.of(plans.planOf(job), ordered, interviewId -> interviews
                .find(interviewId).map(com.interviewed.interview.InterviewSnapshot::plan).orElse(null)));
        return "recruiting/compare";
    }

    @GetMapping("/hire/jobs/{id}/export.csv")
    void export(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String status,
            @RequestParam(required = false) String band, @RequestParam(required = false) String q,
            HttpServletResponse response) throws IOException {
        Job job = scope.job(user, id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\""
                + CsvExport.fileName(job.title(), java.time.LocalDate.ofInstant(scope.now(), java.time.ZoneOffset.UTC))
                + "\"");
        Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvExport.writeHeader(out);
        invites.forEach(job.id(), job.organizationId(), new PipelineQuery(sort, status, band, q, 1), scope.now(),
                candidate -> {
                    try {
                        CsvExport.write(out, candidate);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        out.flush();
    }
}
