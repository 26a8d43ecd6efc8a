package com.interviewed.interviewer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a text that carry its meaning, reduced to rough stems ("caching", "caches" → "cach"), and a match
 * between two such stems that forgives one recognition error in a long word ("kafka"/"cafka").
 */
final class ContentWords {

    private static final Set<String> STOP = java.util.Set.copyOf(java.util.Arrays.asList(("a an the and or but if then so of to in on at by for with from "
            + "into onto about as is are was were be been being am do does did doing done have has had having i me my "
            + "mine we us our ours you your yours he him his she her they them their it its this that these those "
            + "there here what which who whom whose when where why how would could should will shall can may might "
            + "must not no yes just also very really quite some any all each every more most less much many lot lots "
            + "than too only own same other such up down out over under again further once well like get got go "
            + "going make made thing things stuff kind sort way ways actually basically probably maybe yeah okay ok "
            + "um uh er erm hmm mean guess think know say said tell let lets im ive id dont didnt doesnt isnt wasnt "
            + "cant wont thats theres whats youre theyre were weve one two because while after before during since "
            + "until both either neither whether though although even still already always never often sometimes "
            + "usually first second next last new good great better best bit little big sure right").split(" ")));

    private ContentWords() {
    }

    /** Content stems in order of appearance, without repeats. */
    static List<String> of(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : FuzzyText.words(FuzzyText.normalise(text))) {
            if (word.length() < 3 && !Character.isDigit(word.charAt(0)) || STOP.contains(word)) {
                continue;
            }
            stems.add(stem(word));
        }
        return List.copyOf(stems);
    }

    static String stem(String word) {
        String w = word;
        for (String suffix : List.of("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er",
                "ed", "es", "ly", "s")) {
            if (w.length() - suffix.length() >= 4 && w.endsWith(suffix)) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w;
    }

    /** Same stem, or one edit apart when both are at least five letters long. */
    static boolean match(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 5 || b.length() < 5 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        return FuzzyText.distanceToBestSubstring(a, b) <= 1 && FuzzyText.distanceToBestSubstring(b, a) <= 1;
    }

    static boolean containsMatch(List<String> stems, String stem) {
        for (String s : stems) {
            if (match(s, stem)) {
                return true;
            }
        }
        return false;
    }

    /** How many of {@code these} stems occur (fuzzily) in {@code in}. */
    static int overlap(List<String> these, List<String> in) {
        int n = 0;
        for (String stem : these) {
            if (containsMatch(in, stem)) {
                n++;
            }
        }
        return n;
    }
}
