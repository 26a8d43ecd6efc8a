package com.interviewed.scoring;

/**
 * The candidate's final code for a coding question, as the report shows it and as the score used it.
 *
 * @param testSummary the code runner's sentence for the last run ("3 of 5 tests passed."), or {@code null} if the
 *                    tests were never run
 * @param passed      tests passed on the last run, or {@code null} when no test ran (never run, compile error…)
 * @param total       tests in that run, or {@code null}
 * @param lines       non-blank lines of code
 * @param functions   functions or methods defined
 * @param maxNesting  deepest nesting of blocks (indentation or braces), a rough measure of complexity
 */
public record CodeEvidence(String challengeId, String language, String code, String testSummary, Integer passed,
        Integer total, int lines, int functions, int maxNesting) {

    /** The test outcome in words, for the report. */
    public String outcome() {
        if (testSummary == null || testSummary.isBlank()) {
            return "The tests were never run.";
        }
        return testSummary;
    }

    /** Share of tests passed on the last run; 0 when none ran. */
    public double passShare() {
        return passed == null || total == null || total == 0 ? 0 : (double) passed / total;
    }
}
