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
        // The first question reacts to the run: a failing or broken solution is discussed before its complexity.
        if (topic == 0 && code.runFailed()) {
            return "Your last run didn't get as far as the tests: " + code.testSummary()
                    + " What do you think is causing that?";
        }
        if (topic == 0 && code.testsFailing()) {
            return "The tests say: " + code.testSummary() + " Which case do you think is failing, and why?";
        }
        return switch (topic) {
            case 0 -> complexity(code);
            case 1 -> code.checksEmptyInput()
                    ? "Your code already handles empty input. Which other edge cases did you think about?"
                    : "What happens if the input is empty?";
            default -> code.testsFailing() || code.runFailed()
                    ? "Some tests are still failing. Which case do you think breaks it, and what would you change?"
                    : "What test case would you add to convince yourself it's correct?";
        };
    }

    private static String complexity(CodeObservations code) {
        if (code.nestedLoops()) {
            return "I notice a loop inside another loop there. What's the time complexity, and is that the best "
                    + "this problem allows?";
        }
        if (code.sorts()) {
            return "You're sorting the input. What does that cost in time, and do you need the sort?";
        }
        return "What are the time and space complexity of your solution?";
    }
}
