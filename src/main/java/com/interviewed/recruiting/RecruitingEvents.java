package com.interviewed.recruiting;

import com.interviewed.notifications.Webhooks;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What recruiting tells an organisation's webhooks, always from inside the transaction that made the change: an
 * invite created or opened, an interview started, completed or scored, a decision changed. Each event's key names
 * the occurrence, so a repeated report (a retried listener) is delivered once.
 */
@Component
class RecruitingEvents {

    private final Webhooks webhooks;
    private final InviteRepository invites;
    private final java.time.Clock clock;

    RecruitingEvents(Webhooks webhooks, InviteRepository invites, java.time.Clock clock) {
        this.clock = clock;
        this.webhooks = webhooks;
        this.invites = invites;
    }

    void inviteCreated(Job job, UUID inviteId, String email, String name, Instant expiresAt, String tokenHash) {
        Map<String, Object> data = base(job.id(), inviteId, email, name);
        data.put("jobTitle", job.title());
        data.put("expiresAt", expiresAt.toString());
        webhooks.publish(job.organizationId(), "invite.created", inviteId + "|" + tokenHash, data);
    }

    void inviteOpened(UUID inviteId) {
        publish(inviteId, "invite.opened", inviteId.toString(), data -> {
        });
    }

    void interviewStarted(UUID inviteId, UUID interviewId) {
        publish(inviteId, "interview.started", inviteId + "|" + interviewId,
                data -> data.put("interviewId", interviewId));
    }

    void interviewCompleted(UUID inviteId, UUID interviewId) {
        publish(inviteId, "interview.completed", inviteId + "|" + interviewId, data -> {
            data.put("interviewId", interviewId);
            invites.snapshot(inviteId, clock.instant()).map(Candidate::completeness).ifPresent(c -> data.put("completeness",
                    Map.of("questionsPlanned", c.planned(), "questionsAsked", c.asked(), "questionsAnswered",
                            c.answered(), "codingPlanned", c.codingPlanned(), "codingDone", c.codingDone(),
                            "incomplete", c.incomplete())));
        });
    }

    void interviewScored(UUID inviteId, UUID interviewId, Scores scores) {
        publish(inviteId, "interview.scored", inviteId + "|" + interviewId, data -> {
            data.put("interviewId", interviewId);
            data.put("scores", scores);
            data.put("band", scores.band().label());
        });
    }

    void decisionChanged(UUID inviteId, String decision, UUID decidedBy, Instant at) {
        publish(inviteId, "decision.changed", inviteId + "|" + decision + "|" + at, data -> {
            data.put("decision", decision);
            data.put("decidedBy", decidedBy);
            data.put("decidedAt", at.toString());
        });
    }

    private void publish(UUID inviteId, String type, String key, java.util.function.Consumer<Map<String, Object>> more) {
        invites.snapshot(inviteId, clock.instant()).ifPresent(candidate -> {
            Map<String, Object> data = base(candidate.jobId(), inviteId, candidate.email(), candidate.name());
            data.put("status", candidate.status());
            more.accept(data);
            webhooks.publish(invites.organizationOf(inviteId), type, key, data);
        });
    }

    private static Map<String, Object> base(UUID jobId, UUID inviteId, String email, String name) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jobId", jobId);
        data.put("inviteId", inviteId);
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("email", email);
        candidate.put("name", name);
        data.put("candidate", candidate);
        return data;
    }
}
