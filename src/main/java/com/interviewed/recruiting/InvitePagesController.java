package com.interviewed.recruiting;

import com.interviewed.accounts.SignedInUser;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Bulk invites from a pasted list, with a line-by-line report; resending and revoking single invites. */
@Controller
class InvitePagesController {

    private final InviteService inviteService;
    private final RecruiterScope scope;
    private final RecruitingProperties properties;

    InvitePagesController(InviteService inviteService, RecruiterScope scope, RecruitingProperties properties) {
        this.inviteService = inviteService;
        this.scope = scope;
        this.properties = properties;
    }

    @GetMapping("/hire/jobs/{id}/invites")
    String initInviteForm(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("job", scope.job(user, id));
        model.addAttribute("emails", "");
        model.addAttribute("expiresInDays", properties.inviteExpiryDays());
        model.addAttribute("maxDays", properties.maxInviteExpiryDays());
        return "recruiting/invite-form";
    }

    @PostMapping("/hire/jobs/{id}/invites")
    String processInviteForm(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String emails, @RequestParam(required = false) Integer expiresInDays,
            Model model) {
        Job job = scope.job(user, id);
        model.addAttribute("job", job);
        model.addAttribute("maxDays", properties.maxInviteExpiryDays());
        model.addAttribute("expiresInDays", expiresInDays == null ? properties.inviteExpiryDays() : expiresInDays);
        try {
            InviteService.BatchResult result = inviteService.invite(job, emails, expiresInDays, scope.baseUrl(),
                    user.email());
            model.addAttribute("result", result);
            // Keep only what was rejected in the box, so it can be corrected and sent again.
            model.addAttribute("emails", String.join("\n", result.rejected().stream()
                    .filter(r -> !r.reason().startsWith("Duplicate") && !r.reason().startsWith("Already"))
                    .map(EmailListParser.Rejection::input).toList()));
        } catch (ResponseStatusException e) {
            model.addAttribute("error", e.getReason());
            model.addAttribute("emails", emails);
        }
        return "recruiting/invite-form";
    }

    @PostMapping("/hire/jobs/{id}/candidates/{inviteId}/resend")
    String resend(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID inviteId,
            RedirectAttributes redirect) {
        Job job = scope.job(user, id);
        Candidate candidate = scope.candidate(job, inviteId);
        try {
            inviteService.resend(job, candidate, scope.baseUrl(), user.email());
            redirect.addFlashAttribute("message", "A new link was sent to " + candidate.email()
                    + ". The previous link no longer works.");
        } catch (ResponseStatusException e) {
            redirect.addFlashAttribute("error", e.getReason());
        }
        return "redirect:/hire/jobs/" + id + "/candidates/" + inviteId;
    }

    @PostMapping("/hire/jobs/{id}/candidates/{inviteId}/revoke")
    String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID inviteId,
            @RequestParam(defaultValue = "") String confirm, RedirectAttributes redirect) {
        Job job = scope.job(user, id);
        Candidate candidate = scope.candidate(job, inviteId);
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute("error", "Confirm to revoke the invite.");
            return "redirect:/hire/jobs/" + id + "/candidates/" + inviteId;
        }
        try {
            inviteService.revoke(job, candidate);
            redirect.addFlashAttribute("message", "The invite for " + candidate.email() + " was revoked.");
        } catch (ResponseStatusException e) {
            redirect.addFlashAttribute("error", e.getReason());
        }
        return "redirect:/hire/jobs/" + id + "/candidates/" + inviteId;
    }
}
