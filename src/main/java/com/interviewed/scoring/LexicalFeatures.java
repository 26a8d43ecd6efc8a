package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text-only measurements of one answer: counts and densities that need no model. Densities are per 100
 * words so that a long answer does not win by volume.
 *
 * @param echo         share of the answer's content words that are the question's own words
 * @param repetition   share of content words that repeat an earlier one (1 − distinct / total)
 * @param technologies named technologies and role skills mentioned that the question did not already name
 * @param starParts    which of situation, task, action, result the answer shows
 */
record LexicalFeatures(int words, int sentences, double averageSentenceWords, List<String> fillers,
        List<String> hedges, List<String> reasoning, List<String> tradeOffs, List<String> sequence,
        List<String> metrics, Set<String> technologies, List<String> actions, Set<String> starParts, double echo,
        double repetition, boolean saysDoesNotKnow) {

    private static final Pattern METRIC = Pattern.compile(
            "\\b\\d[\\d,.]*\\s?(%|percent|ms|milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|x|k|m|gb|mb|tb|users?|requests?|rps|qps|people|engineers?|customers?)?(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\b(i|we)\\s+(\\p{L}+)\\b");

    double per100(int count) {
        return words == 0 ? 0 : count * 100.0 / words;
    }

    double fillerDensity() {
        return per100(fillers.size());
    }

    double hedgeDensity() {
        return per100(hedges.size());
    }

    static LexicalFeatures of(String answer, String question, Set<String> knownTechnologies, Lexicon lexicon) {
        String normalised = Text.normalise(answer);
        List<String> words = Text.words(answer);
        List<String> sentences = Text.sentences(answer);
        List<String> stems = Text.contentStems(answer, lexicon);
        Set<String> questionStems = Text.contentStemSet(question, lexicon);
        long echoed = stems.stream().filter(questionStems::contains).count();
        double echo = stems.isEmpty() ? 0 : (double) echoed / stems.size();
        double repetition = stems.isEmpty() ? 0 : 1 - (double) new LinkedHashSet<>(stems).size() / stems.size();

        List<String> hedges = repeated(normalised, lexicon.hedges());
        List<String> reasoning = repeated(normalised, lexicon.reasoning());
        List<String> tradeOffs = repeated(normalised, lexicon.tradeOffs());
        List<String> sequence = Text.foundPhrases(normalised, lexicon.sequence());
        List<String> metrics = metrics(answer, words, lexicon);
        Set<String> technologies = technologies(words, question, knownTechnologies);
        List<String> actions = actions(normalised, lexicon);
        Set<String> star = star(normalised, actions, metrics, lexicon);
        boolean doesNotKnow = Text.countPhrases(normalised, List.of("i don't know", "i dont know", "no idea",
                "never done", "not familiar", "can't remember", "don't remember")) > 0;
        return new LexicalFeatures(words.size(), sentences.size(),
                sentences.isEmpty() ? 0 : (double) words.size() / sentences.size(), FillerWords.find(answer, lexicon),
                hedges, reasoning, tradeOffs, sequence, metrics, technologies, actions, star, echo, repetition,
                doesNotKnow);
    }

    private static List<String> repeated(String normalised, List<String> phrases) {
        List<String> found = new ArrayList<>();
        for (String phrase : phrases) {
            int n = Text.countPhrase(normalised, phrase);
            for (int i = 0; i < n; i++) {
                found.add(phrase.trim());
            }
        }
        return found;
    }

    private static List<String> metrics(String answer, List<String> words, Lexicon lexicon) {
        List<String> found = new ArrayList<>();
        Matcher m = METRIC.matcher(answer);
        while (m.find()) {
            found.add(m.group().trim());
        }
        for (String w : words) {
            if (lexicon.numberWords().contains(w)) {
                found.add(w);
            }
        }
        return found;
    }

    private static Set<String> technologies(List<String> words, String question, Set<String> known) {
        Set<String> inQuestion = new LinkedHashSet<>();
        for (String w : Text.words(question)) {
            inQuestion.add(Text.stem(w));
        }
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            for (int n = 1; n <= 3 && i + n <= words.size(); n++) {
                String phrase = String.join(" ", words.subList(i, i + n));
                if (known.contains(phrase) && !inQuestion.contains(Text.stem(words.get(i)))) {
                    found.add(phrase);
                }
            }
        }
        return found;
    }

    private static List<String> actions(String normalised, Lexicon lexicon) {
        List<String> found = new ArrayList<>();
        Matcher m = ACTION.matcher(normalised);
        while (m.find()) {
            String verb = m.group(2);
            boolean pastTense = verb.endsWith("ed") && verb.length() > 4 && !verb.equals("need") && !verb.equals("needed");
            if (lexicon.actionVerbs().contains(verb) || pastTense) {
                found.add(m.group());
            }
        }
        return found;
    }

    private static Set<String> star(String normalised, List<String> actions, List<String> metrics, Lexicon lexicon) {
        Set<String> parts = new LinkedHashSet<>();
        if (Text.countPhrases(normalised, lexicon.situation()) > 0) {
            parts.add("situation");
        }
        if (Text.countPhrases(normalised, lexicon.task()) > 0) {
            parts.add("task");
        }
        if (actions.size() >= 2) {
            parts.add("action");
        }
        if (Text.countPhrases(normalised, lexicon.result()) > 0) {
            parts.add("result");
        }
        return parts;
    }
}
