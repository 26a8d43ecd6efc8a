package com.interviewed.interviewer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeObservationsTest {

    @Test
    void seesNestedLoopsInPythonJavaScriptAndJava() {
        assertThat(CodeObservations.of("for a in xs:\n    for b in xs:\n        pass\n", null).nestedLoops()).isTrue();
        assertThat(CodeObservations.of("for (let i = 0; i < n; i++) {\n  for (let j = i; j < n; j++) {\n  }\n}", null)
                .nestedLoops()).isTrue();
        assertThat(CodeObservations.of("pairs = [(a, b) for a in xs for b in xs]", null).nestedLoops()).isTrue();
    }

    @Test
    void doesNotSeeNestingInConsecutiveLoops() {
        String code = "for a in xs:\n    total += a\nfor b in ys:\n    total -= b\n";

        assertThat(CodeObservations.of(code, null).nestedLoops()).isFalse();
    }

    @Test
    void seesEmptyInputChecksInEachLanguage() {
        assertThat(CodeObservations.of("if not nums:\n    return []", null).checksEmptyInput()).isTrue();
        assertThat(CodeObservations.of("if (nums.length === 0) return [];", null).checksEmptyInput()).isTrue();
        assertThat(CodeObservations.of("if (nums == null || nums.length == 0) return new int[0];", null)
                .checksEmptyInput()).isTrue();
        assertThat(CodeObservations.of("return sorted(nums)[0]", null).checksEmptyInput()).isFalse();
    }

    @Test
    void seesSortingAndFailingTests() {
        assertThat(CodeObservations.of("nums.sort()", null).sorts()).isTrue();
        assertThat(CodeObservations.of("", "4 passed, 1 failed").testsFailing()).isTrue();
        assertThat(CodeObservations.of("", "5 passed, 0 failed").testsFailing()).isFalse();
    }
}
