package com.interviewed.recruiting;

import com.interviewed.accounts.Accounts;
import com.interviewed.accounts.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
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

/** The organisation's recruiters, the owner's invitations to colleagues, and the page a colleague joins from. */
@Controller
class TeamController {

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Accounts accounts;
    private final ColleagueInvites colleagues;
    private final RecruiterScope scope;

    private final com.interviewed.accounts.SessionSignIn signIn;

    TeamController(Accounts accounts, ColleagueInvites colleagues, RecruiterScope scope,
            com.interviewed.accounts.SessionSignIn signIn) {
        this.signIn = signIn;
        this.accounts = accounts;
        this.colleagues = colleagues;
        this.scope = scope;
    }

    @GetMapping("/hire/team")
    String team(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("organization", accounts.organizationName(user.organizationId()).orElse(""));
        model.addAttribute("members", accounts.members(user.organizationId()));
        model.addAttribute("pending", colleagues.pending(user.organizationId()));
        model.addAttribute("owner", accounts.isOwner(user.id(), user.organizationId()));
        return "recruiting/team";
    }

    @PostMapping("/hire/team/invites")
    String inviteColleague(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String email,
            RedirectAttributes redirect) {
        if (!accounts.isOwner(user.id(), user.organizationId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the organisation's owner invites colleagues.");
        }
        String address = email.strip();
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            redirect.addFlashAttribute("error", "Enter a valid email address.");
        } else if (accounts.emailRegistered(address)) {
            redirect.addFlashAttribute("error", address + " already has an Interviewed account.");
        } else {
            colleagues.invite(user, address, scope.baseUrl());
            redirect.addFlashAttribute("message", "Invitation sent to " + address + ".");
        }
        return "redirect:/hire/team";
    }

    @GetMapping("/join/{token}")
    String initJoinForm(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<ColleagueInvites.Invitation> invitation = colleagues.find(token);
        if (invitation.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "recruiting/join-unavailable";
        }
        model.addAttribute("token", token);
        model.addAttribute("email", invitation.get().email());
        model.addAttribute("organization", accounts.organizationName(invitation.get().organizationId()).orElse(""));
        return "recruiting/join";
    }

    @PostMapping("/join/{token}")
    String processJoinForm(@PathVariable String token, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String password, Model model, HttpServletResponse response,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request) {
        Optional<ColleagueInvites.Invitation> invitation = colleagues.find(token);
        if (invitation.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "recruiting/join-unavailable";
        }
        String error = name.isBlank() || name.strip().length() > 100 ? "Enter your name (up to 100 characters)."
                : password.length() < 8 || password.length() > 128 ? "Use 8 to 128 characters for your password."
                : null;
        if (error == null) {
            try {
                var joined = colleagues.accept(invitation.get(), name, password);
                if (joined.isPresent()) {
                    redirect.addFlashAttribute("message", "Welcome to the team.");
                    return "redirect:" + signIn.signIn(joined.get(), request, response);
                }
            } catch (IllegalStateException alreadyRegistered) {
                error = "An account with this email already exists. Sign in instead.";
            }
        }
        model.addAttribute("token", token);
        model.addAttribute("email", invitation.get().email());
        model.addAttribute("organization", accounts.organizationName(invitation.get().organizationId()).orElse(""));
        model.addAttribute("name", name);
        model.addAttribute("error", error == null ? "This invitation has already been used." : error);
        return "recruiting/join";
    }
}
