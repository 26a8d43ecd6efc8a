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

    private static final String SESSION_KEY = "interviewed.invite-started.";

    private final InviteRepository invites;
    private final JobRepository jobs;
    private final JobPlans plans;
    private final InterviewLauncher launcher;
    private final RecruitingProperties properties;
    private final java.time.Clock clock;
    private final com.interviewed.accounts.Accounts accounts;
    private final RecruitingEvents events;

    CandidateInviteController(InviteRepository invites, JobRepository jobs, JobPlans plans,
            InterviewLauncher launcher, RecruitingProperties properties, java.time.Clock clock,
            com.interviewed.accounts.Accounts accounts, RecruitingEvents events) {
        this.events = events;
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
            return unavailable(replaced(token) ? "replaced" : "missing", model, response);
        }
        InviteRepository.InviteLink invite = found.get();
        Job job = jobs.findById(invite.jobId()).orElseThrow();
        String problem = problem(invite, job);
        if (problem != null) {
            model.addAttribute("token", token);
            return unavailable(problem, model, response);
        }
        if (invites.markOpened(invite.id(), clock.instant())) {
            events.inviteOpened(invite.id());
        }
        landing(token, invite, job, model);
        return "recruiting/invite-landing";
    }

    private void landing(String token, InviteRepository.InviteLink invite, Job job, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("job", job);
        model.addAttribute("organization", accounts.organizationName(job.organizationId()).orElse(""));
        model.addAttribute("name", invite.name() == null ? "" : invite.name());
        model.addAttribute("resuming", resumable(invite));
        model.addAttribute("liveElsewhere", false);
    }

    @PostMapping("/invite/{token}/start")
    String start(@PathVariable String token, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String takeOver, HttpSession session, Model model,
            HttpServletResponse response) {
        Optional<InviteRepository.InviteLink> found = lookup(token);
        if (found.isEmpty()) {
            return unavailable(replaced(token) ? "replaced" : "missing", model, response);
        }
        InviteRepository.InviteLink invite = found.get();
        Job job = jobs.findById(invite.jobId()).orElseThrow();
        String problem = problem(invite, job);
        if (problem != null) {
            model.addAttribute("token", token);
            return unavailable(problem, model, response);
        }
        String startedHere = SESSION_KEY + invite.id();
        if (resumable(invite) && "IN_PROGRESS".equals(invite.status()) && session.getAttribute(startedHere) == null
                && !"yes".equals(takeOver)) {
            // A forwarded link must not silently take over someone's live interview: this browser did not start
            // it, so it asks first (the candidate's own new browser after a crash confirms and carries on).
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            landing(token, invite, job, model);
            model.addAttribute("liveElsewhere", true);
            return "recruiting/invite-landing";
        }
        UUID interviewId = resumable(invite) ? invite.interviewId() : startNew(invite, job, name);
        session.setAttribute(startedHere, Boolean.TRUE);
        launcher.grantAccess(session, interviewId);
        return "redirect:/interviews/" + interviewId;
    }

    private UUID startNew(InviteRepository.InviteLink invite, Job job, String name) {
        String candidateName = !name.isBlank() ? name.strip()
                : invite.name() != null ? invite.name() : invite.email().substring(0, invite.email().indexOf('@'));
        candidateName = candidateName.length() > 100 ? candidateName.substring(0, 100) : candidateName;
        if (!name.isBlank()) {
            invites.saveName(invite.id(), candidateName);
        }
        jobs.freezePlan(job.id(), clock.instant());
        UUID interviewId = launcher.start(invite.id(), candidateName, plans.planOf(job), job.mode());
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
            return Math.max(invite.attempts(), 1) < properties.attempts() + invite.retakesGranted() ? null : "completed";
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

    private boolean replaced(String token) {
        return LinkTokens.plausible(token) && invites.wasReplaced(LinkTokens.hash(token));
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
