package com.interviewed.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeScoringTest {

    private static final String PYTHON = """
            def ways(n):
                a, b = 1, 1
                for _ in range(n):
                    a, b = b, a + b
                return a
            """;

    private static ScoredQuestion discussed(double depth) {
        Dimensions d = new Dimensions(6, depth, 4, 6, 6);
        return new ScoredQuestion("Ways up the stairs", "I would use dynamic programming.", d.overall(), d, "Fine.",
                List.of("I would use dynamic programming."),
                List.of("Writes a working solution that passes the tests", "Handles edge cases"), List.of());
    }

    @Test
    void readsTheRunnersSentencesAndMeasuresTheCode() {
        CodeEvidence all = CodeScoring.measure("staircase-ways", "python", PYTHON, "All 5 tests passed.");
        CodeEvidence some = CodeScoring.measure("staircase-ways", "python", PYTHON, "3 of 5 tests passed.");
        CodeEvidence broken = CodeScoring.measure("staircase-ways", "python", PYTHON, "SyntaxError on line 2.");

        assertThat(all.passed()).isEqualTo(5);
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.lines()).isEqualTo(5);
        assertThat(all.functions()).isEqualTo(1);
        assertThat(all.maxNesting()).isEqualTo(2);
        assertThat(some.passShare()).isEqualTo(0.6);
        assertThat(broken.passed()).isNull();
        assertThat(CodeScoring.codeScore(all)).isEqualTo(9.5);
        assertThat(CodeScoring.codeScore(some)).isEqualTo(6.5);
        assertThat(CodeScoring.codeScore(broken)).isEqualTo(2.5);
    }

    @Test
    void passingCodeRaisesTechnicalDepthAndIsNoLongerListedAsMissing() {
        ScoredQuestion q = CodeScoring.apply(discussed(2.3),
                CodeScoring.measure("staircase-ways", "python", PYTHON, "All 5 tests passed."));

        assertThat(q.dimensions().technicalDepth()).isEqualTo(Dimensions.round(0.6 * 9.5 + 0.4 * 2.3));
        assertThat(q.dimensions().problemSolving()).isEqualTo(Dimensions.round(0.5 * 9.5 + 0.5 * 4));
        assertThat(q.missing()).containsExactly("Handles edge cases");
        assertThat(q.feedback()).startsWith("The final code passed all 5 tests.");
        assertThat(q.signals()).extracting(Signal::name).containsOnly("code and tests");
        assertThat(q.code().code()).isEqualTo(PYTHON);
    }

    @Test
    void failingCodeLowersItAndSaysWhatIsMissing() {
        ScoredQuestion q = CodeScoring.apply(discussed(7),
                CodeScoring.measure("staircase-ways", "python", PYTHON, "1 of 5 tests passed."));

        assertThat(q.dimensions().technicalDepth()).isLessThan(7);
        assertThat(q.missing()).first().asString().contains("1 of 5 tests passed");
        assertThat(q.signals()).allSatisfy(s -> assertThat(s.effect()).isNegative());
    }
}
