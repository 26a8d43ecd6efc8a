package com.interviewed.interviewer.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.interview.PlanSeeds;
import com.interviewed.support.HttpTestSupport;
import com.interviewed.support.InterviewSocketClient;
import com.interviewed.support.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The conversation-quality harness: scripted candidates (strong, typical, weak, off-topic, repeater, one-word
 * answers, asks back, stuck on code, interrupts, answers two questions at once) take whole typed interviews over
 * the WebSocket across eight roles, solo and panel, 15 and 30 minutes, and every interview is checked against the
 * {@link Criterion}s. Prints a criteria × candidates table and the pass rate, writes each transcript to
 * {@code target/harness/}, and fails on any miss. Plans come from fixed seeds ({@link PlanSeeds}), so every run
 * replays the same interviews; {@link #HELD_OUT} scenarios, never tuned on, run with {@code -Pbench}.
 *
 * <p>Typed interviews need no speech, so synthesis and recognition are off; the application clock is simulated
 * and moves at a realistic speaking pace (interviewer 2.6 words a second, candidate 2.3 plus three seconds to
 * think, writing code 45 s a line), so the interviewer's pacing by the clock sees a real interview's timing.
 */
@TestPropertySource(properties = {"interviewed.speech.synthesizer.enabled=false",
        "interviewed.speech.recognizer.enabled=false"})
@Import(ConversationHarnessTest.SimulatedTime.class)
class ConversationHarnessTest extends HttpTestSupport {

    private static final int MAX_TURNS = 90;

    @TestConfiguration(proxyBeanMethods = false)
    static class SimulatedTime {
        @Bean
        @Primary
        MutableClock simulatedClock() {
            // Moves only when the harness says time passed (the interviewer speaking, the candidate thinking and
            // answering), so pacing by the clock sees a realistic interview that runs in seconds.
            return new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
        }

        @Bean
        PlanSeeds planSeeds() {
            // Each scenario's own seed: the same plans, personas and so transcripts on every run.
            return NEXT_SEED::get;
        }
    }

    private static final AtomicLong NEXT_SEED = new AtomicLong();

    @Autowired
    private Clock clock;

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario(Persona.STRONG, "backend", "SOLO", 15, false, 1),
            new Scenario(Persona.TYPICAL, "frontend", "SOLO", 15, false, 2),
            new Scenario(Persona.WEAK, "data-analyst", "SOLO", 15, false, 3),
            new Scenario(Persona.OFF_TOPIC, "product-manager", "SOLO", 15, false, 4),
            new Scenario(Persona.REPEATER, "designer", "SOLO", 15, false, 5),
            new Scenario(Persona.ONE_WORD, "devops", "SOLO", 15, false, 6),
            new Scenario(Persona.ASKS_BACK, "fullstack", "PANEL", 15, false, 7),
            new Scenario(Persona.STUCK_ON_CODE, "mobile", "SOLO", 15, true, 8),
            new Scenario(Persona.INTERRUPTS, "qa", "SOLO", 15, false, 9),
            new Scenario(Persona.TWO_AT_ONCE, "data-scientist", "SOLO", 15, false, 10),
            new Scenario(Persona.STRONG, "backend", "PANEL", 30, true, 11),
            // Held out in the first round; it ran out of questions at 18.7 of 30 minutes, so it is tuned on now.
            new Scenario(Persona.TYPICAL, "data-analyst", "PANEL", 30, false, 103));

    /**
     * Written after the interviewer and its thresholds were tuned on {@link #SCENARIOS}, and run only to check them:
     * other roles, seeds (so other plans and personas), lengths and combinations. Never tuned on.
     */
    static final List<Scenario> HELD_OUT = List.of(
            new Scenario(Persona.STRONG, "frontend", "SOLO", 15, false, 101, true),
            new Scenario(Persona.TYPICAL, "backend", "SOLO", 15, true, 102, true),
            new Scenario(Persona.TYPICAL, "fullstack", "PANEL", 30, true, 107, true),
            new Scenario(Persona.STRONG, "data-scientist", "SOLO", 30, false, 108, true),
            new Scenario(Persona.OFF_TOPIC, "devops", "SOLO", 15, false, 104, true),
            new Scenario(Persona.ASKS_BACK, "product-manager", "SOLO", 15, false, 105, true),
            new Scenario(Persona.TWO_AT_ONCE, "qa", "SOLO", 15, false, 106, true));

    @Test
    void everyCriterionHoldsForEveryScriptedCandidate() {
        check(SCENARIOS, "scripted candidates the interviewer was tuned on");
    }

    /** A measurement, not a gate: run with {@code -Pbench} (tag "benchmark") to print the held-out figures. */
    @Test
    @Tag("benchmark")
    void everyCriterionHoldsForTheHeldOutCandidates() {
        check(HELD_OUT, "held-out scripted candidates");
    }

    private void check(List<Scenario> scenarios, String title) {
        List<Run> runs = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            runs.add(run(scenario));
        }
        writeTranscripts(runs);
        Map<String, Boolean> failures = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder("\nConversation-quality harness: criteria x " + title + "\n");
        table.append(String.format("%-44s", "criterion"));
        for (int i = 0; i < runs.size(); i++) {
            table.append(String.format("%4s", "#" + (i + 1)));
        }
        table.append('\n');
        int checked = 0;
        int passed = 0;
        for (Criterion criterion : Criterion.values()) {
            table.append(String.format("%-44s", criterion.title));
            for (Run run : runs) {
                if (!criterion.appliesTo(run.scenario().persona())) {
                    table.append("   -");
                    continue;
                }
                boolean holds = criterion.holdsFor(run);
                checked++;
                passed += holds ? 1 : 0;
                table.append(holds ? "  ok" : "  NO");
                if (!holds) {
                    failures.put(criterion.title + " / " + run.scenario().label(), false);
                }
            }
            table.append('\n');
        }
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            table.append(String.format("#%-2d %-40s %3d lines, %4.1f simulated minutes%n", i + 1,
                    run.scenario().label(), run.lines().size(), run.minutes()));
        }
        table.append(String.format("pass rate: %d / %d = %.0f %%%n", passed, checked, 100.0 * passed / checked));
        System.out.println(table);
        assertThat(failures.keySet()).as("criteria that failed (transcripts in target/harness/)").isEmpty();
    }

    private Run run(Scenario scenario) {
        String email = uniqueEmail("harness");
        postJson("/api/v1/auth/register", Map.of("email", email, "password", "correct horse", "name", "Maya Chen",
                "role", "CANDIDATE"));
        String token = postJson("/api/v1/auth/token", Map.of("email", email, "password", "correct horse")).json()
                .get("token").asString();
        NEXT_SEED.set(scenario.seed());
        String id = postJson("/api/v1/interviews", Map.of("role", scenario.role(), "mode", scenario.mode(),
                "durationMinutes", scenario.minutes(), "includeCoding", scenario.coding(), "seniority", "MID"),
                token).json().get("id").asString();
        List<Step> steps = steps(id);
        long startedAt = clock.millis();
        List<Line> lines = new ArrayList<>();
        Step coveredEarly = null;
        try (InterviewSocketClient client = InterviewSocketClient.connect(
                "ws://localhost:" + port + "/ws/interviews/" + id + "?access_token=" + token)) {
            JsonNode ready = client.awaitType("session.ready");
            List<String> interviewers = new ArrayList<>();
            ready.get("speakers").forEach(s -> interviewers.add(s.get("name").asString()));
            Set<String> heard = new HashSet<>();
            Step current = null;
            int repliesToStep = 0;
            int contentSeen = 0;
            for (int turn = 0; turn < MAX_TURNS; turn++) {
                JsonNode line = awaitInterviewerLine(client, heard, scenario.persona() != Persona.INTERRUPTS);
                if (line == null) {
                    break;
                }
                String text = line.get("text").asString();
                lines.add(new Line("interviewer", line.get("speaker").asString(), text, "", clock.millis()));
                advance(words(text) / 2.6);
                if (client.count("interview.ended") > 0) {
                    break;
                }
                Step asked = askedStep(steps, text, current);
                boolean newStep = asked != current;
                if (newStep) {
                    current = asked;
                    repliesToStep = 0;
                    contentSeen += asked != null && asked.isContent() ? 1 : 0;
                }
                Step nextContent = nextContent(steps, current);
                Persona.Reply reply = scenario.persona().reply(new Persona.Turn(text, current, newStep, repliesToStep,
                        contentSeen, nextContent, scenario.role()));
                repliesToStep++;
                if (reply.kind().startsWith("RUN_")) {
                    // Writing the code takes time: reading the problem, then about forty-five seconds a line of the
                    // solution (a ten-line solution in under ten minutes), or a minute of trying before someone
                    // runs the starter code.
                    advance(runCode(client, id, token, reply.kind().equals("RUN_SOLUTION")));
                    lines.add(new Line("candidate", "Maya Chen", "[runs the tests]", reply.kind(), clock.millis()));
                    continue;
                }
                if (reply.kind().equals("TWO_AT_ONCE")) {
                    coveredEarly = nextContent;
                }
                advance(3 + words(reply.text()) / 2.3);
                lines.add(new Line("candidate", "Maya Chen", reply.text(), reply.kind(), clock.millis()));
                try {
                    client.send(Map.of("type", "text", "text", reply.text()));
                } catch (CompletionException closed) {
                    // The interview ended (and the server closed the socket) between the closing line's end and
                    // this reply: the reply was never heard, and dropUnheard below takes it out again.
                    break;
                }
            }
            boolean ended = client.count("interview.ended") > 0;
            dropUnheard(id, lines);
            String first = "Maya";
            return new Run(scenario, steps, interviewers, first, lines, ended, coveredEarly,
                    clock.millis() - startedAt);
        }
    }

    /**
     * Removes the candidate's last lines when the server never took them: the interview had already ended (the
     * closing line's audio ends just before {@code interview.ended}, so a reply can be sent in between).
     */
    private void dropUnheard(String id, List<Line> lines) {
        while (!lines.isEmpty() && !lines.get(lines.size() - 1).interviewer()
                && !lines.get(lines.size() - 1).text().startsWith("[")) {
            Line last = lines.get(lines.size() - 1);
            long stored = jdbc.sql("select count(*) from transcript_turns where interview_id = ? and speaker_role = "
                    + "'candidate' and text = ?").param(UUID.fromString(id)).param(last.text()).query(Long.class)
                    .single();
            long said = lines.stream().filter(l -> !l.interviewer() && l.text().equals(last.text())).count();
            if (stored >= said) {
                return;
            }
            lines.remove(lines.size() - 1);
        }
    }

    /** The next interviewer line not seen yet (and, unless the candidate interrupts, its end), or null at the end. */
    private static JsonNode awaitInterviewerLine(InterviewSocketClient client, Set<String> heard, boolean letFinish) {
        JsonNode[] found = new JsonNode[1];
        client.await(e -> {
            if (client.count("interview.ended") > 0 && unheard(client, heard) == null) {
                return true;
            }
            JsonNode line = unheard(client, heard);
            if (line == null) {
                return false;
            }
            String messageId = line.get("messageId").asString();
            boolean finished = !letFinish || client.ofType("audio.end").stream()
                    .anyMatch(end -> messageId.equals(end.path("messageId").asString()))
                    || client.count("interview.ended") > 0;
            if (finished) {
                found[0] = line;
            }
            return finished;
        }, "the interviewer's next line", Duration.ofSeconds(30));
        if (found[0] != null) {
            heard.add(found[0].get("messageId").asString());
        }
        return found[0];
    }

    private static JsonNode unheard(InterviewSocketClient client, Set<String> heard) {
        for (JsonNode e : client.ofType("transcript.final")) {
            if ("interviewer".equals(e.path("role").asString()) && !heard.contains(e.get("messageId").asString())
                    && "SPOKEN".equals(e.path("status").asString())) {
                return e;
            }
        }
        return null;
    }

    /** Runs the solution (or the starter code) and returns the seconds writing it took. */
    private double runCode(InterviewSocketClient client, String id, String token, boolean solution) {
        JsonNode challenge = client.awaitType("code.challenge");
        String challengeId = challenge.get("challengeId").asString();
        String code = solution ? solution(challengeId) : challenge.get("starterCodes").get("python").asString();
        Response run = postJson("/api/v1/interviews/" + id + "/code/run", Map.of("challengeId", challengeId,
                "language", "python", "code", code), token);
        assertThat(run.status()).isEqualTo(200);
        return solution ? 60 + 45.0 * code.lines().filter(l -> !l.isBlank()).count() : 60;
    }

    private static String solution(String challengeId) {
        try (var in = ConversationHarnessTest.class.getResourceAsStream(
                "/challenge-solutions/" + challengeId + "/solution.py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The step whose question the line asks (plan texts are unique); the current one when it asks none. */
    private static Step askedStep(List<Step> steps, String text, Step current) {
        for (Step step : steps) {
            if (step.text() != null && text.contains(step.text()) && step != current) {
                return step;
            }
        }
        return current;
    }

    private static Step nextContent(List<Step> steps, Step current) {
        int from = current == null ? 0 : steps.indexOf(current) + 1;
        for (int i = from; i < steps.size(); i++) {
            if (steps.get(i).isContent()) {
                return steps.get(i);
            }
        }
        return null;
    }

    private List<Step> steps(String id) {
        String planJson = jdbc.sql("select plan_json from interviews where id = ?").param(UUID.fromString(id))
                .query(String.class).single();
        List<Step> steps = new ArrayList<>();
        for (JsonNode s : JSON.readTree(planJson).get("steps")) {
            List<String> points = new ArrayList<>();
            s.path("expectedPoints").forEach(p -> points.add(p.asString()));
            List<String> followUps = new ArrayList<>();
            s.path("followUps").forEach(f -> followUps.add(f.asString()));
            steps.add(new Step(s.get("id").asString(), s.get("category").asString(), s.path("text").asString(),
                    points, followUps));
        }
        return steps;
    }

    private void advance(double seconds) {
        ((MutableClock) clock).advance(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    private static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static void writeTranscripts(List<Run> runs) {
        Path dir = Path.of("target", "harness");
        try {
            Files.createDirectories(dir);
            for (Run run : runs) {
                StringBuilder out = new StringBuilder("# " + run.scenario().label() + " — interviewers "
                        + run.interviewers() + String.format(", %.1f simulated minutes%n%n", run.minutes()));
                for (Line line : run.lines()) {
                    out.append(String.format("[%5.1f] %s%s: %s%n", (line.atMillis() - run.lines().get(0).atMillis())
                            / 60_000.0, line.speaker(), line.interviewer() ? "" : " (" + line.kind() + ")",
                            line.text()));
                }
                Files.writeString(dir.resolve(run.scenario().fileName()), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
