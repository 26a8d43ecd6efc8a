package com.interviewed.recruiting;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The candidate's side of an invite, no account needed: the link's secret is the credential. The page shows the
 * job, what is recorded and how it is used, and a microphone check; starting creates the interview (or goes back
 * to the one already started, so a dropped connection loses nothing). Links that can no longer be used get a
 * page saying why, with 410 Gone; links that never existed get 404.
 */
@Controller
class CandidateInviteController {

    private final InviteRepository invites;
    private final JobRepository jobs;
    private final JobPlans plans;
    private final InterviewLauncher launcher;
    private final RecruitingProperties properties;
    private final java.time.Clock clock;
    private final com.interviewed.accounts.Accounts accounts;

    CandidateInviteController(InviteRepository invites, JobRepository jobs, JobPlans plans,
            InterviewLauncher launcher, RecruitingProperties properties, java.time.Clock clock,
            com.interviewed.accounts.Accounts accounts) {
        this.invites = invites;
        this.jobs = jobs;
        this.plans = plans;
        this.launcher = launcher;
        this.properties = properties;
        this.clock = clock;
        this.accounts = accounts;
    }

    @GetMapping("/invite/{token}")
    String invite(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<InviteRepository.InviteLink> found = lookup(token);
        if (found.isEmpty()) {
            return unavailable("missing", model, response);
        }
        InviteRepository.InviteLink invite = found.get();
        Job job = jobs.findById(invite.jobId()).orElseThrow();
        String problem = problem(invite, job);
        if (problem != null) {
            return unavailable(problem, model, response);
        }
        Instant now = clock.instant();
        invites.markOpened(invite.id(), now);
        model.addAttribute("token", token);
        model.addAttribute("job", job);
        model.addAttribute("organization", accounts.organizationName(job.organizationId()).orElse(""));
        model.addAttribute("name", invite.name() == null ? "" : invite.name());
        model.addAttribute("resuming", resumable(invite));
        return "recruiting/invite-landing";
    }

    @PostMapping("/invite/{token}/start")
    String start(@PathVariable String token, @RequestParam(defaultValue = "") String name, HttpSession session,
            Model model, HttpServletResponse response) {
        Optional<InviteRepository.InviteLink> found = lookup(token);
        if (found.isEmpty()) {
            return unavailable("missing", model, response);
        }
        InviteRepository.InviteLink invite = found.get();
        Job job = jobs.findById(invite.jobId()).orElseThrow();
        String problem = problem(invite, job);
        if (problem != null) {
            return unavailable(problem, model, response);
        }
        UUID interviewId = resumable(invite) ? invite.interviewId() : startNew(invite, job, name);
        launcher.grantAccess(session, interviewId);
        return "redirect:/interviews/" + interviewId;
    }

    private UUID startNew(InviteRepository.InviteLink invite, Job job, String name) {
        String candidateName = !name.isBlank() ? name.strip()
                : invite.name() != null ? invite.name() : invite.email().substring(0, invite.email().indexOf('@'));
        candidateName = candidateName.length() > 100 ? candidateName.substring(0, 100) : candidateName;
        UUID interviewId = launcher.createInvited(invite.id(), candidateName, plans.planFor(job, invite.id()),
                job.mode());
        if (!invites.attachInterview(invite.id(), invite.interviewId(), interviewId)) {
            // Another tab started one at the same moment: both go to the interview that was recorded first.
            return invites.interviewOf(invite.id()).orElse(interviewId);
        }
        return interviewId;
    }

    /** Why this link cannot be used now, or {@code null} when it can. */
    private String problem(InviteRepository.InviteLink invite, Job job) {
        Instant now = clock.instant();
        if ("REVOKED".equals(invite.status())) {
            return "revoked";
        }
        if (resumable(invite)) {
            return null;
        }
        if ("COMPLETED".equals(invite.status()) || "SCORED".equals(invite.status())) {
            // An interview that finished counts as an attempt even if it was recorded some other way.
            return Math.max(invite.attempts(), 1) < properties.attempts() ? null : "completed";
        }
        if (invite.expiresAt().isBefore(now)) {
            return "expired";
        }
        if (!job.acceptsCandidates(now)) {
            return "closed";
        }
        return null;
    }

    /** An interview was started from this link and has not finished: going back to it is always allowed. */
    private static boolean resumable(InviteRepository.InviteLink invite) {
        return invite.interviewId() != null && !"COMPLETED".equals(invite.status())
                && !"SCORED".equals(invite.status()) && !"REVOKED".equals(invite.status());
    }

    private Optional<InviteRepository.InviteLink> lookup(String token) {
        return LinkTokens.plausible(token) ? invites.findByTokenHash(LinkTokens.hash(token)) : Optional.empty();
    }

    private static String unavailable(String reason, Model model, HttpServletResponse response) {
        response.setStatus("missing".equals(reason) ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
        model.addAttribute("reason", reason);
        return "recruiting/invite-unavailable";
    }
}
