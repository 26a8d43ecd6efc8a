package com.interviewed.notifications;

import com.interviewed.accounts.SignedInUser;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The organisation's outgoing email: where messages are read when no SMTP server is configured. */
@Controller
class OutboxController {

    private final EmailOutbox outbox;

    OutboxController(EmailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/hire/outbox")
    String outbox(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("messages", outbox.forOrganization(user.organizationId(), 200));
        return "notifications/outbox";
    }

    @GetMapping("/hire/outbox/{id}")
    String message(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("message", outbox.findForOrganization(id, user.organizationId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "notifications/message";
    }
}
