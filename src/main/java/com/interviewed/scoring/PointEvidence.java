package com.interviewed.scoring;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Expected points that name a kind of content rather than the content itself ("gives a number or observable
 * outcome", "mentions what they work on now", "the outcome and what you learned"). A sentence embedding cannot
 * tell that "from 38 percent to 46 percent" is an outcome, so these points are covered by the sentence that shows
 * that kind of content. Without this, strong answers were told they lacked what they plainly had.
 */
final class PointEvidence {

    private static final Pattern ASKS_FOR_NUMBER = Pattern.compile(
            "number|figure|metric|measur|quantif|observable|outcome|result|impact", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKS_FOR_NOW = Pattern.compile(
            "\\b(now|current|currently|at the moment|today|present)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAYS_NOW = Pattern.compile(
            "\\b(right now|currently|at the moment|these days|today|my current|i'm (now )?(leading|working|building|running)|i am (now )?(leading|working|building|running))\\b",
            Pattern.CASE_INSENSITIVE);

    private PointEvidence() {
    }

    /**
     * The sentence that shows the kind of content the point asks for, or {@code null}.
     *
     * @param behavioural whether the question asks for a story, whose points name story parts
     */
    static String sentenceFor(String point, List<String> sentences, LexicalFeatures lex, Lexicon lexicon,
            boolean behavioural) {
        if (behavioural) {
            String part = StoryParts.partOf(point);
            if (part != null && lex.starParts().contains(part)) {
                String s = StoryParts.sentenceShowing(part, sentences, lexicon);
                if (s != null) {
                    return s;
                }
            }
        }
        if (ASKS_FOR_NUMBER.matcher(point).find() && !lex.metrics().isEmpty()) {
            for (String sentence : sentences) {
                String n = Text.normalise(sentence);
                if (lex.metrics().stream().anyMatch(m -> n.contains(m.toLowerCase(Locale.ROOT)))) {
                    return sentence;
                }
            }
        }
        if (ASKS_FOR_NOW.matcher(point).find()) {
            for (String sentence : sentences) {
                if (SAYS_NOW.matcher(sentence).find()) {
                    return sentence;
                }
            }
        }
        return null;
    }
}
