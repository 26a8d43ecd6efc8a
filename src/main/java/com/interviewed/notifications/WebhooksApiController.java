package com.interviewed.notifications;

import com.interviewed.accounts.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Webhook receivers and their delivery log through the API, for recruiters. */
@Tag(name = "Webhooks")
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhooksApiController {

    private final WebhookEndpoints endpoints;

    WebhooksApiController(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Operation(summary = "Add a receiver; the response carries its signing secret, shown only this once",
            security = @SecurityRequirement(name = "bearer"))
    @PostMapping
    ResponseEntity<WebhookEndpoints.Added> add(@AuthenticationPrincipal SignedInUser user,
            @RequestBody Map<String, String> body) {
        String url = body.get("url");
        String problem = WebhookEndpoints.problem(url);
        if (problem != null) {
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problem);
            detail.setTitle("Invalid request");
            detail.setProperty("errors", List.of(Map.of("field", "url", "message", problem)));
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, detail, null);
        }
        WebhookEndpoints.Added added = endpoints.add(organization(user), url);
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + added.id())).body(added);
    }

    @Operation(summary = "The organisation's receivers (secrets masked)", security = @SecurityRequirement(name = "bearer"))
    @GetMapping
    List<Map<String, Object>> list(@AuthenticationPrincipal SignedInUser user) {
        return endpoints.list(organization(user)).stream().map(e -> Map.<String, Object>of("id", e.id(), "url",
                e.url(), "secret", e.maskedSecret(), "createdAt", e.createdAt().toString())).toList();
    }

    @Operation(summary = "The delivery log, newest first: status, attempts, last HTTP status and error",
            security = @SecurityRequirement(name = "bearer"))
    @GetMapping("/deliveries")
    List<WebhookOutbox.Delivery> deliveries(@AuthenticationPrincipal SignedInUser user) {
        return endpoints.log(organization(user));
    }

    @Operation(summary = "Remove a receiver", security = @SecurityRequirement(name = "bearer"))
    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        if (!endpoints.remove(id, organization(user))) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.noContent().build();
    }

    private static UUID organization(SignedInUser user) {
        if (user == null || !user.isRecruiter() || user.organizationId() == null) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN);
        }
        return user.organizationId();
    }
}
