package com.interviewed.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every role of roles.json has a field lexicon of a useful size, its includes resolve, and unknown roles have none. */
class RoleLexiconTest {

    @Test
    void everyRoleHasAFieldLexiconOfTwoToFourHundredOwnTerms() throws IOException {
        for (String role : roles()) {
            List<String> own = ownLines(role);
            if (!role.equals("fullstack")) {
                assertThat(own.size()).as(role + " own terms").isBetween(200, 400);
            }
            assertThat(RoleLexicon.terms(role)).as(role).hasSizeGreaterThanOrEqualTo(200).doesNotHaveDuplicates()
                    .allSatisfy(term -> assertThat(term).isNotBlank().doesNotStartWith("#").doesNotStartWith("@"));
        }
    }

    @Test
    void includedLexiconsAreMergedWithoutRepeats() {
        List<String> fullstack = RoleLexicon.terms("fullstack");

        assertThat(fullstack).contains("code splitting", "connection pool", "pull request", "backend for frontend");
        assertThat(RoleLexicon.terms("devops")).contains("error budget", "pull request");
        assertThat(RoleLexicon.terms("designer")).contains("design tokens").doesNotContain("pull request");
    }

    @Test
    void anUnknownOrMissingRoleHasNoLexicon() {
        assertThat(RoleLexicon.terms("astronaut")).isEmpty();
        assertThat(RoleLexicon.terms(null)).isEmpty();
        assertThat(RoleLexicon.terms("../questions/roles")).isEmpty();
    }

    static List<String> roles() throws IOException {
        try (InputStream in = RoleLexiconTest.class.getResourceAsStream("/questions/roles.json")) {
            List<String> ids = new ArrayList<>();
            for (JsonNode role : JsonMapper.builder().build().readTree(in).get("roles")) {
                ids.add(role.get("id").asString());
            }
            return ids;
        }
    }

    private static List<String> ownLines(String role) throws IOException {
        try (InputStream in = RoleLexiconTest.class.getResourceAsStream(RoleLexicon.DIRECTORY + role + ".txt")) {
            assertThat(in).as("lexicon of " + role).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("@")).toList();
        }
    }
}
