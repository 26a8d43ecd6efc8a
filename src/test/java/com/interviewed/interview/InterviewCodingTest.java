package com.interviewed.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import com.interviewed.support.InterviewSocketClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The coding step of a live interview: the server opens a challenge, edits stream in and are stored, "Run tests"
 * runs the sandbox and the interviewer hears the outcome and asks about it.
 */
class InterviewCodingTest extends HttpTestSupport {

    /** Different answers: the same answer given twice is noticed and redirected, which would slow this test. */
    private static final java.util.List<String> STRONG_ANSWERS = java.util.List.of(
            "In my last role I led a team of four and we rebuilt the billing service in Java. For example, I "
                    + "introduced idempotency keys, which cut duplicate charges by ninety percent.",
            "On the payments project I owned the ledger service. I chose PostgreSQL with strict transactions, wrote "
                    + "the reconciliation job myself, and as a result month-end errors dropped to zero.",
            "When two colleagues disagreed about a release, I set up a short meeting, we wrote down the risks "
                    + "together, agreed to ship behind a flag, and the launch went out a week early.",
            "I once missed a deadline because I underestimated a migration. I told my manager early, split the "
                    + "work into smaller steps, and since then my estimates have been within ten percent.");

    @Test
    void codingChallengeOpensEditsAreStoredAndTestResultsReachTheInterviewer() {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("coder"), "correct horse");
        String id = postJson("/api/v1/interviews", Map.of("role", "backend", "includeCoding", true), token)
                .json().get("id").asString();
        try (InterviewSocketClient client = InterviewSocketClient.connect(
                "ws://localhost:" + port + "/ws/interviews/" + id + "?access_token=" + token)) {
            client.awaitType("session.ready");
            for (int answers = 0; client.count("code.challenge") == 0 && answers < 30; answers++) {
                long interviewerLines = interviewerLines(client);
                client.send(Map.of("type", "text", "text", STRONG_ANSWERS.get(answers % STRONG_ANSWERS.size())));
                client.await(e -> interviewerLines(client) > interviewerLines, "the interviewer's reply");
            }
            JsonNode challenge = client.awaitType("code.challenge");
            String challengeId = challenge.get("challengeId").asString();
            assertThat(challenge.get("starterCode").asString()).isNotBlank();

            client.send(Map.of("type", "code.update", "challengeId", challengeId, "language", "python",
                    "code", "def solve():\n    return None\n"));
            org.awaitility.Awaitility.await().until(() -> jdbc.sql(
                            "select count(*) from interview_code where interview_id = ? and challenge_id = ?")
                    .params(UUID.fromString(id), challengeId).query(Integer.class).single() == 1);

            long before = interviewerLines(client);
            Response run = postJson("/api/v1/interviews/" + id + "/code/run", Map.of("challengeId", challengeId,
                    "language", "python", "code", challenge.get("starterCodes").get("python").asString()), token);
            assertThat(run.status()).isEqualTo(200);
            assertThat(run.json().get("status").asString()).isIn("FAILED", "ERROR");
            client.await(e -> interviewerLines(client) > before, "the interviewer reacts to the test run");
        }
        String summary = jdbc.sql("select test_summary from interview_code where interview_id = ?")
                .param(UUID.fromString(id)).query(String.class).single();
        assertThat(summary).isNotBlank();
    }

    @Test
    void strangersCannotRunCodeInSomeoneElsesInterview() {
        String owner = registerAndGetToken("CANDIDATE", uniqueEmail("owner"), "correct horse");
        String stranger = registerAndGetToken("CANDIDATE", uniqueEmail("stranger"), "correct horse");
        String id = postJson("/api/v1/interviews", Map.of("role", "backend"), owner).json().get("id").asString();
        Map<String, String> body = Map.of("challengeId", "x", "language", "python", "code", "print(1)");

        assertThat(postJson("/api/v1/interviews/" + id + "/code/run", body, stranger).status()).isEqualTo(404);
        assertThat(postJson("/api/v1/interviews/" + id + "/code/run", body).status()).isIn(401, 403);
    }

    private static long interviewerLines(InterviewSocketClient client) {
        return client.ofType("transcript.final").stream()
                .filter(e -> "interviewer".equals(e.path("role").asString())).count();
    }
}
