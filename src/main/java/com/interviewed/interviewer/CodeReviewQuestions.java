package com.interviewed.interviewer;

/**
 * The questions asked about a coding solution, one topic at a time in a fixed order (complexity, edge cases, a
 * test case) so that counting them in {@code followUpsAsked} is enough never to ask one twice. The wording refers
 * to what the code actually does where that is cheap to see.
 */
final class CodeReviewQuestions {

    static final int COUNT = 3;

    private CodeReviewQuestions() {
    }

    static String question(int topic, CodeObservations code) {
        return switch (topic) {
            case 0 -> complexity(code);
            case 1 -> code.checksEmptyInput()
                    ? "I see you handle empty input. Which other edge cases did you think about?"
                    : "What happens if the input is empty?";
            default -> code.testsFailing()
                    ? "Some tests are still failing. Which case do you think breaks it, and what test would you add?"
                    : "What test case would you add to convince yourself it's correct?";
        };
    }

    private static String complexity(CodeObservations code) {
        if (code.nestedLoops()) {
            return "I notice a loop inside another loop there. What's the time complexity, and could you do it in "
                    + "one pass?";
        }
        if (code.sorts()) {
            return "You're sorting the input. What does that cost in time, and do you need the sort?";
        }
        return "What are the time and space complexity of your solution?";
    }
}
