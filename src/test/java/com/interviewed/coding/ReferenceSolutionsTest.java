package com.interviewed.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.questions.CodingChallenge;
import com.interviewed.questions.CodingChallenges;
import com.interviewed.support.HttpTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every challenge is solvable in every language: the reference solutions (kept in test resources, never shipped)
 * pass all their tests in the real sandbox, and the starter code the browser shows fails every test cleanly, with
 * a message per case rather than a crash.
 */
class ReferenceSolutionsTest extends HttpTestSupport {

    private static final Map<String, String> SOLUTION_FILES = Map.of("python", "solution.py",
            "javascript", "solution.js", "java", "Solution.java");

    @Autowired
    CodingChallenges challenges;

    @Autowired
    CodeRunner runner;

    @Test
    void thereAreAtLeastTwentyChallengesEachWithStarterCodeAndTestsInEveryLanguage() {
        assertThat(challenges.all()).hasSizeGreaterThanOrEqualTo(20);
        for (CodingChallenge challenge : challenges.all()) {
            assertThat(challenge.difficulty()).as(challenge.id()).isIn("easy", "medium");
            assertThat(challenge.prompt()).as(challenge.id()).contains("Examples:");
            assertThat(challenge.starterCode().keySet()).as(challenge.id()).containsExactlyInAnyOrderElementsOf(CodeRunner.LANGUAGES);
            assertThat(challenge.tests().keySet()).as(challenge.id()).containsExactlyInAnyOrderElementsOf(CodeRunner.LANGUAGES);
        }
    }

    @Test
    void everyReferenceSolutionPassesItsTestsInEveryLanguage() throws Exception {
        List<String> failures = runAll((challenge, language) -> reference(challenge.id(), language), RunStatus.PASSED);
        assertThat(failures).isEmpty();
    }

    @Test
    void everyStarterCodeFailsItsTestsCleanly() throws Exception {
        List<String> failures = runAll((challenge, language) -> challenge.starterCode().get(language), RunStatus.FAILED);
        assertThat(failures).isEmpty();
    }

    private List<String> runAll(CodeFor code, RunStatus expected) throws Exception {
        List<Future<String>> runs = new ArrayList<>();
        try (Closeable pool = new Closeable(Executors.newFixedThreadPool(2))) {
            for (CodingChallenge challenge : challenges.all()) {
                for (String language : CodeRunner.LANGUAGES) {
                    runs.add(pool.executor.submit(() -> {
                        RunResult result = runner.run("reference:" + challenge.id() + ":" + language, challenge.id(), language, code.of(challenge, language));
                        boolean ok = result.status() == expected && result.total() > 0
                                && (expected == RunStatus.PASSED ? result.failed() == 0 : result.passed() == 0)
                                && result.cases().stream().allMatch(c -> c.passed() || !c.message().isBlank());
                        return ok ? null : challenge.id() + "/" + language + ": " + result;
                    }));
                }
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> run : runs) {
                String failure = run.get();
                if (failure != null) {
                    failures.add(failure);
                }
            }
            return failures;
        }
    }

    static String reference(String challengeId, String language) {
        String path = "/challenge-solutions/" + challengeId + "/" + SOLUTION_FILES.get(language);
        try (InputStream in = ReferenceSolutionsTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference solution " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface CodeFor {
        String of(CodingChallenge challenge, String language);
    }

    private record Closeable(ExecutorService executor) implements AutoCloseable {
        @Override
        public void close() {
            executor.shutdownNow();
        }
    }
}
