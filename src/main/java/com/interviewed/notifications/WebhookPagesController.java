package com.interviewed.notifications;

import com.interviewed.accounts.SignedInUser;
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

/** The organisation's webhook receivers and the delivery log, at {@code /hire/webhooks}. */
@Controller
class WebhookPagesController {

    private final WebhookEndpoints endpoints;

    WebhookPagesController(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @GetMapping("/hire/webhooks")
    String webhooks(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("endpoints", endpoints.list(user.organizationId()));
        model.addAttribute("deliveries", endpoints.log(user.organizationId()));
        return "notifications/webhooks";
    }

    @PostMapping("/hire/webhooks")
    String add(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String url,
            RedirectAttributes redirect) {
        String problem = WebhookEndpoints.problem(url);
        if (problem != null) {
            redirect.addFlashAttribute("error", problem);
            return "redirect:/hire/webhooks";
        }
        WebhookEndpoints.Added added = endpoints.add(user.organizationId(), url);
        redirect.addFlashAttribute("secret", added.secret());
        redirect.addFlashAttribute("message", "Receiver added. Copy its signing secret now: it is shown only once.");
        return "redirect:/hire/webhooks";
    }

    @PostMapping("/hire/webhooks/{id}/delete")
    String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        if (!endpoints.remove(id, user.organizationId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("message", "Receiver removed.");
        return "redirect:/hire/webhooks";
    }
}
