package com.interviewed.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CodingApiTest extends HttpTestSupport {

    private String token;

    @BeforeEach
    void signIn() {
        token = registerAndGetToken("CANDIDATE", uniqueEmail("coder"), "correct horse");
    }

    @Test
    void challengesNeedSignIn() {
        assertThat(get("/api/v1/coding/challenges").status()).isEqualTo(401);
        assertThat(postJson("/api/v1/coding/run", Map.of("challengeId", "find-pair", "language", "python",
                "code", "")).status()).as("refused by CSRF or sign-in").isIn(401, 403);
    }

    @Test
    void listsChallengesWithIdTitleAndDifficulty() {
        Response response = get("/api/v1/coding/challenges", token);

        assertThat(response.status()).isEqualTo(200);
        JsonNode list = response.json();
        assertThat(list.size()).isGreaterThanOrEqualTo(20);
        JsonNode first = list.get(0);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("id", "title", "difficulty");
        assertThat(list.findValuesAsString("id")).contains("find-pair", "merge-meetings");
    }

    @Test
    void showsPromptAndStarterCodeButNeverTheTests() {
        Response response = get("/api/v1/coding/challenges/find-pair", token);

        assertThat(response.status()).isEqualTo(200);
        JsonNode challenge = response.json();
        assertThat(challenge.get("title").asString()).isEqualTo("Find the pair");
        assertThat(challenge.get("difficulty").asString()).isEqualTo("easy");
        assertThat(challenge.get("prompt").asString()).contains("Examples:", "numbers = [2, 7, 11, 15], target = 9  →  [0, 1]");
        assertThat(challenge.get("starterCode").get("python").asString()).startsWith("def find_pair(numbers: list[int], target: int) -> list[int]:");
        assertThat(challenge.get("starterCode").get("javascript").asString()).contains("function findPair(numbers, target) {");
        assertThat(challenge.get("starterCode").get("java").asString()).contains("static int[] findPair(int[] numbers, int target) {");
        assertThat(response.body()).doesNotContain("InterviewedTests", "NONCE", "far apart", "tests");
    }

    @Test
    void unknownChallengeIsNotFound() {
        Response response = get("/api/v1/coding/challenges/no-such-challenge", token);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(postJson("/api/v1/coding/run", Map.of("challengeId", "no-such-challenge", "language", "python",
                "code", "x = 1"), token).status()).isEqualTo(404);
    }

    @Test
    void runsCodeAndReportsEachCase() {
        Response response = postJson("/api/v1/coding/run", Map.of("challengeId", "lowest-balance",
                "language", "python", "code", """
                        def lowest_balance(amounts):
                            print("checking", amounts)
                            return min([0] + [sum(amounts[:i + 1]) for i in range(len(amounts))])
                        """), token);

        assertThat(response.status()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.get("status").asString()).isEqualTo("PASSED");
        assertThat(result.get("passed").asInt()).isEqualTo(5);
        assertThat(result.get("failed").asInt()).isZero();
        assertThat(result.get("total").asInt()).isEqualTo(5);
        assertThat(result.get("cases").get(0).propertyNames()).containsExactlyInAnyOrder("name", "passed", "message");
        assertThat(result.get("output").asString()).contains("checking [5, 10, 3]").doesNotContain("@@interviewed");
        assertThat(result.get("durationMs").asLong()).isPositive();
    }

    @Test
    void reportsFailuresWithTheirReason() {
        Response response = postJson("/api/v1/coding/run", Map.of("challengeId", "lowest-balance",
                "language", "javascript", "code", "function lowestBalance(amounts) { return 0; }"), token);

        JsonNode result = response.json();
        assertThat(result.get("status").asString()).isEqualTo("FAILED");
        assertThat(result.get("passed").asInt()).isEqualTo(2);
        assertThat(result.get("failed").asInt()).isEqualTo(3);
        assertThat(result.get("message").asString()).isEqualTo("2 of 5 tests passed.");
        assertThat(result.get("cases").get(1).get("message").asString())
                .isEqualTo("lowestBalance([10,-20,5,-1]) returned 0, expected -10");
    }

    @Test
    void refusesCodeOver64Kilobytes() {
        String code = "# " + "x".repeat(65_536) + "\n";

        Response response = postJson("/api/v1/coding/run", Map.of("challengeId", "find-pair", "language", "python",
                "code", code), token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("title").asString()).isEqualTo("Code too large");
    }

    @Test
    void refusesMissingFieldsAndUnknownLanguages() {
        Response missing = postJson("/api/v1/coding/run", Map.of("language", "python"), token);
        Response cobol = postJson("/api/v1/coding/run", Map.of("challengeId", "find-pair", "language", "cobol",
                "code", "DISPLAY 'HI'."), token);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactly("challengeId", "code");
        assertThat(cobol.status()).isEqualTo(400);
        assertThat(cobol.json().get("detail").asString()).contains("cobol", "python");
    }
}
