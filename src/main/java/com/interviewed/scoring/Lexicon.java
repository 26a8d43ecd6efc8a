package com.interviewed.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists behind the text signals, per language. Only English is curated so far; other languages fall back to
 * it, which the report's speech section says. Multi-word entries are matched as phrases.
 */
record Lexicon(String language, Set<String> stopwords, Set<String> alwaysFillers, List<String> hedges,
        List<String> reasoning, List<String> tradeOffs, List<String> sequence, List<String> situation,
        List<String> task, List<String> result, Set<String> actionVerbs, Set<String> numberWords) {

    private static final Lexicon ENGLISH = new Lexicon("en",
            set("a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "for", "with", "by",
                    "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
                    "these", "those", "i", "you", "we", "they", "he", "she", "me", "my", "our", "your", "their",
                    "them", "us", "so", "do", "does", "did", "have", "has", "had", "what", "which", "who", "how",
                    "when", "where", "why", "would", "could", "should", "can", "will", "just", "about", "into",
                    "there", "then", "than", "also", "very", "really", "some", "any", "all", "not", "no", "yes",
                    "um", "uh", "like", "know", "mean", "think", "thing", "things", "get", "got", "one", "lot",
                    "kind", "sort", "well", "out", "up", "more", "most", "much", "many", "way", "tell", "time",
                    "describe", "explain", "walk", "through", "example", "give", "let", "lets", "say", "said",
                    "question", "answer", "yeah", "okay", "ok", "im", "ive", "dont", "its", "thats", "were"),
            set("um", "uh", "umm", "uhm", "er", "erm", "hmm", "ah", "eh"),
            List.of("i think", "i guess", "maybe", "probably", "perhaps", "not sure", "i'm not sure",
                    "i don't know", "i dont know", "might", "possibly", "i suppose", "kind of", "sort of",
                    "i believe", "hopefully", "not really sure", "somewhat"),
            List.of("because", "so that", "therefore", "which means", "that means", "that's why", "thats why",
                    "the reason", "in order to", "to avoid", "otherwise", "since the", "since we", "this meant",
                    "which meant", "as a consequence", "so we", "so i", "given that", "to make sure", "so it"),
            List.of("trade-off", "tradeoff", "trade off", "on the other hand", "downside", "the cost of",
                    "at the cost", "instead of", "rather than", "versus", "vs", "alternatively", "it depends",
                    "depends on", "pros and cons", "however", "compared to", "weighed", "the risk", "drawback",
                    "at the expense", "but that", "the catch"),
            List.of("first", "second", "third", "then", "next", "finally", "after that", "to start", "step",
                    "lastly", "once", "before"),
            List.of("when i was", "at my last", "at my previous", "at my current", "in my previous",
                    "in my last", "we had a", "there was a", "the situation", "last year", "our team",
                    "the project", "a few years ago", "at the time", "we were", "i was working"),
            List.of("my role was", "my job was", "my task was", "i was responsible", "i was asked",
                    "i was tasked", "we needed to", "i needed to", "the goal was", "had to", "my goal",
                    "our goal", "i owned", "i was in charge"),
            List.of("as a result", "the result", "resulted in", "in the end", "ended up", "outcome", "reduced",
                    "increased", "improved", "cut ", "saved", "grew", "dropped", "which meant", "learned",
                    "learnt", "went from", "down to", "up to", "shipped", "launched", "delivered"),
            set("built", "led", "wrote", "made", "ran", "chose", "drove", "took", "set", "designed",
                    "implemented", "measured", "migrated", "fixed", "found", "created", "owned", "decided",
                    "added", "introduced", "proposed", "refactored", "profiled", "tested", "wrote", "split",
                    "moved", "rewrote", "automated", "deployed", "reviewed", "coached", "mentored", "organised",
                    "organized", "negotiated", "analysed", "analyzed", "traced", "benchmarked", "replaced",
                    "removed", "scheduled", "talked", "asked", "explained", "convinced", "shipped", "launched",
                    "started", "tracked", "used", "build", "design", "measure", "use", "start", "add", "check",
                    "write", "run", "profile", "split", "cache", "index", "monitor", "test", "ask", "set"),
            set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty",
                    "hundred", "thousand", "million", "billion", "percent", "half", "double", "twice", "dozen"));

    private static final Map<String, Lexicon> BY_LANGUAGE = Map.of("en", ENGLISH);

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static Lexicon forLanguage(String language) {
        return BY_LANGUAGE.getOrDefault(language == null ? "en" : language.toLowerCase(), ENGLISH);
    }

    static boolean curated(String language) {
        return BY_LANGUAGE.containsKey(language == null ? "en" : language.toLowerCase());
    }
}
