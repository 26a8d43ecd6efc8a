package com.interviewed.coding.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.coding.CodeRunner;
import com.interviewed.coding.RunResult;
import com.interviewed.coding.RunStatus;
import com.interviewed.support.HttpTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Latency of one sandboxed test run per language (the reference solution of "find-pair", sequential runs), and the
 * share of it that is the sandbox itself rather than the language runtime. Run with
 * {@code ./mvnw -B -q test -Dtest=SandboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class SandboxBenchmark extends HttpTestSupport {

    private static final Map<String, String> FILES = Map.of("python", "solution.py", "javascript", "solution.js",
            "java", "Solution.java");
    private static final int RUNS = 5;

    @Autowired
    CodeRunner runner;

    @Test
    void runLatencyPerLanguage() throws IOException {
        for (String language : CodeRunner.LANGUAGES) {
            String code = solution("find-pair", language);
            runner.run("bench", "find-pair", language, code); // warm the page cache
            List<Long> wall = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long started = System.nanoTime();
                RunResult result = runner.run("bench", "find-pair", language, code);
                wall.add((System.nanoTime() - started) / 1_000_000);
                assertThat(result.status()).isEqualTo(RunStatus.PASSED);
            }
            wall.sort(Long::compare);
            System.out.printf("sandbox %-10s median %5d ms  min %5d ms  max %5d ms  (%d runs)%n", language,
                    wall.get(RUNS / 2), wall.get(0), wall.get(RUNS - 1), RUNS);
        }
    }

    private static String solution(String challenge, String language) throws IOException {
        try (InputStream in = SandboxBenchmark.class.getResourceAsStream(
                "/challenge-solutions/" + challenge + "/" + FILES.get(language))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
