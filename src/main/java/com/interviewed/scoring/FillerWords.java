package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds filler words by position, not by spelling alone: "um" and "uh" are always filler, but "like" only where
 * it carries no meaning ("it was, like, slow", not "I like Kotlin" or "looks like a race"), "you know" only when
 * it is not asking or stating something ("you know, we…", not "do you know how"), "sort of"/"kind of" only when
 * they are not naming a kind ("what kind of index").
 */
final class FillerWords {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}']+|[,.!?;:…—-]");
    private static final Set<String> LIKE_MEANINGFUL_BEFORE = Set.of("i", "you", "we", "they", "would", "i'd",
            "we'd", "you'd", "they'd", "looks", "look", "looked", "feel", "feels", "felt", "seems", "seem",
            "something", "just", "more", "much", "anything", "nothing", "sounds", "sound", "didn't", "don't",
            "doesn't", "not", "really", "also", "exactly", "things", "languages", "tools");
    private static final Set<String> KNOW_MEANINGFUL_AFTER = Set.of("what", "how", "that", "why", "when", "where",
            "the", "about", "if", "whether", "which", "who", "it", "this", "a", "an", "them", "him", "her");
    private static final Set<String> KIND_MEANINGFUL_BEFORE = Set.of("what", "which", "this", "that", "the", "a",
            "any", "some", "every", "same", "different", "one", "each", "its", "of", "another", "what's", "these",
            "those", "right", "new", "first", "other");
    private static final Set<String> ALWAYS_DISCOURSE = Set.of("basically", "literally");

    private FillerWords() {
    }

    static List<String> find(String text, Lexicon lexicon) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(Text.normalise(text));
        while (m.find()) {
            tokens.add(m.group());
        }
        List<String> fillers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String prev = i == 0 ? "." : tokens.get(i - 1);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : ".";
            if (lexicon.alwaysFillers().contains(t) || ALWAYS_DISCOURSE.contains(t)) {
                fillers.add(t);
            } else if (t.equals("like") && isFillerLike(prev, next, lexicon)) {
                fillers.add("like");
            } else if (t.equals("you") && next.equals("know")) {
                String after = i + 2 < tokens.size() ? tokens.get(i + 2) : ".";
                if (isPunctuation(after) || (isPunctuation(prev) && !KNOW_MEANINGFUL_AFTER.contains(after))) {
                    fillers.add("you know");
                    i++;
                }
            } else if ((t.equals("sort") || t.equals("kind")) && next.equals("of")
                    && !KIND_MEANINGFUL_BEFORE.contains(prev)) {
                fillers.add(t + " of");
                i++;
            } else if (t.equals("i") && next.equals("mean") && isPunctuation(prev)) {
                String after = i + 2 < tokens.size() ? tokens.get(i + 2) : ".";
                if (after.equals(",")) {
                    fillers.add("i mean");
                    i++;
                }
            }
        }
        return fillers;
    }

    private static boolean isFillerLike(String prev, String next, Lexicon lexicon) {
        if (LIKE_MEANINGFUL_BEFORE.contains(prev)) {
            return false;
        }
        return isPunctuation(prev) || next.equals(",") || lexicon.alwaysFillers().contains(prev)
                || lexicon.alwaysFillers().contains(next);
    }

    private static boolean isPunctuation(String token) {
        return token.length() == 1 && !Character.isLetterOrDigit(token.charAt(0));
    }
}
