package com.interviewed.recruiting;

import com.interviewed.accounts.Accounts;
import com.interviewed.notifications.InvitationEmail;
import com.interviewed.notifications.Notifications;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creates, resends and revokes candidate invites. Each invite and its email are written in one transaction, so
 * the outbox holds exactly one invitation per invite created.
 */
@Service
class InviteService {

    private final InviteRepository invites;
    private final Notifications notifications;
    private final Accounts accounts;
    private final RecruitingProperties properties;
    private final Clock clock;

    private final JobPlans plans;
    private final OrganizationSettings settings;
    private final RecruitingEvents events;
    private final JobRepository jobs;

    InviteService(InviteRepository invites, Notifications notifications, Accounts accounts,
            RecruitingProperties properties, Clock clock, JobPlans plans, JobRepository jobs,
            OrganizationSettings settings, RecruitingEvents events) {
        this.settings = settings;
        this.events = events;
        this.plans = plans;
        this.jobs = jobs;
        this.invites = invites;
        this.notifications = notifications;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param input         the pasted list, in any layout {@link EmailListParser} reads
     * @param expiresInDays {@code null} for the default
     * @param baseUrl       where links point, e.g. {@code https://hire.example.com}
     */
    @Transactional
    BatchResult invite(Job job, String input, Integer expiresInDays, String baseUrl, String senderEmail) {
        String blocker = job.inviteBlocker(clock.instant());
        if (blocker != null) {
            // A draft or past-deadline job would send links that only answer 410: refuse before any email goes.
            throw new ResponseStatusException(HttpStatus.CONFLICT, blocker);
        }
        int days = expiresInDays == null ? properties.inviteExpiryDays() : expiresInDays;
        if (days < 1 || days > properties.maxInviteExpiryDays()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "expiresInDays must be between 1 and " + properties.maxInviteExpiryDays() + ".");
        }
        EmailListParser.Parsed parsed = EmailListParser.parse(input);
        List<EmailListParser.Rejection> rejected = new ArrayList<>(parsed.rejected());
        List<String> emails = parsed.valid().stream().map(EmailListParser.Recipient::email).toList();
        Set<String> existing = invites.existingEmails(job.id(), emails);
        Map<String, UUID> revoked = invites.revokedUnused(job.id(), emails);
        // The first invite freezes the job's interview: everyone invited from now on gets exactly this plan.
        plans.planOf(job);
        jobs.freezePlan(job.id(), clock.instant());
        String organizationName = accounts.organizationName(job.organizationId()).orElse("Your interviewer");
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(days));
        List<Created> created = new ArrayList<>();
        for (EmailListParser.Recipient recipient : parsed.valid()) {
            if (revoked.containsKey(recipient.email())) {
                String token = LinkTokens.generate();
                UUID id = revoked.get(recipient.email());
                invites.reinstate(id, job.organizationId(), LinkTokens.hash(token), expiresAt);
                events.inviteCreated(job, id, recipient.email(), recipient.name(), expiresAt, LinkTokens.hash(token));
                notifications.sendInvitation(new InvitationEmail(job.organizationId(), recipient.email(),
                        recipient.name(), organizationName, job.title(), job.durationMinutes(), link(baseUrl, token),
                        expiresAt, settings.replyTo(job.organizationId(), senderEmail), job.id()));
                created.add(new Created(id, recipient.email(), recipient.name(), expiresAt));
                continue;
            }
            if (existing.contains(recipient.email())) {
                rejected.add(new EmailListParser.Rejection(recipient.email(), "Already invited to this job"));
                continue;
            }
            String token = LinkTokens.generate();
            UUID id = UUID.randomUUID();
            try {
                invites.insert(id, job.id(), job.organizationId(), recipient.email(), recipient.name(),
                        LinkTokens.hash(token), expiresAt, now);
            } catch (DuplicateKeyException invitedConcurrently) {
                // Another request invited this address since we looked. PostgreSQL has aborted the transaction
                // by now, so the batch is rolled back as a whole and the recruiter simply submits it again.
                throw new ResponseStatusException(HttpStatus.CONFLICT, recipient.email()
                        + " was invited by someone else just now. Submit the list again: it will be skipped.");
            }
            notifications.sendInvitation(new InvitationEmail(job.organizationId(), recipient.email(),
                    recipient.name(), organizationName, job.title(), job.durationMinutes(), link(baseUrl, token),
                    expiresAt, settings.replyTo(job.organizationId(), senderEmail), job.id()));
            events.inviteCreated(job, id, recipient.email(), recipient.name(), expiresAt, LinkTokens.hash(token));
            created.add(new Created(id, recipient.email(), recipient.name(), expiresAt));
        }
        return new BatchResult(created, rejected);
    }

    /** A new link (the old one stops working) with a fresh expiry, emailed again. */
    @Transactional
    Instant resend(Job job, Candidate candidate, String baseUrl, String senderEmail) {
        String blocker = job.inviteBlocker(clock.instant());
        if (blocker != null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, blocker);
        }
        String token = LinkTokens.generate();
        Instant expiresAt = clock.instant().plus(Duration.ofDays(properties.inviteExpiryDays()));
        if (!invites.renew(candidate.inviteId(), job.organizationId(), LinkTokens.hash(token), expiresAt,
                clock.instant())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Only invites that have not been used can be resent.");
        }
        notifications.sendInvitation(new InvitationEmail(job.organizationId(), candidate.email(), candidate.name(),
                accounts.organizationName(job.organizationId()).orElse("Your interviewer"), job.title(),
                job.durationMinutes(), link(baseUrl, token), expiresAt,
                settings.replyTo(job.organizationId(), senderEmail), job.id()));
        return expiresAt;
    }

    @Transactional
    void revoke(Job job, Candidate candidate) {
        if (!invites.revoke(candidate.inviteId(), job.organizationId())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Only invites that have not been used can be revoked.");
        }
    }

    private static String link(String baseUrl, String token) {
        return baseUrl.replaceAll("/+$", "") + "/invite/" + token;
    }

    record Created(UUID inviteId, String email, String name, Instant expiresAt) {
    }

    record BatchResult(List<Created> created, List<EmailListParser.Rejection> rejected) {
    }
}
