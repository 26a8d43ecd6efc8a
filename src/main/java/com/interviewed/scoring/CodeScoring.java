package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings the coding step's final code into its question's score, whichever scorer scored the discussion. The test
 * outcome is the strongest evidence a coding answer can have, so technical depth and problem solving become a
 * fixed blend of a code score and the discussion's score: the development set has no coding answers to fit a
 * weight on, and a fixed, stated rule is easier to check than a guessed fit. The change is listed as signals.
 */
final class CodeScoring {

    /** Share of technical depth and of problem solving that comes from the code; the rest from the discussion. */
    static final double CODE_WEIGHT_DEPTH = 0.6;
    static final double CODE_WEIGHT_PROBLEM_SOLVING = 0.5;

    /** The code runner's sentences: "All 5 tests passed.", "3 of 5 tests passed.". */
    private static final Pattern ALL_PASSED = Pattern.compile("all (\\d+) tests? passed");
    private static final Pattern SOME_PASSED = Pattern.compile("(\\d+) of (\\d+) tests? passed");
    private static final Pattern FUNCTION = Pattern.compile(
            "^\\s*(def |function |(public |private |protected |static |final )+[\\w<>\\[\\], ]+\\s+\\w+\\s*\\()"
                    + "|\\bconst \\w+\\s*=\\s*(\\([^)]*\\)|\\w+)\\s*=>", Pattern.MULTILINE);
    /** Expected points that the test results answer better than the words do. */
    private static final Pattern TESTS_POINT = Pattern.compile("(?i)\\bpass(es)? the tests\\b|\\bworking solution\\b");

    private CodeScoring() {
    }

    /** Measures the code the candidate left at the end of the coding step. */
    static CodeEvidence measure(String challengeId, String language, String code, String testSummary) {
        String source = code == null ? "" : code;
        Integer passed = null;
        Integer total = null;
        String summary = testSummary == null ? "" : testSummary.toLowerCase(Locale.ROOT);
        Matcher all = ALL_PASSED.matcher(summary);
        Matcher some = SOME_PASSED.matcher(summary);
        if (all.find()) {
            passed = Integer.parseInt(all.group(1));
            total = passed;
        } else if (some.find()) {
            passed = Integer.parseInt(some.group(1));
            total = Integer.parseInt(some.group(2));
        }
        int lines = (int) source.lines().filter(l -> !l.isBlank()).count();
        int functions = 0;
        Matcher f = FUNCTION.matcher(source);
        while (f.find()) {
            functions++;
        }
        return new CodeEvidence(challengeId, language, source, testSummary, passed, total, lines, functions,
                nesting(source));
    }

    /**
     * The code's own score (1–10): mostly the share of tests passed; code that ran no test (never run, did not
     * compile) gets at most 2.5 for having been written. Deep nesting costs a little, as reviewers read it.
     */
    static double codeScore(CodeEvidence code) {
        if (code.lines() == 0) {
            return 1;
        }
        if (code.passed() == null) {
            return 2.5;
        }
        double score = 2 + 7.5 * code.passShare();
        if (code.maxNesting() > 4) {
            score -= 0.5;
        }
        return Math.max(1, Math.min(10, score));
    }

    /** The question's scores with the code taken into account, the signals that say how, and the code attached. */
    static ScoredQuestion apply(ScoredQuestion q, CodeEvidence code) {
        double codeScore = codeScore(code);
        Dimensions d = q.dimensions();
        double depth = Dimensions.round(CODE_WEIGHT_DEPTH * codeScore + (1 - CODE_WEIGHT_DEPTH) * d.technicalDepth());
        double solving = Dimensions.round(CODE_WEIGHT_PROBLEM_SOLVING * codeScore
                + (1 - CODE_WEIGHT_PROBLEM_SOLVING) * d.problemSolving());
        Dimensions scored = new Dimensions(d.communication(), depth, solving, d.confidence(), d.relevance());
        String outcome = code.outcome() + " (" + code.lines() + " lines, " + code.functions() + " functions, nesting "
                + code.maxNesting() + ")";
        List<Signal> signals = new ArrayList<>(q.signals());
        signals.add(new Signal("technicalDepth", "code and tests", Math.round(code.passShare() * 100) / 100.0,
                Math.round((depth - d.technicalDepth()) * 100) / 100.0,
                "Final code scored " + Dimensions.round(codeScore) + " from its last test run: " + outcome
                        + ". It makes up " + Math.round(CODE_WEIGHT_DEPTH * 100) + "% of technical depth."));
        signals.add(new Signal("problemSolving", "code and tests", Math.round(code.passShare() * 100) / 100.0,
                Math.round((solving - d.problemSolving()) * 100) / 100.0,
                "Final code scored " + Dimensions.round(codeScore) + " from its last test run. It makes up "
                        + Math.round(CODE_WEIGHT_PROBLEM_SOLVING * 100) + "% of problem solving."));
        boolean allPassed = code.total() != null && code.total() > 0 && code.passShare() == 1;
        // Whether the solution works is read from the tests, not from what was said about it.
        List<String> missing = new ArrayList<>(q.missing().stream().filter(m -> !TESTS_POINT.matcher(m).find())
                .toList());
        if (!allPassed) {
            missing.add(0, code.passed() == null ? "A solution that runs against the tests"
                    : "A solution that passes all the tests (" + code.outcome().strip() + ")");
        }
        String feedback = (allPassed ? "The final code passed all " + code.total() + " tests. "
                : "The final code: " + code.outcome().strip() + " ") + q.feedback();
        return new ScoredQuestion(q.question(), q.answer(), scored.overall(), scored, feedback, q.evidence(), missing,
                signals, q.askedBy(), q.category(), code);
    }

    /** Deepest block nesting: by braces for C-like code, by indentation steps for Python. */
    static int nesting(String source) {
        int braces = 0;
        int maxBraces = 0;
        for (char c : source.toCharArray()) {
            if (c == '{') {
                maxBraces = Math.max(maxBraces, ++braces);
            } else if (c == '}') {
                braces = Math.max(0, braces - 1);
            }
        }
        if (maxBraces > 0) {
            return maxBraces;
        }
        int unit = 0;
        int maxIndent = 0;
        for (String line : source.lines().filter(l -> !l.isBlank()).toList()) {
            int indent = line.length() - line.stripLeading().length();
            if (indent > 0 && (unit == 0 || indent < unit)) {
                unit = indent;
            }
            maxIndent = Math.max(maxIndent, indent);
        }
        return unit == 0 ? 0 : maxIndent / unit;
    }
}
