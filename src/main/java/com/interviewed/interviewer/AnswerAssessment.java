package com.interviewed.interviewer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What an answer shows, judged from recognised text: its length, whether it gives a concrete example (someone did
 * something: "we built", "I led", past-tense first-person actions, "for example") and whether it gives a result
 * (numbers, metrics, "resulted in", "reduced"). Recognition errors mangle words, so markers are many and loose.
 */
record AnswerAssessment(int words, boolean hasExample, boolean hasResult) {

    private static final Pattern NUMBER = Pattern.compile(
            "\\d|%|\\b(percent|twice|double|doubled|half|halved|two|three|four|five|six|seven|eight|nine|ten|"
                    + "eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                    + "hundreds|thousand|thousands|million|millions|billion|dozen)\\b");

    private static final Pattern FIRST_PERSON_PAST = Pattern.compile(
            "\\b(i|we|my team|our team)\\s+(?!need\\b|feed\\b|leveraged\\b|utilized\\b|utilised\\b|"
                    + "empowered\\b|aligned\\b|synergized\\b|facilitated\\b|focused\\b|believed\\b|liked\\b|"
                    + "enjoyed\\b|always\\b|usually\\b)"
                    + "(\\w+ed|built|led|wrote|made|ran|took|drove|found|chose|set|put|got|did|"
                    + "gave|brought|began|kept|held|sent|spent|won|cut|grew|taught|thought|sold|shipped|rewrote|"
                    + "broke|caught|met|paid|split|spoke|stood|told|understood|became|decided|had to|needed to)\\b");

    private static final List<String> EXAMPLE_PHRASES = List.of("for example", "for instance", "at my last",
            "in my previous", "in my last", "when i was", "one time", "there was a time", "in one project",
            "on one project", "the situation was", "my role was", "i was responsible", "i was in charge");

    private static final List<String> RESULT_PHRASES = List.of("resulted in", "as a result", "the result",
            "the outcome", "reduced", "increased", "improved", "decreased", "saved", "cut down", "sped up",
            "faster", "fewer", "delivered", "launched", "shipped", "on time", "succeeded", "successful",
            "which meant", "in the end", "ended up", "learned", "learnt", "feedback was",
            "went from", "dropped", "grew");

    static AnswerAssessment of(String text) {
        String normalised = FuzzyText.normalise(text);
        int words = FuzzyText.words(normalised).size();
        boolean example = FIRST_PERSON_PAST.matcher(normalised).find()
                || EXAMPLE_PHRASES.stream().anyMatch(normalised::contains);
        boolean result = NUMBER.matcher(normalised).find()
                || RESULT_PHRASES.stream().anyMatch(normalised::contains);
        return new AnswerAssessment(words, example, result);
    }

    boolean isShorterThan(int minWords) {
        return words < minWords;
    }
}
