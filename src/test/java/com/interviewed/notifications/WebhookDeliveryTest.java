package com.interviewed.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.interviewed.interview.InterviewEnded;
import com.interviewed.interview.InterviewStarted;
import com.interviewed.scoring.InterviewScored;
import com.interviewed.support.HttpTestSupport;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks end to end: two organisations, each with a local receiver that verifies every signature. One
 * organisation's candidate goes from invite to decision; its receiver is down for the first requests and still
 * ends up with every event exactly once, while the other organisation's receiver hears nothing.
 */
@Tag("database")
class WebhookDeliveryTest extends HttpTestSupport {

    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    HttpServer server;
    final List<Received> receivedA = new CopyOnWriteArrayList<>();
    final List<Received> receivedB = new CopyOnWriteArrayList<>();
    final AtomicInteger outageLeft = new AtomicInteger(2);
    volatile String secretA;
    volatile String secretB;

    @BeforeEach
    void receivers() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/a", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            // The receiver is down for the first requests: the outbox must retry.
            int status = outageLeft.getAndDecrement() > 0 ? 503 : 204;
            receivedA.add(new Received(exchange.getRequestHeaders().getFirst("Interviewed-Event"),
                    exchange.getRequestHeaders().getFirst("Interviewed-Event-Id"),
                    exchange.getRequestHeaders().getFirst(WebhookSignatures.HEADER), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.createContext("/b", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            receivedB.add(new Received(exchange.getRequestHeaders().getFirst("Interviewed-Event"), null, null, body,
                    204));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theReceiverGetsEveryEventOnceSignedThroughAnOutageAndNothingOfAnotherOrganisation() {
        String a = registerAndGetToken("RECRUITER", uniqueEmail("a"), "correct horse");
        String b = registerAndGetToken("RECRUITER", uniqueEmail("b"), "correct horse");
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Response addedA = postJson("/api/v1/webhooks", Map.of("url", base + "/a"), a);
        assertThat(addedA.status()).as(addedA.body()).isEqualTo(201);
        secretA = addedA.json().get("secret").asString();
        secretB = postJson("/api/v1/webhooks", Map.of("url", base + "/b"), b).json().get("secret").asString();
        assertThat(postJson("/api/v1/webhooks", Map.of("url", "http://ats.example.com/hook"), a).status())
                .isEqualTo(400);

        String job = postJson("/api/v1/jobs", Map.of("title", "Backend engineer", "description", "",
                "requirements", List.of("Java")), a).json().get("id").asString();
        postJson("/api/v1/jobs/" + job + "/invites", Map.of("emails", List.of("ada@example.com")), a);
        UUID invite = jdbc.sql("select id from invites where job_id = ?").param(UUID.fromString(job))
                .query(UUID.class).single();
        assertThat(get("/invite/" + linkToken()).status()).isEqualTo(200);
        UUID interview = UUID.randomUUID();
        publish(new InterviewStarted(interview, null, invite));
        publish(new InterviewStarted(interview, null, invite)); // reported twice: delivered once
        awaitStatus(invite, "IN_PROGRESS");
        publish(new InterviewEnded(interview, null, invite, Instant.now()));
        awaitStatus(invite, "COMPLETED");
        publish(new InterviewScored(interview, invite, 8.1, 8, 9, 7, 8, 8.5));
        awaitStatus(invite, "SCORED");
        assertThat(postForm("/hire/jobs/" + job + "/candidates/" + invite + "/review", a, "decision", "ADVANCE")
                .status()).isEqualTo(302);

        List<String> expected = List.of("invite.created", "invite.opened", "interview.started",
                "interview.completed", "interview.scored", "decision.changed");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            // Time passes for the deliveries that are backing off after the outage (30 s, then 1 min…).
            jdbc.sql("update webhook_deliveries set next_attempt_at = ? where status = 'PENDING' and attempts > 0")
                    .param(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)).update();
            return accepted().size() == expected.size();
        });

        assertThat(accepted()).extracting(Received::type).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(accepted()).extracting(Received::eventId).doesNotHaveDuplicates();
        assertThat(receivedA).allSatisfy(r -> assertThat(WebhookSignatures.verify(secretA, r.signature(), r.body(),
                Instant.now(), WebhookSignatures.DEFAULT_TOLERANCE)).as(r.type()).isTrue());
        assertThat(receivedA).filteredOn(r -> r.status() == 503).hasSize(2);
        JsonNode scored = JSON.readTree(accepted().stream().filter(r -> r.type().equals("interview.scored"))
                .findFirst().orElseThrow().body());
        assertThat(scored.get("data").get("inviteId").asString()).isEqualTo(invite.toString());
        assertThat(scored.get("data").get("scores").get("overall").asDouble()).isEqualTo(8.1);
        assertThat(receivedB).isEmpty();
        // The delivery log shows the retries.
        assertThat(get("/api/v1/webhooks/deliveries", a).json().valueStream()
                .mapToInt(d -> d.get("attempts").asInt()).sum()).isEqualTo(expected.size() + 2);
        assertThat(get("/api/v1/webhooks/deliveries", b).json().values()).isEmpty();

        // Signatures bind the body and the time: a changed body or an old request is refused.
        Received one = accepted().get(0);
        assertThat(WebhookSignatures.verify(secretA, one.signature(), one.body() + " ", Instant.now(),
                WebhookSignatures.DEFAULT_TOLERANCE)).isFalse();
        assertThat(WebhookSignatures.verify(secretA, one.signature(), one.body(), Instant.now().plusSeconds(600),
                WebhookSignatures.DEFAULT_TOLERANCE)).isFalse();
        assertThat(WebhookSignatures.verify(secretB, one.signature(), one.body(), Instant.now(),
                WebhookSignatures.DEFAULT_TOLERANCE)).isFalse();
    }

    private List<Received> accepted() {
        return receivedA.stream().filter(r -> r.status() == 204).toList();
    }

    private void awaitStatus(UUID invite, String status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> status.equals(jdbc.sql(
                "select status from invites where id = ?").param(invite).query(String.class).single()));
    }

    private String linkToken() {
        String body = jdbc.sql("select text_body from email_outbox where recipient = 'ada@example.com' "
                + "order by created_at desc limit 1").query(String.class).single();
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private Response postForm(String path, String token, String... fields) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(fields[i]).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    record Received(String type, String eventId, String signature, String body, int status) {
    }
}
