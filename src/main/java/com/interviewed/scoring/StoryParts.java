package com.interviewed.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Behavioural questions expect a story, and their expected points name parts of it ("the outcome and what you
 * learned"). A sentence embedding cannot tell that "conversion rose 12 percent" is an outcome, so such points are
 * mapped to Situation–Task–Action–Result and count as covered when the answer shows that part.
 */
final class StoryParts {

    private static final Map<String, List<String>> POINT_WORDS = Map.of(
            "result", List.of("outcome", "result", "measurable", "learn", "follow-up", "postmortem", "impact on",
                    "what changed"),
            "task", List.of("role", "task", "goal", "responsib", "your part"),
            "situation", List.of("situation", "context", "what the", "detected", "background", "impact"),
            "action", List.of("did", "action", "mitigat", "listened", "used", "decide", "steps", "yourself",
                    "approach", "understood", "prototype", "experiment", "root cause", "data"));

    private StoryParts() {
    }

    /** Which STAR part an expected point asks for, or {@code null} if it names content rather than a part. */
    static String partOf(String point) {
        String p = point.toLowerCase(Locale.ROOT);
        for (String part : List.of("result", "task", "situation", "action")) {
            if (POINT_WORDS.get(part).stream().anyMatch(p::contains)) {
                return part;
            }
        }
        return null;
    }

    /** The first sentence that shows the given part of the story, or {@code null}. */
    static String sentenceShowing(String part, List<String> sentences, Lexicon lexicon) {
        for (String sentence : sentences) {
            String n = Text.normalise(sentence);
            boolean shows = switch (part) {
                case "situation" -> Text.countPhrases(n, lexicon.situation()) > 0;
                case "task" -> Text.countPhrases(n, lexicon.task()) > 0;
                case "result" -> Text.countPhrases(n, lexicon.result()) > 0;
                case "action" -> !LexicalFeatures.of(sentence, "", java.util.Set.of(), lexicon).actions().isEmpty();
                default -> false;
            };
            if (shows) {
                return sentence;
            }
        }
        return null;
    }
}
