package com.interviewed.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import com.interviewed.support.InterviewSocketClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * One live session per interview, whatever the connections do: simultaneous connects, a second tab, and work still
 * queued on a connection that was replaced.
 */
@Tag("database")
class SessionFencingTest extends HttpTestSupport {

    private static final int SIMULTANEOUS = 4;

    @Autowired
    InterviewRepository repository;

    @Autowired
    TransactionTemplate transactions;

    private String token;

    private String newInterview() {
        token = registerAndGetToken("CANDIDATE", uniqueEmail("fence"), "correct horse");
        return postJson("/api/v1/interviews", Map.of("role", "backend", "mode", "SOLO"), token)
                .json().get("id").asString();
    }

    private String wsUrl(String id) {
        return "ws://localhost:" + port + "/ws/interviews/" + id + "?access_token=" + token;
    }

    private static boolean interviewerLine(JsonNode e) {
        return "transcript.final".equals(e.path("type").asString()) && "interviewer".equals(e.path("role").asString());
    }

    /** Replaced: closed with 4001 (the session.replaced event before it may be lost in the close). */
    private static boolean replaced(InterviewSocketClient client) {
        return client.closed() && client.closeCode() == ClientChannel.REPLACED;
    }

    private List<Map<String, Object>> storedTurns(String interviewId) {
        return jdbc.sql("select speaker_role, text from transcript_turns where interview_id = ? order by seq")
                .param(UUID.fromString(interviewId)).query().listOfRows();
    }

    @Test
    void fourSimultaneousConnectsLeaveExactlyOneLiveSessionAndOneGreeting() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SIMULTANEOUS);
        try {
            for (int round = 1; round <= 5; round++) {
                String interviewId = newInterview();
                CountDownLatch go = new CountDownLatch(1);
                List<CompletableFuture<InterviewSocketClient>> opening = new ArrayList<>();
                for (int i = 0; i < SIMULTANEOUS; i++) {
                    opening.add(CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(go);
                        return InterviewSocketClient.connect(wsUrl(interviewId));
                    }, pool));
                }
                go.countDown();
                List<InterviewSocketClient> clients = opening.stream().map(CompletableFuture::join).toList();
                try {
                    // Every connection ends up either replaced (closed with 4001) or greeted.
                    try {
                        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> clients.stream()
                                .allMatch(c -> replaced(c) || c.events().stream().anyMatch(SessionFencingTest::interviewerLine)));
                    } catch (ConditionTimeoutException e) {
                        throw new AssertionError("round " + round + ": not every connection settled: " + clients.stream()
                                .map(c -> c.closed() + "/" + c.closeCode() + " " + c.events()).toList(), e);
                    }
                    List<InterviewSocketClient> live = clients.stream()
                            .filter(c -> !replaced(c)).toList();
                    assertThat(live).as("round " + round + ": live connections").hasSize(1);
                    assertThat(clients).filteredOn(c -> c != live.get(0))
                            .allSatisfy(c -> assertThat(c.closeCode()).isEqualTo(ClientChannel.REPLACED));
                    InterviewSocketClient winner = live.get(0);
                    assertThat(winner.closed()).isFalse();
                    JsonNode greeting = winner.await(SessionFencingTest::interviewerLine, "greeting");

                    winner.send(Map.of("type", "text", "text", "I have built payment systems in Java for six years."));
                    winner.await(e -> interviewerLine(e) && !e.get("messageId").equals(greeting.get("messageId"))
                            && !e.has("stored"), "the reply to the answer");
                    assertThat(winner.ofType("error")).isEmpty();
                } finally {
                    clients.forEach(InterviewSocketClient::close);
                }
                // One greeting (said once, stored once), the answer once, the reply once; nothing lost or doubled.
                assertThat(storedTurns(interviewId)).extracting(t -> t.get("speaker_role"))
                        .as("round " + round).containsExactly("interviewer", "candidate", "interviewer");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSecondTabTakesOverAndTheFirstCanTakeItBack() {
        String interviewId = newInterview();
        try (InterviewSocketClient first = InterviewSocketClient.connect(wsUrl(interviewId))) {
            first.await(SessionFencingTest::interviewerLine, "greeting");
            try (InterviewSocketClient second = InterviewSocketClient.connect(wsUrl(interviewId))) {
                second.awaitType("session.ready");
                first.awaitType("session.replaced");
                first.await(e -> replaced(first), "first tab closed as replaced");
                assertThat(first.ofType("interview.ended")).isEmpty();

                // "Continue here" in the first tab is just a new connection: it takes the interview back.
                try (InterviewSocketClient again = InterviewSocketClient.connect(wsUrl(interviewId))) {
                    again.awaitType("session.ready");
                    second.awaitType("session.replaced");
                    again.send(Map.of("type", "text", "text", "I mostly work on the backend."));
                    again.await(e -> "candidate".equals(e.path("role").asString()), "answer heard");
                }
            }
        }
        assertThat(jdbc.sql("select status from interviews where id = ?").param(UUID.fromString(interviewId))
                .query(String.class).single()).isEqualTo("IN_PROGRESS");
        assertThat(storedTurns(interviewId)).extracting(t -> t.get("speaker_role")).startsWith("interviewer", "candidate")
                .filteredOn("interviewer"::equals).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void workQueuedOnAReplacedConnectionWritesNothing() {
        UUID interviewId = UUID.fromString(newInterview());
        SessionStore old = new SessionStore(repository, transactions, interviewId,
                transactions.execute(tx -> repository.claimSession(interviewId)));
        old.appendTurn(UUID.randomUUID(), interviewId, "interviewer", "Ada", "Hello.", TurnStatus.SPOKEN, 0L, null,
                Instant.now());

        SessionStore newer = new SessionStore(repository, transactions, interviewId,
                transactions.execute(tx -> repository.claimSession(interviewId)));
        old.appendTurn(UUID.randomUUID(), interviewId, "interviewer", "Ada", "Hello again.", TurnStatus.SPOKEN, 0L,
                null, Instant.now());
        old.saveState(interviewId, "{\"stale\":true}");
        newer.appendTurn(UUID.randomUUID(), interviewId, "candidate", "Sam", "Hi.", TurnStatus.TYPED, 0L, 1L,
                Instant.now());

        assertThat(old.fenced()).isTrue();
        assertThat(newer.fenced()).isFalse();
        assertThat(storedTurns(interviewId.toString())).extracting(t -> t.get("text"))
                .containsExactly("Hello.", "Hi.");
        assertThat(jdbc.sql("select state_json from interviews where id = ?").param(interviewId)
                .query(String.class).single()).doesNotContain("stale");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
