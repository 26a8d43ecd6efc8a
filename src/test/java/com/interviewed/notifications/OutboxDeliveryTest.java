package com.interviewed.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.interviewed.support.HttpTestSupport;
import com.interviewed.support.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The outbox against a real SMTP server (GreenMail): retries with exponential backoff while the server is down,
 * and exactly one delivery per message however many workers (instances) compete for it.
 */
@Tag("database")
class OutboxDeliveryTest extends HttpTestSupport {

    private static final NotificationsProperties PROPERTIES = new NotificationsProperties("Interviewed <no-reply@interviewed.example>",
            Duration.ofSeconds(1), 10, 5, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(30));

    @Autowired
    Notifications notifications;

    final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));
    int smtpPort;
    GreenMail smtp;
    JavaMailSenderImpl mailSender;

    @BeforeEach
    void smtpServerOnAFreePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(smtpPort);
        mailSender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        mailSender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void retriesWithExponentialBackoffUntilTheServerIsUpThenSendsOnce() throws Exception {
        EmailOutbox outbox = outbox(clock);
        OutboxWorker worker = new OutboxWorker(outbox, provider(), PROPERTIES, clock);
        String recipient = "retry-" + UUID.randomUUID() + "@example.com";
        UUID id = outbox.enqueue(null, recipient, "Hello", "<p>Hi</p>", "Hi", "hr@acme.example");
        Instant start = clock.instant();

        worker.deliverDue(); // server down
        EmailOutbox.OutboxMessage afterFirst = outbox.find(id).orElseThrow();
        assertThat(afterFirst.status()).isEqualTo("PENDING");
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.lastError()).isNotBlank();
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(start.plusSeconds(1));

        clock.set(start.plusMillis(999));
        worker.deliverDue(); // not due yet
        assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(1);

        clock.set(start.plusSeconds(1));
        worker.deliverDue(); // due, server still down: the wait doubles
        EmailOutbox.OutboxMessage afterSecond = outbox.find(id).orElseThrow();
        assertThat(afterSecond.attempts()).isEqualTo(2);
        assertThat(afterSecond.nextAttemptAt()).isEqualTo(start.plusSeconds(1 + 2));

        smtp.start();
        clock.set(start.plusSeconds(3));
        worker.deliverDue();
        worker.deliverDue();

        EmailOutbox.OutboxMessage sent = outbox.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo("SENT");
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(received(recipient)).hasSize(1);
        // Sent from no-reply, but a reply reaches a person at the organisation.
        assertThat(received(recipient).get(0).getReplyTo()[0].toString()).isEqualTo("hr@acme.example");
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        EmailOutbox outbox = outbox(clock);
        OutboxWorker worker = new OutboxWorker(outbox, provider(), PROPERTIES, clock);
        UUID id = outbox.enqueue(null, "never-" + UUID.randomUUID() + "@example.com", "Hello", "<p>Hi</p>", "Hi", null);

        for (int attempt = 0; attempt < PROPERTIES.maxAttempts(); attempt++) {
            worker.deliverDue();
            clock.set(clock.instant().plus(PROPERTIES.maxBackoff()));
        }

        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo("FAILED");
        assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(PROPERTIES.maxAttempts());
    }

    @Test
    void competingWorkersDeliverEachMessageExactlyOnce() throws Exception {
        smtp.start();
        Clock now = Clock.systemUTC();
        EmailOutbox enqueuer = outbox(now);
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(enqueuer.enqueue(null, "once-" + batch + "-" + i + "@example.com", "Hello " + i, "<p>Hi</p>", "Hi", null));
        }
        // Three workers, as three application instances on one database would run them.
        List<Callable<Integer>> workers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            OutboxWorker worker = new OutboxWorker(outbox(now), provider(), PROPERTIES, now);
            workers.add(() -> {
                int sent = 0;
                for (int round = 0; round < 20; round++) {
                    sent += worker.deliverDue();
                }
                return sent;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        int total = 0;
        for (Future<Integer> result : pool.invokeAll(workers)) {
            total += result.get();
        }
        pool.shutdown();

        assertThat(ids).allSatisfy(id -> {
            EmailOutbox.OutboxMessage message = enqueuer.find(id).orElseThrow();
            assertThat(message.status()).isEqualTo("SENT");
            assertThat(message.attempts()).isEqualTo(1);
        });
        List<String> recipients = Arrays.stream(smtp.getReceivedMessages())
                .map(OutboxDeliveryTest::recipient).filter(r -> r.contains(batch)).toList();
        assertThat(recipients).hasSize(30).doesNotHaveDuplicates();
        assertThat(total).isEqualTo(30);
    }

    @Test
    void aMessageClaimedByAWorkerThatDiedIsSentOnceItsLeaseRunsOut() throws Exception {
        smtp.start();
        EmailOutbox outbox = outbox(clock);
        OutboxWorker survivor = new OutboxWorker(outbox, provider(), PROPERTIES, clock);
        String recipient = "lease-" + UUID.randomUUID() + "@example.com";
        UUID id = outbox.enqueue(null, recipient, "Hello", "<p>Hi</p>", "Hi", null);
        assertThat(outbox.claim(id, clock.instant().plus(PROPERTIES.lease()))).isTrue(); // then the worker dies
        assertThat(outbox.claim(id, clock.instant().plus(PROPERTIES.lease()))).as("claimed only once").isFalse();

        survivor.deliverDue();
        assertThat(received(recipient)).isEmpty();

        clock.set(clock.instant().plus(PROPERTIES.lease()).plusSeconds(1));
        survivor.deliverDue();
        survivor.deliverDue();

        assertThat(received(recipient)).hasSize(1);
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo("SENT");
    }

    @Test
    void invitationsAreBrandedHtmlWithAPlainTextAlternativeAndEscapeWhatCandidatesTyped() {
        UUID id = notifications.sendInvitation(new InvitationEmail(null, "esc@example.com", "<b>Ada</b>", "Acme",
                "Backend engineer", 30, "http://localhost/invite/abc", Instant.parse("2030-01-08T10:00:00Z"),
                "hr@acme.example", null));

        Map<String, Object> row = jdbc.sql("select subject, html_body, text_body, status from email_outbox where id = ?")
                .param(id).query().singleRow();
        assertThat(row.get("subject")).isEqualTo("Acme invites you to interview for Backend engineer");
        assertThat((String) row.get("html_body")).contains("&lt;b&gt;Ada&lt;/b&gt;", "href=\"http://localhost/invite/abc\"",
                "30</span>-minute").doesNotContain("<b>Ada</b>");
        assertThat((String) row.get("text_body")).startsWith("Hello <b>Ada</b>,")
                .contains("http://localhost/invite/abc", "8 January 2030, 10:00 UTC");
        // No SMTP server is configured in this context: the message stays in the local outbox.
        assertThat(row.get("status")).isEqualTo("LOCAL");
    }

    private EmailOutbox outbox(Clock clock) {
        return new EmailOutbox(jdbc, clock, provider());
    }

    private org.springframework.beans.factory.ObjectProvider<JavaMailSender> provider() {
        return new StaticListableBeanFactory(Map.of("mailSender", mailSender)).getBeanProvider(JavaMailSender.class);
    }

    private List<MimeMessage> received(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(recipient)).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
