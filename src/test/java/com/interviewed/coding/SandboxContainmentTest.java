package com.interviewed.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.interviewed.questions.CodingChallenges;
import com.interviewed.support.HttpTestSupport;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile or broken code is contained by the sandbox and reported, never hidden: no network (not even the
 * server's own port on localhost), no host files, fork bombs and endless loops stopped, output capped.
 */
class SandboxContainmentTest extends HttpTestSupport {

    private static final String FIND_PAIR_PY = """
            def find_pair(numbers, target):
                seen = {}
                for i, n in enumerate(numbers):
                    if target - n in seen:
                        return [seen[target - n], i]
                    seen.setdefault(n, i)
            """;

    @Autowired
    CodingChallenges challenges;

    @Autowired
    CodingProperties properties;

    @Autowired
    JsonMapper json;

    @Autowired
    CodeRunner runner;

    @Test
    void codeCannotReachTheNetworkNotEvenThisServerOnLocalhost() throws IOException {
        try (Socket control = new Socket()) {
            control.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        }
        String code = """
                import socket
                for host, port in (("127.0.0.1", %d), ("1.1.1.1", 53)):
                    try:
                        socket.create_connection((host, port), timeout=2).close()
                        print("CONNECTED", host)
                    except OSError as error:
                        print("BLOCKED", host, error)
                """.formatted(port) + FIND_PAIR_PY;

        RunResult result = runner.run("test", "find-pair", "python", code);

        assertThat(result.status()).isEqualTo(RunStatus.PASSED);
        assertThat(result.output()).contains("BLOCKED 127.0.0.1", "BLOCKED 1.1.1.1").doesNotContain("CONNECTED");
    }

    @Test
    void codeCannotReadHostFilesOrWriteItsOwnDirectory() throws IOException {
        Path marker = Files.writeString(Path.of("target", "sandbox-marker-" + System.nanoTime() + ".txt")
                .toAbsolutePath(), "top secret");
        try {
            String code = """
                    import os
                    for path in ("/etc/hostname", "/etc/passwd", %s, os.path.expanduser("~/.bashrc")):
                        try:
                            print("READ", path, open(path).read()[:20])
                        except OSError as error:
                            print("DENIED", path, type(error).__name__)
                    try:
                        open("/sandbox/planted.py", "w").write("x")
                        print("WROTE sandbox")
                    except OSError as error:
                        print("DENIED write", type(error).__name__)
                    print("UID", os.getuid(), "ENTRIES", sorted(os.listdir("/")))
                    """.formatted("'" + marker + "'") + FIND_PAIR_PY;

            RunResult result = runner.run("test", "find-pair", "python", code);

            assertThat(result.status()).isEqualTo(RunStatus.PASSED);
            assertThat(result.output())
                    .contains("DENIED /etc/hostname", "DENIED /etc/passwd", "DENIED " + marker, "DENIED write")
                    .doesNotContain("READ ", "top secret", "WROTE");
            if (new Sandbox(properties).runsAsRoot()) {
                assertThat(result.output()).contains("UID 65534");
            }
        } finally {
            Files.deleteIfExists(marker);
        }
    }

    @Test
    void forkBombIsContainedAndLeavesNoProcessBehind() {
        String code = """
                import os, time
                children = 0
                while True:
                    try:
                        if os.fork() == 0:
                            time.sleep(60)
                            os._exit(0)
                        children += 1
                    except OSError as error:
                        print("FORK REFUSED after", children, "children:", error, flush=True)
                        break
                """ + FIND_PAIR_PY;

        RunResult result = runner.run("test", "find-pair", "python", code);

        assertThat(result.status()).isIn(RunStatus.PASSED, RunStatus.ERROR);
        assertThat(result.output()).contains("FORK REFUSED");
        await().atMost(Duration.ofSeconds(10)).until(() -> sandboxUserProcesses() == 0);
    }

    @Test
    void endlessLoopIsKilledAtTheTimeLimit() {
        CodeRunner quick = runnerWith(Map.of("python", 2));
        long started = System.nanoTime();

        RunResult result = quick.run("test", "find-pair", "python", """
                def find_pair(numbers, target):
                    while True:
                        pass
                """);

        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(result.status()).isEqualTo(RunStatus.TIMEOUT);
        assertThat(result.message()).contains("Stopped after 2 s");
        assertThat(result.durationMs()).isBetween(1_900L, 6_000L);
        assertThat(elapsedMs).isLessThan(8_000);
        await().atMost(Duration.ofSeconds(10)).until(() -> sandboxUserProcesses() == 0);
    }

    @Test
    void endlessLoopInJavaScriptAndJavaIsKilledToo() {
        CodeRunner quick = runnerWith(Map.of("javascript", 2, "java", 8));

        RunResult js = quick.run("test", "find-pair", "javascript", "function findPair() { for (;;) {} }");
        RunResult java = quick.run("test", "find-pair", "java",
                "class Solution { static int[] findPair(int[] n, int t) { while (true) { } } }");

        assertThat(js.status()).isEqualTo(RunStatus.TIMEOUT);
        assertThat(java.status()).isEqualTo(RunStatus.TIMEOUT);
    }

    @Test
    void hugeOutputIsTruncatedAndTheTestsStillCount() {
        String code = """
                import sys
                for i in range(200000):
                    sys.stdout.write("spam spam spam spam spam spam spam spam spam spam\\n")
                """ + FIND_PAIR_PY;

        RunResult result = runner.run("test", "find-pair", "python", code);

        assertThat(result.status()).isEqualTo(RunStatus.PASSED);
        assertThat(result.output().length()).isLessThan(properties.maxOutputBytes() + 200);
        // 200,000 lines of 50 bytes, plus the harness's summary line.
        assertThat(result.output()).containsPattern("output truncated: showing the first 64 KB of 100\\d{5} bytes\\.$");
    }

    @Test
    void runningOutOfMemoryIsReported() {
        RunResult result = runner.run("test", "find-pair", "python", """
                hoard = bytearray(2 * 1024 * 1024 * 1024)
                """ + FIND_PAIR_PY);

        assertThat(result.status()).isEqualTo(RunStatus.ERROR);
        assertThat(result.output()).contains("MemoryError");
    }

    @Test
    void passingAndFailingCodeIsReportedCaseByCaseInEveryLanguage() {
        Map<String, String> wrong = Map.of(
                "python", "def find_pair(numbers, target):\n    return [0, 1]\n",
                "javascript", "function findPair(numbers, target) {\n  return [0, 1];\n}\n",
                "java", "import java.util.*;\n\nclass Solution {\n    static int[] findPair(int[] n, int t) {\n"
                        + "        return new int[] {0, 1};\n    }\n}\n");
        for (String language : CodeRunner.LANGUAGES) {
            RunResult result = runner.run("test", "find-pair", language, wrong.get(language));

            assertThat(result.status()).as(language).isEqualTo(RunStatus.FAILED);
            assertThat(result.passed()).as(language).isEqualTo(1);
            assertThat(result.failed()).as(language).isEqualTo(4);
            assertThat(result.total()).as(language).isEqualTo(5);
            assertThat(result.message()).as(language).isEqualTo("1 of 5 tests passed.");
            assertThat(result.cases().get(0)).as(language).isEqualTo(new CaseResult("first and second", true, ""));
            assertThat(result.cases().get(1).message()).as(language)
                    .matches("find_?[pP]air\\(\\[-4,\\s?8,\\s?1,\\s?3\\],\\s?-1\\) returned \\[0,\\s?1\\], expected \\[0,\\s?3\\]");
        }
    }

    @Test
    void codeThatDoesNotLoadIsAnErrorPointingAtTheLine() {
        RunResult python = runner.run("test", "find-pair", "python", "def find_pair(numbers, target)\n    return []\n");
        RunResult javascript = runner.run("test", "find-pair", "javascript", "function findPair( {\n}\n");
        RunResult java = runner.run("test", "find-pair", "java",
                "import java.util.*;\n\nclass Solution {\n    static int[] findPair(int[] n, int t) {\n        return n\n    }\n}\n");
        RunResult noClass = runner.run("test", "find-pair", "java", "static int[] findPair(int[] n, int t) { return n; }");

        assertThat(python.status()).isEqualTo(RunStatus.ERROR);
        assertThat(python.message()).startsWith("Your code could not be loaded: SyntaxError");
        assertThat(python.output()).contains("solution.py\", line 1");
        assertThat(javascript.status()).isEqualTo(RunStatus.ERROR);
        assertThat(javascript.message()).startsWith("Your code could not be loaded: SyntaxError");
        assertThat(java.status()).isEqualTo(RunStatus.ERROR);
        assertThat(java.message()).isEqualTo("The code does not compile.");
        assertThat(java.output()).contains("Solution.java:5: error: ';' expected");
        assertThat(noClass.status()).isEqualTo(RunStatus.ERROR);
        assertThat(noClass.message()).isEqualTo("Put your method in a class named Solution.");
    }

    @Test
    void missingRuntimeIsReportedAsUnavailable() {
        Map<String, CodingProperties.Runtime> languages = new HashMap<>(properties.languages());
        CodingProperties.Runtime java = languages.get("java");
        languages.put("java", new CodingProperties.Runtime("/nonexistent/bin/java", java.memoryMb(),
                java.addressSpaceMb(), java.wallTime()));
        CodeRunner withoutJava = new SandboxCodeRunner(challenges, copy(properties, languages, properties.bwrap(), 2),
                json, new RunQuotaProperties(64));

        RunResult result = withoutJava.run("test", "find-pair", "java", "class Solution {}");

        assertThat(result.status()).isEqualTo(RunStatus.UNAVAILABLE);
        assertThat(result.message()).isEqualTo("Java is not installed on this server (/nonexistent/bin/java not found).");
    }

    @Test
    void missingSandboxIsReportedAsUnavailable() {
        CodeRunner withoutBwrap = new SandboxCodeRunner(challenges,
                copy(properties, properties.languages(), "/nonexistent/bwrap", 2), json, new RunQuotaProperties(64));

        RunResult result = withoutBwrap.run("test", "find-pair", "python", FIND_PAIR_PY);

        assertThat(result.status()).isEqualTo(RunStatus.UNAVAILABLE);
        assertThat(result.message()).contains("bubblewrap", "not installed");
    }

    @Test
    void runsBeyondTheConcurrencyLimitWaitThenReportBusy() {
        CodingProperties one = new CodingProperties(1, Duration.ofMillis(200), properties.maxCodeBytes(),
                properties.maxOutputBytes(), properties.isolation(), properties.bwrap(), properties.prlimit(),
                properties.setpriv(), properties.runAsUid(), properties.runAsGid(), properties.maxProcesses(),
                properties.maxFileBytes(), properties.tmpBytes(), properties.workDirectory(), properties.readOnlyPaths(),
                withWallTimes(Map.of("python", 3)));
        CodeRunner single = new SandboxCodeRunner(challenges, one, json, new RunQuotaProperties(64));
        CompletableFuture<RunResult> slow = CompletableFuture.supplyAsync(() -> single.run("test", "find-pair", "python",
                "import time\ntime.sleep(2)\n" + FIND_PAIR_PY));
        await().atMost(Duration.ofSeconds(5)).until(() -> sandboxUserProcesses() > 0 || slow.isDone());

        RunResult busy = single.run("test", "find-pair", "python", FIND_PAIR_PY);

        assertThat(busy.status()).isEqualTo(RunStatus.UNAVAILABLE);
        assertThat(busy.message()).contains("busy");
        assertThat(slow.join().status()).isEqualTo(RunStatus.PASSED);
    }

    @Test
    void unknownChallengesAndLanguagesAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.run("test", "no-such-thing", "python", ""))
                .isInstanceOf(UnknownChallengeException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.run("test", "find-pair", "cobol", ""))
                .isInstanceOf(UnsupportedLanguageException.class);
    }

    private CodeRunner runnerWith(Map<String, Integer> wallSeconds) {
        return new SandboxCodeRunner(challenges, copy(properties, withWallTimes(wallSeconds), properties.bwrap(),
                properties.maxConcurrentRuns()), json, new RunQuotaProperties(64));
    }

    private Map<String, CodingProperties.Runtime> withWallTimes(Map<String, Integer> wallSeconds) {
        Map<String, CodingProperties.Runtime> languages = new HashMap<>(properties.languages());
        wallSeconds.forEach((language, seconds) -> {
            CodingProperties.Runtime r = languages.get(language);
            languages.put(language, new CodingProperties.Runtime(r.command(), r.memoryMb(), r.addressSpaceMb(),
                    Duration.ofSeconds(seconds)));
        });
        return languages;
    }

    private static CodingProperties copy(CodingProperties p, Map<String, CodingProperties.Runtime> languages,
            String bwrap, int concurrent) {
        return new CodingProperties(concurrent, p.queueTimeout(), p.maxCodeBytes(), p.maxOutputBytes(), p.isolation(),
                bwrap, p.prlimit(), p.setpriv(), p.runAsUid(), p.runAsGid(), p.maxProcesses(), p.maxFileBytes(),
                p.tmpBytes(), p.workDirectory(), List.copyOf(p.readOnlyPaths()), Map.copyOf(languages));
    }

    /** Processes of the unprivileged sandbox user still alive on the host. */
    private static long sandboxUserProcesses() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().user().map("nobody"::equals).orElse(false))
                .count();
    }
}
