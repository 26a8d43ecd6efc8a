package com.interviewed.speech;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small trigram model of one interview's text, in ARPA form for sphinxbase, which interpolates it with the
 * general en-us model. Absolute discounting with back-off: each seen n-gram gives up {@value #DISCOUNT} of a
 * count to the lower order, and back-off weights make every history's probabilities sum to one (the ARPA
 * reader trusts them). A few thousand words of questions, expected points and skills are counted in
 * milliseconds.
 */
final class InterviewLanguageModel {

    static final String START = "<s>";
    static final String END = "</s>";
    private static final int ORDER = 3;
    private static final double DISCOUNT = 0.5;

    /** counts.get(n - 1): n-gram → count. */
    private final List<Map<List<String>, Integer>> counts = new ArrayList<>();
    /** followers.get(n - 1): (n-1)-word history → next word → count of the n-gram. */
    private final List<Map<List<String>, Map<String, Integer>>> followers = new ArrayList<>();
    private final Map<List<String>, Double> backoffs = new HashMap<>();
    private long tokens;

    private InterviewLanguageModel() {
        for (int n = 0; n < ORDER; n++) {
            counts.add(new LinkedHashMap<>());
            followers.add(new HashMap<>());
        }
    }

    /** The model of {@code sentences} (each a list of spoken words) as ARPA text. */
    static String arpa(List<List<String>> sentences) {
        InterviewLanguageModel model = new InterviewLanguageModel();
        sentences.stream().filter(words -> !words.isEmpty()).forEach(model::count);
        return model.write();
    }

    private void count(List<String> words) {
        List<String> padded = new ArrayList<>();
        padded.add(START);
        padded.addAll(words);
        padded.add(END);
        for (int i = 0; i < padded.size(); i++) {
            for (int n = 1; n <= ORDER && i - n + 1 >= 0; n++) {
                List<String> gram = List.copyOf(padded.subList(i - n + 1, i + 1));
                if (n == 1 && gram.get(0).equals(START)) {
                    continue;
                }
                counts.get(n - 1).merge(gram, 1, Integer::sum);
                if (n > 1) {
                    followers.get(n - 1).computeIfAbsent(gram.subList(0, n - 1), h -> new HashMap<>())
                            .merge(gram.get(n - 1), 1, Integer::sum);
                }
            }
            if (i > 0) {
                tokens++;
            }
        }
    }

    /** P(word | history) in back-off form; {@code history} has fewer than {@value #ORDER} words. */
    private double probability(List<String> history, String word) {
        if (history.isEmpty()) {
            Integer c = counts.get(0).get(List.of(word));
            return c == null ? 0 : (double) c / tokens;
        }
        Map<String, Integer> next = followers.get(history.size()).get(history);
        if (next != null && next.containsKey(word)) {
            return (next.get(word) - DISCOUNT) / total(next);
        }
        return backoff(history) * probability(history.subList(1, history.size()), word);
    }

    private double backoff(List<String> history) {
        Double known = backoffs.get(history);
        if (known != null) {
            return known;
        }
        Map<String, Integer> next = followers.get(history.size()).get(history);
        double weight = 1;
        if (next != null) {
            double total = total(next);
            double kept = 0;
            double lower = 0;
            for (Map.Entry<String, Integer> e : next.entrySet()) {
                kept += (e.getValue() - DISCOUNT) / total;
                lower += probability(history.subList(1, history.size()), e.getKey());
            }
            weight = (1 - kept) / Math.max(1e-4, 1 - lower);
        }
        backoffs.put(history, weight);
        return weight;
    }

    private static double total(Map<String, Integer> next) {
        return next.values().stream().mapToInt(Integer::intValue).sum();
    }

    private String write() {
        StringBuilder arpa = new StringBuilder("\\data\\\n");
        arpa.append("ngram 1=").append(counts.get(0).size() + 1).append('\n');
        for (int n = 2; n <= ORDER; n++) {
            arpa.append("ngram ").append(n).append('=').append(counts.get(n - 1).size()).append('\n');
        }
        for (int n = 1; n <= ORDER; n++) {
            arpa.append("\n\\").append(n).append("-grams:\n");
            if (n == 1) {
                line(arpa, -99, List.of(START), true);
            }
            for (List<String> gram : counts.get(n - 1).keySet()) {
                double p = probability(gram.subList(0, n - 1), gram.get(n - 1));
                line(arpa, Math.log10(p), gram, n < ORDER);
            }
        }
        return arpa.append("\n\\end\\\n").toString();
    }

    private void line(StringBuilder arpa, double log10, List<String> gram, boolean withBackoff) {
        arpa.append(String.format(Locale.ROOT, "%.5f", log10)).append('\t').append(String.join(" ", gram));
        if (withBackoff && !gram.get(gram.size() - 1).equals(END)) {
            arpa.append('\t').append(String.format(Locale.ROOT, "%.5f", Math.log10(backoff(gram))));
        }
        arpa.append('\n');
    }
}
