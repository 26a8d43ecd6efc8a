package com.interviewed.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends email by writing it to the persisted outbox. Call it inside the transaction that creates what the email
 * is about: the message then exists exactly when that does, and the outbox worker delivers it later.
 */
@Service
public class Notifications {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final EmailTemplates templates;
    private final EmailOutbox outbox;

    Notifications(EmailTemplates templates, EmailOutbox outbox) {
        this.templates = templates;
        this.outbox = outbox;
    }

    /** Queues a candidate's branded invitation (HTML and plain text) and returns the outbox message id. */
    @Transactional
    public UUID sendInvitation(InvitationEmail email) {
        Map<String, Object> model = Map.of(
                "candidateName", email.candidateName() == null ? "" : email.candidateName(),
                "organizationName", email.organizationName(),
                "jobTitle", email.jobTitle(),
                "durationMinutes", email.durationMinutes(),
                "link", email.link(),
                "expiresAt", EXPIRY.format(email.expiresAt()),
                "replyTo", email.replyTo() == null ? "" : email.replyTo());
        String subject = email.organizationName() + " invites you to interview for " + email.jobTitle();
        UUID id = outbox.enqueue(email.organizationId(), email.recipient(), subject,
                templates.html("invitation", model), templates.text("invitation", model), email.replyTo());
        outbox.tagJob(id, email.jobId(), email.jobTitle());
        return id;
    }

    /** Forgets the messages an organisation sent to an address: part of erasing a candidate's data. */
    @Transactional
    public void forgetRecipient(UUID organizationId, String recipient) {
        outbox.deleteFor(organizationId, recipient);
    }

    /** Queues an owner's invitation to a colleague and returns the outbox message id. */
    @Transactional
    public UUID sendColleagueInvitation(ColleagueInvitationEmail email) {
        Map<String, Object> model = Map.of(
                "inviterName", email.inviterName(),
                "organizationName", email.organizationName(),
                "link", email.link(),
                "expiresAt", EXPIRY.format(email.expiresAt()));
        String subject = email.inviterName() + " invites you to hire with " + email.organizationName()
                + " on Interviewed";
        return outbox.enqueue(email.organizationId(), email.recipient(), subject,
                templates.html("colleague-invitation", model), templates.text("colleague-invitation", model), null);
    }
}
