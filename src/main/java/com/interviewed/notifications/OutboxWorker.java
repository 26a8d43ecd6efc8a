package com.interviewed.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox messages over SMTP. Every instance runs one; a message is sent by whichever worker claims
 * it first ({@link EmailOutbox#claim}), so it goes out once however many instances poll. A failure schedules a
 * retry with exponential backoff until {@code maxAttempts}. Does nothing without an SMTP server configured.
 */
@Component
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final EmailOutbox outbox;
    private final JavaMailSender mailSender;
    private final NotificationsProperties properties;
    private final Clock clock;

    OutboxWorker(EmailOutbox outbox, ObjectProvider<JavaMailSender> mailSender, NotificationsProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender.getIfAvailable();
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${interviewed.notifications.poll-interval}",
            initialDelayString = "${interviewed.notifications.poll-interval}")
    void poll() {
        if (mailSender != null) {
            deliverDue();
        }
    }

    /** Claims and sends what is due now; returns how many messages this worker sent. */
    int deliverDue() {
        int sent = 0;
        for (UUID id : outbox.due(properties.batchSize())) {
            if (outbox.claim(id, clock.instant().plus(properties.lease())) && deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(UUID id) {
        EmailOutbox.OutboxMessage message = outbox.find(id).orElseThrow();
        try {
            MimeMessage mime = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(message.recipient());
            if (message.replyTo() != null && !message.replyTo().isBlank()) {
                // From stays the product's no-reply address; replies reach a person at the organisation.
                helper.setReplyTo(message.replyTo());
            }
            helper.setSubject(message.subject());
            helper.setText(message.textBody(), message.htmlBody());
            mailSender.send(mime);
            outbox.markSent(id);
            return true;
        } catch (MailException | MessagingException e) {
            int attempts = message.attempts() + 1;
            boolean giveUp = attempts >= properties.maxAttempts();
            Instant next = clock.instant().plus(properties.backoffAfter(attempts));
            outbox.markFailedAttempt(id, attempts, next, giveUp, abbreviate(e.getMessage()));
            log.warn("Email {} to {} failed (attempt {}{}): {}", id, message.recipient(), attempts,
                    giveUp ? ", giving up" : ", retrying at " + next, e.getMessage());
            return false;
        }
    }

    private static String abbreviate(String error) {
        String text = String.valueOf(error);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
