package com.interviewed.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.interviewed.support.AppProcess;
import com.interviewed.support.InterviewSocketClient;
import com.interviewed.support.TestDatabaseEnvironment;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deployment of docs/deployment.md, for real: two instances of the application (separate JVMs, postgres
 * profile) on one throwaway PostgreSQL database, behind Debian's nginx running {@code deploy/nginx/interviewed.conf},
 * with a real SMTP server (GreenMail). While both run, invites are emailed exactly once and interviews ended on
 * either instance are scored exactly once; then the instance holding a live interview is killed (SIGKILL) and the
 * client reconnects through nginx to the other one and carries on, with nothing lost or duplicated. Runs in the
 * PostgreSQL pass of the suite (it is skipped on H2); about two minutes, most of it the two start-ups.
 */
@Tag("database")
class TwoInstancesBehindNginxTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> processes = new ArrayList<>();
    private final Map<Integer, AppProcess> instances = new HashMap<>();
    private GreenMail smtp;
    private Path work;
    private String databaseUrl;
    private int proxyPort;

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process process : processes) {
            // SIGTERM first: a SIGKILLed nginx master leaves its worker running.
            process.destroy();
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void twoInstancesShareTheWorkAndAnInterviewSurvivesTheLossOfItsInstance() throws Exception {
        Assumptions.assumeTrue(TestDatabaseEnvironment.onPostgres(), "needs the PostgreSQL pass");
        assertThat(Path.of("/usr/sbin/nginx")).as("nginx (bin/setup --test installs it)").exists();
        work = Files.createTempDirectory("two-instances");
        databaseUrl = TestDatabaseEnvironment.newPostgresDatabase();
        int smtpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        int portA = freePort();
        int portB = freePort();
        proxyPort = freePort();
        startInstance(portA, smtpPort);
        startInstance(portB, smtpPort);
        startNginx(portA, portB);
        awaitReady(portA);
        awaitReady(portB);
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);

        // Invites sent while both instances run are emailed exactly once: both poll the same outbox.
        String recruiter = signUp("RECRUITER");
        String job = post("/api/v1/jobs", Map.of("title", "Platform engineer", "description", "Run our platform.",
                "requirements", List.of("Java", "SQL"), "seniority", "SENIOR", "mode", "SOLO", "durationMinutes", 30,
                "coding", false, "language", "en", "customQuestions", List.of(), "status", "OPEN"), recruiter)
                .get("id").asString();
        List<String> invited = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            invited.add("cand" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com");
        }
        for (int i = 0; i < invited.size(); i += 3) {
            post("/api/v1/jobs/" + job + "/invites", Map.of("emails", invited.subList(i, i + 3)), recruiter);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessages().length >= invited.size());

        // Interviews ended on either instance are scored exactly once.
        String candidate = signUp("CANDIDATE");
        List<String> ended = new ArrayList<>();
        Map<String, Integer> servedBy = new HashMap<>();
        // Interviews are routed by a consistent hash of their id, and nginx sets an instance aside for 10 s after a
        // failed attempt: keep opening interviews (each takes about a second) until both instances have served one.
        for (int i = 0; i < 30 && (servedBy.isEmpty() || servedBy.values().stream().distinct().count() < 2
                || ended.size() < 4); i++) {
            String id = newInterview(candidate);
            try (InterviewSocketClient client = connect(id, candidate)) {
                client.await(e -> "interviewer".equals(e.path("role").asString()), "greeting");
                client.send(Map.of("type", "text", "text", "I moved our billing jobs to a queue with retries."));
                client.await(e -> "candidate".equals(e.path("role").asString()), "the answer stored");
            }
            servedBy.put(id, instanceOf(id, candidate));
            post("/api/v1/interviews/" + id + "/end", Map.of(), candidate);
            ended.add(id);
        }
        assertThat(servedBy.values()).as("interviews were spread over both instances").contains(portA, portB);
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            for (String id : ended) {
                if (count("select count(*) from evaluation_runs where interview_id = ?::uuid and status = 'DONE'",
                        id) != 1) {
                    return false;
                }
            }
            return true;
        });

        // The instance holding a live interview dies; the client reconnects through nginx and resumes.
        String live = newInterview(candidate);
        int holder = instanceOf(live, candidate);
        List<String> answers = List.of("First I would measure where the time goes.",
                "Then I would add an index on the orders table.",
                "Finally I would cache the product pages for a minute.");
        InterviewSocketClient first = connect(live, candidate);
        first.await(e -> "interviewer".equals(e.path("role").asString()), "greeting");
        first.send(Map.of("type", "text", "text", answers.get(0)));
        awaitReplyTo(first, answers.get(0));
        first.send(Map.of("type", "text", "text", answers.get(1)));
        awaitReplyTo(first, answers.get(1));
        instances.get(holder).kill();
        await().atMost(Duration.ofSeconds(10)).until(first::closed);

        int survivor = holder == portA ? portB : portA;
        try (InterviewSocketClient second = connect(live, candidate)) {
            JsonNode ready = second.awaitType("session.ready");
            List<String> resumed = new ArrayList<>();
            ready.get("transcript").forEach(t -> {
                if ("candidate".equals(t.path("role").asString())) {
                    resumed.add(t.path("text").asString());
                }
            });
            assertThat(resumed).containsExactly(answers.get(0), answers.get(1));
            assertThat(instanceOf(live, candidate)).isEqualTo(survivor);
            second.send(Map.of("type", "text", "text", answers.get(2)));
            awaitReplyTo(second, answers.get(2));
        }

        // Nothing lost or duplicated in the stored transcript; every invite mailed once.
        List<String> stored = strings("select text from transcript_turns where interview_id = ?::uuid"
                + " and speaker_role = 'candidate' order by seq", live);
        assertThat(stored).containsExactlyElementsOf(answers);
        assertThat(strings("select seq::text from transcript_turns where interview_id = ?::uuid order by seq", live))
                .doesNotHaveDuplicates();
        Map<String, Long> mailed = Arrays.stream(smtp.getReceivedMessages())
                .map(TwoInstancesBehindNginxTest::recipient)
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        assertThat(mailed).containsOnlyKeys(invited);
        assertThat(mailed.values()).containsOnly(1L);
        assertThat(Files.readString(work.resolve("nginx/interviewed-access.log"))).contains("/ws/interviews/" + live)
                .doesNotContain(candidate);
        for (String id : ended) {
            assertThat(count("select count(*) from evaluations where interview_id = ?::uuid", id)).as(id).isEqualTo(1);
            assertThat(count("select attempts from evaluation_runs where interview_id = ?::uuid", id)).as(id)
                    .isEqualTo(1);
        }
    }

    // ---- The interview over the proxy ----

    private String newInterview(String token) throws Exception {
        return post("/api/v1/interviews", Map.of("role", "backend"), token).get("id").asString();
    }

    private InterviewSocketClient connect(String interview, String token) {
        return InterviewSocketClient.connect("ws://127.0.0.1:" + proxyPort + "/ws/interviews/" + interview
                + "?access_token=" + token);
    }

    /** The candidate's line is stored and an interviewer line follows it. */
    private static void awaitReplyTo(InterviewSocketClient client, String answer) {
        client.await(e -> {
            List<JsonNode> finals = client.ofType("transcript.final");
            for (int i = 0; i < finals.size(); i++) {
                if (answer.equals(finals.get(i).path("text").asString())) {
                    return finals.subList(i + 1, finals.size()).stream()
                            .anyMatch(f -> "interviewer".equals(f.path("role").asString()));
                }
            }
            return false;
        }, "a reply to: " + answer, Duration.ofSeconds(30));
    }

    /** The instance nginx routes this interview's requests to, by the header the proxy config adds. */
    private int instanceOf(String interview, String token) throws Exception {
        HttpResponse<String> response = get("/api/v1/interviews/" + interview, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String upstream = response.headers().firstValue("X-Served-By").orElseThrow();
        // After a failed attempt nginx lists every address it tried: the last one answered.
        String last = upstream.substring(upstream.lastIndexOf(' ') + 1);
        return Integer.parseInt(last.substring(last.lastIndexOf(':') + 1));
    }

    private String signUp(String role) throws Exception {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        post("/api/v1/auth/register", Map.of("email", email, "password", "correct horse", "name", "Sam", "role", role),
                null);
        return post("/api/v1/auth/token", Map.of("email", email, "password", "correct horse"), null).get("token")
                .asString();
    }

    private JsonNode post(String path, Object body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxyPort + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 204);
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxyPort + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- Processes ----

    /** One instance as production runs it: its own JVM, the postgres profile. */
    private void startInstance(int port, int smtpPort) throws Exception {
        AppProcess instance = AppProcess.start(port, work.resolve("instance-" + port + ".log"),
                Map.of("POSTGRES_URL", databaseUrl,
                        "POSTGRES_USER", System.getProperty("interviewed.test.postgres-user", "postgres"),
                        "POSTGRES_PASSWORD", ""),
                "--spring.profiles.active=postgres", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort, "--interviewed.notifications.poll-interval=500ms");
        processes.add(instance.process());
        instances.put(port, instance);
    }

    private void awaitReady(int port) {
        instances.get(port).awaitReady();
    }

    /** Debian's nginx in the foreground with the shipped site config, its ports replaced, everything under work/. */
    private void startNginx(int portA, int portB) throws Exception {
        String site = Files.readString(Path.of("deploy/nginx/interviewed.conf"))
                .replace("127.0.0.1:8081", "127.0.0.1:" + portA)
                .replace("127.0.0.1:8082", "127.0.0.1:" + portB)
                .replace("listen 8080;", "listen 127.0.0.1:" + proxyPort + ";");
        Path nginx = Files.createDirectories(work.resolve("nginx"));
        site = site.replace("/var/log/nginx/", nginx + "/");
        Files.writeString(nginx.resolve("interviewed.conf"), site);
        Files.writeString(nginx.resolve("nginx.conf"), """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/interviewed.conf;
                }
                """.formatted(nginx));
        Process process = new ProcessBuilder("/usr/sbin/nginx", "-p", nginx.toString(), "-c",
                nginx.resolve("nginx.conf").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(nginx.resolve("stdout.log").toFile()).start();
        processes.add(process);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            assertThat(process.isAlive()).as("nginx: " + Files.readString(nginx.resolve("stdout.log"))).isTrue();
            try {
                return get("/nginx-health", null).statusCode() == 200;
            } catch (java.io.IOException e) {
                return false;
            }
        });
    }

    // ---- The shared database ----

    private long count(String sql, String id) throws Exception {
        List<String> values = strings(sql, id);
        return values.isEmpty() ? 0 : Long.parseLong(values.get(0));
    }

    private List<String> strings(String sql, String id) throws Exception {
        try (Connection connection = DriverManager.getConnection(databaseUrl, TestDatabaseEnvironment.user(), "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private static int freePort() throws Exception {
        return AppProcess.freePort();
    }
}
