package com.interviewed.interviewer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap, language-agnostic observations about the candidate's code (Python, JavaScript, Java) that make the
 * interviewer's questions refer to what is actually on the screen. They are hints for wording, not a judgement:
 * a false reading only changes which question is asked first.
 */
record CodeObservations(boolean nestedLoops, boolean sorts, boolean checksEmptyInput, boolean testsFailing,
        boolean runFailed, String testSummary) {

    private static final Pattern LOOP = Pattern.compile("^\\s*(for|while)\\b|\\.forEach\\(|\\bdo\\s*\\{");
    private static final Pattern TWO_LOOPS_ON_ONE_LINE = Pattern.compile("\\bfor\\b.*\\bfor\\b");
    private static final Pattern SORT = Pattern.compile("\\bsorted\\(|\\.sort\\(|Arrays\\.sort|Collections\\.sort");
    private static final Pattern EMPTY_CHECK = Pattern.compile(
            "len\\(\\w+\\)\\s*(==|<=?)\\s*[012]|\\bif\\s+not\\s+\\w+|\\.length\\s*(===?|<=?)\\s*[012]|\\.isEmpty\\(\\)"
                    + "|\\.size\\(\\)\\s*(==|<=?)\\s*[012]|==\\s*null|\\bis\\s+None\\b|if\\s*\\(\\s*!\\s*\\w+\\s*\\)");
    private static final Pattern FAILURES = Pattern.compile("(\\d+)\\s*(failed|failing|failures?)");
    /** The code runner's "3 of 5 tests passed." */
    private static final Pattern PASSED_OF = Pattern.compile("(\\d+)\\s+of\\s+(\\d+)\\s+tests?\\s+passed");

    static CodeObservations of(String code, String testSummary) {
        String source = code == null ? "" : code;
        return new CodeObservations(hasNestedLoops(source), SORT.matcher(source).find(),
                EMPTY_CHECK.matcher(source).find(), testsFailing(testSummary), runFailed(testSummary),
                testSummary == null ? "" : testSummary.strip());
    }

    /** A run that never got to the tests: a compile error, a crash, a timeout. */
    private static boolean runFailed(String summary) {
        if (summary == null || summary.isBlank()) {
            return false;
        }
        String lower = summary.toLowerCase();
        return !lower.contains("tests passed") && !lower.contains("test passed") && !FAILURES.matcher(lower).find()
                && !lower.contains("pass");
    }

    /** A loop line more indented than a loop still open above it, or two {@code for}s in one comprehension. */
    private static boolean hasNestedLoops(String source) {
        Deque<Integer> openLoops = new ArrayDeque<>();
        for (String line : source.split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#") || line.strip().startsWith("//")) {
                continue;
            }
            int indent = indentOf(line);
            while (!openLoops.isEmpty() && indent <= openLoops.peek()) {
                openLoops.pop();
            }
            boolean loop = LOOP.matcher(line).find();
            if (TWO_LOOPS_ON_ONE_LINE.matcher(line).find() || (loop && !openLoops.isEmpty())) {
                return true;
            }
            if (loop) {
                openLoops.push(indent);
            }
        }
        return false;
    }

    private static int indentOf(String line) {
        int width = 0;
        for (char c : line.toCharArray()) {
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width += 4;
            } else {
                break;
            }
        }
        return width;
    }

    private static boolean testsFailing(String summary) {
        if (summary == null) {
            return false;
        }
        Matcher passedOf = PASSED_OF.matcher(summary.toLowerCase());
        if (passedOf.find()) {
            return Integer.parseInt(passedOf.group(1)) < Integer.parseInt(passedOf.group(2));
        }
        Matcher failures = FAILURES.matcher(summary.toLowerCase());
        while (failures.find()) {
            if (Integer.parseInt(failures.group(1)) > 0) {
                return true;
            }
        }
        return summary.contains("FAIL");
    }
}
