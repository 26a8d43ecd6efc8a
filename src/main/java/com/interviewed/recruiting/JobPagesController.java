package com.interviewed.recruiting;

import com.interviewed.accounts.SignedInUser;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Job campaigns: the list, creating and editing one, and its candidate pipeline. */
@Controller
class JobPagesController {

    private final JobRepository jobs;
    private final InviteRepository invites;
    private final RecruiterScope scope;
    private final RecruitingProperties properties;
    private final JobPlans plans;

    JobPagesController(JobRepository jobs, InviteRepository invites, RecruiterScope scope,
            RecruitingProperties properties, JobPlans plans) {
        this.plans = plans;
        this.jobs = jobs;
        this.invites = invites;
        this.scope = scope;
        this.properties = properties;
    }

    @GetMapping("/hire/jobs")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("jobs", jobs.list(scope.organization(user)));
        return "recruiting/jobs";
    }

    @GetMapping("/hire/jobs/new")
    String initCreationForm(Model model) {
        model.addAttribute("form", JobForm.blank());
        model.addAttribute("editing", false);
        return "recruiting/job-form";
    }

    @PostMapping("/hire/jobs/new")
    String processCreationForm(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") JobForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        String deadlineProblem = result.hasErrors() ? null : form.toDraft().deadlineProblem(scope.now(), null);
        if (deadlineProblem != null) {
            result.rejectValue("deadline", "past", deadlineProblem);
        }
        if (result.hasErrors()) {
            model.addAttribute("editing", false);
            return "recruiting/job-form";
        }
        UUID id = UUID.randomUUID();
        jobs.insert(id, scope.organization(user), user.id(), form.toDraft(), scope.now());
        plans.refresh(scope.job(user, id));
        redirect.addFlashAttribute("message", "Job created. Now invite your candidates.");
        return "redirect:/hire/jobs/" + id + "/invites";
    }

    @GetMapping("/hire/jobs/{id}/edit")
    String initUpdateForm(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        Job job = scope.job(user, id);
        model.addAttribute("job", job);
        model.addAttribute("form", JobForm.of(job));
        model.addAttribute("editing", true);
        return "recruiting/job-form";
    }

    @PostMapping("/hire/jobs/{id}/edit")
    String processUpdateForm(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("form") JobForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Job job = scope.job(user, id);
        if (!result.hasErrors()) {
            JobDraft draft = form.toDraft();
            String deadlineProblem = draft.deadlineProblem(scope.now(), job.deadline());
            if (deadlineProblem != null) {
                result.rejectValue("deadline", "past", deadlineProblem);
            }
            for (String field : draft.changesToFrozenInterview(job)) {
                result.rejectValue(field, "frozen", JobDraft.FROZEN + ".");
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("job", job);
            model.addAttribute("editing", true);
            return "recruiting/job-form";
        }
        jobs.update(job.id(), job.organizationId(), form.toDraft(), scope.now());
        plans.refresh(scope.job(user, id));
        redirect.addFlashAttribute("message", "Job saved.");
        return "redirect:/hire/jobs/" + id;
    }

    @GetMapping("/hire/jobs/{id}")
    String pipeline(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @ModelAttribute("query") PipelineQuery query, Model model) {
        addPipeline(user, id, query, model);
        return "recruiting/pipeline";
    }

    /** The planner proposes another set of questions; only until the first invite freezes the interview. */
    @PostMapping("/hire/jobs/{id}/plan/reshuffle")
    String reshuffle(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        Job job = scope.job(user, id);
        redirect.addFlashAttribute("message", plans.reshuffle(job) ? "The planner proposed another set of questions."
                : JobDraft.FROZEN + " interview.");
        return "redirect:/hire/jobs/" + id + "#interview";
    }

    @PostMapping("/hire/jobs/{id}/plan/challenge")
    String pickChallenge(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam String challengeId, RedirectAttributes redirect) {
        Job job = scope.job(user, id);
        redirect.addFlashAttribute("message", plans.pickChallenge(job, challengeId) ? "Coding challenge chosen."
                : job.planFrozen() ? JobDraft.FROZEN + " interview." : "That coding challenge cannot be used here.");
        return "redirect:/hire/jobs/" + id + "#interview";
    }

    /** The candidate table alone, which the page re-fetches every few seconds so finished interviews appear. */
    @GetMapping("/hire/jobs/{id}/pipeline")
    String pipelineRows(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @ModelAttribute("query") PipelineQuery query, Model model) {
        addPipeline(user, id, query, model);
        return "recruiting/pipeline :: candidates";
    }

    private void addPipeline(SignedInUser user, UUID id, PipelineQuery query, Model model) {
        Job job = scope.job(user, id);
        model.addAttribute("job", job);
        model.addAttribute("plan", plans.planOf(job));
        model.addAttribute("challenges", plans.challenges());
        model.addAttribute("counts", invites.counts(job.id(), job.organizationId(), scope.now()));
        model.addAttribute("pipeline", invites.page(job.id(), job.organizationId(), query, properties.pageSize(),
                scope.now()));
        java.util.Map<String, String> sorts = new java.util.LinkedHashMap<>();
        PipelineQuery.SORTS.keySet().forEach(key -> sorts.put(key, sortLabel(key)));
        model.addAttribute("sorts", sorts);
    }

    static String sortLabel(String sort) {
        return switch (sort) {
            case "score" -> "Overall score";
            case "technicalDepth" -> "Technical depth";
            case "problemSolving" -> "Problem solving";
            case "invited" -> "Newest invite";
            default -> Character.toUpperCase(sort.charAt(0)) + sort.substring(1);
        };
    }

    @ModelAttribute("query")
    PipelineQuery query(@RequestParam(required = false) String sort, @RequestParam(required = false) String status,
            @RequestParam(required = false) String band, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page) {
        return new PipelineQuery(sort, status, band, q, page);
    }
}
