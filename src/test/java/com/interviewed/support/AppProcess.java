package com.interviewed.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The application as production runs it, in a JVM of its own (the main classes and dependencies, no test classes),
 * so that a test can kill it for real ({@code kill -9}) and start it again. Its output goes to {@code log}.
 */
public final class AppProcess {

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts an instance on {@code port} with {@code environment} added and {@code arguments} after the port. */
    public static AppProcess start(int port, Path log, Map<String, String> environment, String... arguments)
            throws IOException {
        return start(port, null, log, environment, arguments);
    }

    /**
     * As {@link #start(int, Path, Map, String...)}, in working directory {@code directory}: the embedded
     * database's default file ({@code ./data}) is then in there.
     */
    public static AppProcess start(int port, Path directory, Path log, Map<String, String> environment,
            String... arguments) throws IOException {
        String classpath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                "com.interviewed.InterviewedApplication", "--server.port=" + port,
                "--interviewed.speech.recognizer.preload-decoders=0",
                // As in HttpTestSupport: every request comes from 127.0.0.1, and on PostgreSQL the counts are shared
                // with the whole suite, so the default limits would block the address for everyone for an hour.
                "--interviewed.accounts.max-failed-logins-per-address=100000",
                "--interviewed.accounts.sign-ups-per-address=100000"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        return new AppProcess(builder.start(), port, log);
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    /** Waits until the instance reports itself ready; fails at once if it died. */
    public AppProcess awaitReady() {
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(250)).until(() -> {
            assertThat(process.isAlive()).as("instance on " + port + " died; see " + log).isTrue();
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        return this;
    }

    /** SIGKILL, as a crash or the OOM killer would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, then SIGKILL if it has not stopped within five seconds. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** For the test's own request helpers: the instance's base URL. */
    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
