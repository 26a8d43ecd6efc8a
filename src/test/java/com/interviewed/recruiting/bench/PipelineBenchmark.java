package com.interviewed.recruiting.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import com.interviewed.support.TestDatabaseEnvironment;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds one job with 10,000 invited candidates (about 70 % scored) and measures the pipeline page and the ranked
 * candidates API over loopback HTTP, which is server time plus well under a millisecond. Meant for PostgreSQL:
 * <pre>
 * ./mvnw -B test -Dtest=PipelineBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dinterviewed.test.excluded-groups=none -Dinterviewed.test.postgres-url=jdbc:postgresql://127.0.0.1:5432/test
 * </pre>
 */
@Tag("benchmark")
class PipelineBenchmark extends HttpTestSupport {

    private static final int CANDIDATES = 10_000;
    private static final int WARM_UP = 100;
    private static final int RUNS = 200;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Test
    void pipelineOfTenThousandCandidates() throws Exception {
        String token = registerAndGetToken("RECRUITER", uniqueEmail("bench"), "correct horse");
        String job = postJson("/api/v1/jobs", Map.of("title", "Backend engineer", "requirements", List.of("Java"),
                "seniority", "MID", "mode", "SOLO", "durationMinutes", 30, "language", "en",
                "customQuestions", List.of(), "status", "OPEN"), token).json().get("id").asString();
        UUID jobId = UUID.fromString(job);
        UUID organization = jdbc.sql("select organization_id from jobs where id = ?").param(jobId)
                .query(UUID.class).single();
        seed(jobId, organization);
        if (TestDatabaseEnvironment.onPostgres()) {
            jdbcTemplate.execute("analyze invites");
        }

        System.out.printf(Locale.ROOT, "%nPipeline benchmark: %,d candidates on %s, %d runs after %d warm-up%n",
                CANDIDATES, TestDatabaseEnvironment.onPostgres() ? "PostgreSQL" : "H2", RUNS, WARM_UP);
        // The floor on this machine right now: an authenticated request that does almost nothing.
        report("floor /api/v1/me", measure("/api/v1/me", token));
        report("page  /hire/jobs/{id} (sorted by score)", measure("/hire/jobs/" + job, token));
        report("page  /hire/jobs/{id}?sort=name&page=120", measure("/hire/jobs/" + job + "?sort=name&page=120", token));
        report("page  /hire/jobs/{id}?band=strong", measure("/hire/jobs/" + job + "?band=strong", token));
        report("htmx  /hire/jobs/{id}/pipeline", measure("/hire/jobs/" + job + "/pipeline", token));
        report("API   /api/v1/jobs/{id}/candidates?sort=score",
                measure("/api/v1/jobs/" + job + "/candidates?sort=score", token));
        report("API   ...?sort=technicalDepth&status=SCORED",
                measure("/api/v1/jobs/" + job + "/candidates?sort=technicalDepth&status=SCORED", token));
    }

    private void seed(UUID jobId, UUID organization) throws Exception {
        Random random = new Random(42);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            boolean scored = random.nextDouble() < 0.7;
            Object[] scores = new Object[6];
            for (int s = 0; s < 6; s++) {
                scores[s] = scored ? Math.round((2 + random.nextDouble() * 8) * 100) / 100.0 : null;
            }
            String hash = HexFormat.of().formatHex(sha.digest(UUID.randomUUID().toString().getBytes()));
            Object[] row = new Object[] {UUID.randomUUID(), jobId, organization, "candidate" + i + "@example.com",
                    "Candidate " + i, hash, scored ? "SCORED" : "INVITED",
                    Timestamp.from(now.plus(7, ChronoUnit.DAYS)), Timestamp.from(now.minusSeconds(i)),
                    scores[0], scores[1], scores[2], scores[3], scores[4], scores[5]};
            rows.add(row);
        }
        jdbcTemplate.batchUpdate("""
                insert into invites (id, job_id, organization_id, email, name, token_hash, status, expires_at, created_at,
                                     score_overall, score_communication, score_technical_depth, score_problem_solving,
                                     score_confidence, score_relevance)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private long[] measure(String path, String token) {
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(get(path, token).status()).isEqualTo(200);
        }
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Response response = get(path, token);
            micros[i] = (System.nanoTime() - start) / 1000;
            assertThat(response.status()).isEqualTo(200);
        }
        Arrays.sort(micros);
        return micros;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "  %-48s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms%n", what,
                sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.95)] / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }
}
