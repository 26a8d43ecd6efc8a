package com.interviewed.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * One user's runs cannot starve the sandbox (issue 12: six endless loops by one user made another user's correct
 * solution wait 19.6 s). Two slots, one run in progress per user: the second and third loops are refused at once,
 * and another user's run takes the free slot straight away.
 */
class SandboxQuotaTest extends HttpTestSupport {

    private static final String ENDLESS = "def find_pair(numbers, target):\n    while True:\n        pass\n";

    @Test
    void oneUsersEndlessLoopsLeaveTheOtherSlotToOthers() throws Exception {
        String looper = registerAndGetToken("CANDIDATE", uniqueEmail("looper"), "correct horse");
        String other = registerAndGetToken("CANDIDATE", uniqueEmail("other"), "correct horse");
        String solution = Files.readString(Path.of("src/test/resources/challenge-solutions/find-pair/solution.py"));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<Response>> loops = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                loops.add(CompletableFuture.supplyAsync(() -> run(looper, ENDLESS), pool));
            }
            // Two of the three are refused without waiting; the third holds a slot until its wall time.
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (loops.stream().filter(CompletableFuture::isDone).count() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            List<Response> refused = loops.stream().filter(CompletableFuture::isDone).map(CompletableFuture::join)
                    .toList();
            assertThat(refused).hasSize(2);
            for (Response response : refused) {
                assertThat(response.status()).as(response.body()).isEqualTo(429);
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
            }

            long started = System.nanoTime();
            Response passed = run(other, solution);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(passed.status()).isEqualTo(200);
            assertThat(passed.json().get("status").asString()).isEqualTo("PASSED");
            System.out.printf("Another user's correct solution while one user loops: %d ms%n", millis);
            assertThat(millis).as("it did not wait for the loop's 10 s wall time").isLessThan(8_000);

            Response loop = loops.stream().map(CompletableFuture::join).filter(r -> r.status() == 200)
                    .findFirst().orElseThrow();
            assertThat(loop.json().get("status").asString()).isEqualTo("TIMEOUT");
            assertThat(run(looper, solution).json().get("status").asString())
                    .as("the quota is given back when a run ends").isEqualTo("PASSED");
        } finally {
            pool.shutdownNow();
        }
    }

    private Response run(String token, String code) {
        return postJson("/api/v1/coding/run", Map.of("challengeId", "find-pair", "language", "python", "code", code),
                token);
    }
}
