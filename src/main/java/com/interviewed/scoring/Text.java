package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small, dependency-free text helpers shared by the signals: words, sentences, stems, phrase counts. */
final class Text {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.+#-]*[\\p{L}\\p{N}+#]|[\\p{L}\\p{N}]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+|\\n+");

    private Text() {
    }

    /** Lower-cased words, apostrophes normalised, trailing dots dropped ("e.g." stays usable as a word). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return words;
    }

    /**
     * Sentences as verbatim substrings of {@code text} (trimmed), so that they can be quoted as evidence. Very
     * long unpunctuated speech is cut every ~40 words at a comma or space so that it still yields units.
     */
    static List<String> sentences(String text) {
        List<String> result = new ArrayList<>();
        for (String part : SENTENCE_END.split(text)) {
            String sentence = part.trim();
            if (sentence.isEmpty()) {
                continue;
            }
            result.addAll(cutLong(sentence));
        }
        return result;
    }

    /**
     * Sentences merged with their neighbours until each has at least {@code minWords} words, still as verbatim
     * substrings of {@code text}: fewer, fuller units to embed ("Yes. We did." says little on its own).
     */
    static List<String> units(String text, int minWords) {
        List<String> units = new ArrayList<>();
        int start = -1;
        int end = 0;
        int words = 0;
        int cursor = 0;
        for (String sentence : sentences(text)) {
            int at = text.indexOf(sentence, cursor);
            cursor = at + sentence.length();
            if (start < 0) {
                start = at;
            }
            end = cursor;
            words += words(sentence).size();
            if (words >= minWords) {
                units.add(text.substring(start, end));
                start = -1;
                words = 0;
            }
        }
        if (start >= 0) {
            if (!units.isEmpty() && words < minWords / 2) {
                String last = units.remove(units.size() - 1);
                units.add(text.substring(text.lastIndexOf(last, start), end));
            } else {
                units.add(text.substring(start, end));
            }
        }
        return units;
    }

    private static List<String> cutLong(String sentence) {
        List<String> pieces = new ArrayList<>();
        String rest = sentence;
        while (words(rest).size() > 45) {
            int cut = cutPoint(rest);
            pieces.add(rest.substring(0, cut).trim());
            rest = rest.substring(cut).trim();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    private static int cutPoint(String text) {
        Matcher m = WORD.matcher(text);
        int count = 0;
        int lastSpace = -1;
        while (m.find()) {
            count++;
            if (count >= 30) {
                int comma = text.indexOf(',', m.end());
                if (comma > 0 && words(text.substring(m.end(), comma)).size() < 12) {
                    return comma + 1;
                }
                lastSpace = m.end();
                if (count >= 40) {
                    return lastSpace;
                }
            }
        }
        return lastSpace > 0 ? lastSpace : text.length();
    }

    /** A crude, deterministic stem so that "caches", "caching" and "cached" meet. */
    static String stem(String word) {
        String w = word.replace("'", "");
        for (String suffix : new String[] {"ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** Stems of the words that carry meaning (no stopwords, no one-letter words). */
    static List<String> contentStems(String text, Lexicon lexicon) {
        List<String> stems = new ArrayList<>();
        for (String w : words(text)) {
            String bare = w.replace("'", "");
            if (bare.length() > 1 && !lexicon.stopwords().contains(w) && !lexicon.stopwords().contains(bare)) {
                stems.add(stem(w));
            }
        }
        return stems;
    }

    static Set<String> contentStemSet(String text, Lexicon lexicon) {
        return new HashSet<>(contentStems(text, lexicon));
    }

    /** How many times any of the phrases occurs as whole words in the lower-cased, normalised text. */
    static int countPhrases(String normalised, List<String> phrases) {
        int count = 0;
        for (String phrase : phrases) {
            count += countPhrase(normalised, phrase);
        }
        return count;
    }

    static List<String> foundPhrases(String normalised, List<String> phrases) {
        List<String> found = new ArrayList<>();
        for (String phrase : phrases) {
            if (countPhrase(normalised, phrase) > 0) {
                found.add(phrase.trim());
            }
        }
        return found;
    }

    private static final java.util.Map<String, Pattern> PHRASES = new java.util.concurrent.ConcurrentHashMap<>();

    static int countPhrase(String normalised, String phrase) {
        Matcher m = PHRASES.computeIfAbsent(phrase, p -> Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(p.trim()) + "(?![\\p{L}\\p{N}])")).matcher(normalised);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** Lower case, curly apostrophes straightened, whitespace collapsed: the form phrase lists are matched in. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }
}
