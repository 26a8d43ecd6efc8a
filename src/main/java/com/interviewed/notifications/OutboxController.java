package com.interviewed.notifications;

import com.interviewed.accounts.SignedInUser;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The organisation's outgoing email: where messages are read when no SMTP server is configured. */
@Controller
class OutboxController {

    private final EmailOutbox outbox;

    OutboxController(EmailOutbox outbox) {
        this.outbox = outbox;
    }

    private static final int PAGE_SIZE = 50;

    @GetMapping("/hire/outbox")
    String outbox(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String job,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        UUID jobId = null;
        if (job != null && !job.isBlank()) {
            try {
                jobId = UUID.fromString(job.strip());
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        EmailOutbox.OutboxPage found = outbox.page(user.organizationId(), jobId, q, page, PAGE_SIZE);
        model.addAttribute("messages", found.messages());
        model.addAttribute("outboxPage", found);
        model.addAttribute("jobs", outbox.jobs(user.organizationId()));
        model.addAttribute("job", jobId == null ? "" : jobId.toString());
        model.addAttribute("q", q == null ? "" : q);
        return "notifications/outbox";
    }

    @GetMapping("/hire/outbox/{id}")
    String message(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("message", outbox.findForOrganization(id, user.organizationId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "notifications/message";
    }
}
