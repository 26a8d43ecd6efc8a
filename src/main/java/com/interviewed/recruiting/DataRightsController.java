package com.interviewed.recruiting;

import com.interviewed.accounts.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deleting or anonymising a candidate's data, by a recruiter from the candidate's page or by the candidate from
 * their invite link (which works for this even after the interview or the link's expiry), and the organisation's
 * data settings: retention and the reply-to address of candidate emails.
 */
@Controller
class DataRightsController {

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CandidateDataRights rights;
    private final RecruiterScope scope;
    private final InviteRepository invites;
    private final OrganizationSettings settings;

    DataRightsController(CandidateDataRights rights, RecruiterScope scope, InviteRepository invites,
            OrganizationSettings settings) {
        this.rights = rights;
        this.scope = scope;
        this.invites = invites;
        this.settings = settings;
    }

    @PostMapping("/hire/jobs/{id}/candidates/{inviteId}/delete")
    String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID inviteId,
            @RequestParam(defaultValue = "") String confirm, RedirectAttributes redirect) {
        Job job = scope.job(user, id);
        Candidate candidate = scope.candidate(job, inviteId);
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute("error", "Confirm to delete the candidate's data.");
            return "redirect:/hire/jobs/" + id + "/candidates/" + inviteId;
        }
        rights.delete(candidate.inviteId(), job.organizationId(), candidate.email());
        redirect.addFlashAttribute("message", "All data of " + candidate.displayName() + " was deleted.");
        return "redirect:/hire/jobs/" + id;
    }

    @PostMapping("/hire/jobs/{id}/candidates/{inviteId}/anonymise")
    String anonymise(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID inviteId,
            @RequestParam(defaultValue = "") String confirm, RedirectAttributes redirect) {
        Job job = scope.job(user, id);
        Candidate candidate = scope.candidate(job, inviteId);
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute("error", "Confirm to anonymise the candidate.");
            return "redirect:/hire/jobs/" + id + "/candidates/" + inviteId;
        }
        rights.anonymise(candidate.inviteId(), job.organizationId());
        redirect.addFlashAttribute("message", "The candidate was anonymised: their scores stay, their identity is gone.");
        return "redirect:/hire/jobs/" + id + "/candidates/" + inviteId;
    }

    /** The candidate deletes their own data with the secret in their link. */
    @PostMapping("/invite/{token}/delete")
    String candidateDeletes(@PathVariable String token, @RequestParam(defaultValue = "") String confirm,
            Model model, HttpServletResponse response) {
        var invite = LinkTokens.plausible(token) ? invites.findByTokenHash(LinkTokens.hash(token)) : java.util.Optional
                .<InviteRepository.InviteLink>empty();
        if (invite.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("reason", "missing");
            return "recruiting/invite-unavailable";
        }
        if (!"yes".equals(confirm)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("reason", "confirm-delete");
            model.addAttribute("token", token);
            return "recruiting/invite-unavailable";
        }
        rights.delete(invite.get().id(), invite.get().organizationId(), invite.get().email());
        model.addAttribute("reason", "deleted");
        return "recruiting/invite-unavailable";
    }

    @GetMapping("/hire/settings")
    String settings(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("settings", settings.find(scope.organization(user)));
        model.addAttribute("senderEmail", user.email());
        return "recruiting/settings";
    }

    @PostMapping("/hire/settings")
    String saveSettings(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String retentionDays,
            @RequestParam(defaultValue = "") String replyTo, RedirectAttributes redirect) {
        Integer days = null;
        if (!retentionDays.isBlank()) {
            try {
                days = Integer.parseInt(retentionDays.strip());
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 7 || days > 3650) {
                redirect.addFlashAttribute("error", "Keep data between 7 and 3,650 days, or leave it empty to keep it.");
                return "redirect:/hire/settings";
            }
        }
        String address = replyTo.strip();
        if (!address.isEmpty() && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            redirect.addFlashAttribute("error", "The reply-to address is not an email address.");
            return "redirect:/hire/settings";
        }
        settings.save(scope.organization(user), new OrganizationSettings.Settings(days,
                address.isEmpty() ? null : address), scope.now());
        redirect.addFlashAttribute("message", "Saved.");
        return "redirect:/hire/settings";
    }
}
