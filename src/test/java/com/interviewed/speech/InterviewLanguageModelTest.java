package com.interviewed.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class InterviewLanguageModelTest {

    private final Map<String, Double> probabilities = new HashMap<>();
    private final Map<String, Double> backoffs = new HashMap<>();
    private final Set<String> vocabulary = new TreeSet<>();

    @Test
    void everyHistorysProbabilitiesSumToOne() {
        String arpa = InterviewLanguageModel.arpa(List.of(
                List.of("we", "run", "kafka", "on", "kubernetes"),
                List.of("we", "run", "postgres"),
                List.of("kafka", "consumer", "groups"),
                List.of("kubernetes"), List.of("kubernetes")));
        parse(arpa);
        assertThat(arpa).contains("ngram 1=10", "ngram 2=", "ngram 3=", "\\end\\");
        for (List<String> history : List.of(List.<String>of(), List.of("<s>"), List.of("we"), List.of("<s>", "we"),
                List.of("we", "run"), List.of("run", "kafka"), List.of("groups"), List.of("on", "kubernetes"))) {
            double sum = vocabulary.stream().filter(w -> !w.equals("<s>"))
                    .mapToDouble(w -> Math.pow(10, log10(history, w))).sum();
            assertThat(sum).as("sum of P(w | %s)", history).isCloseTo(1.0, within(1e-3));
        }
        assertThat(log10(List.of("we", "run"), "kafka")).isGreaterThan(log10(List.of("we", "run"), "groups"));
    }

    @Test
    void emptyTextGivesAModelWithOnlyTheSentenceMarks() {
        assertThat(InterviewLanguageModel.arpa(List.of())).contains("ngram 1=1");
    }

    /** ARPA back-off evaluation, as sphinxbase does it. */
    private double log10(List<String> history, String word) {
        String key = String.join(" ", history) + (history.isEmpty() ? "" : " ") + word;
        if (probabilities.containsKey(key)) {
            return probabilities.get(key);
        }
        if (history.isEmpty()) {
            return -99;
        }
        return backoffs.getOrDefault(String.join(" ", history), 0.0) + log10(history.subList(1, history.size()), word);
    }

    private void parse(String arpa) {
        for (String line : arpa.lines().toList()) {
            String[] fields = line.split("\t");
            if (fields.length >= 2) {
                probabilities.put(fields[1], Double.parseDouble(fields[0]));
                if (fields.length == 3) {
                    backoffs.put(fields[1], Double.parseDouble(fields[2]));
                }
                if (!fields[1].contains(" ")) {
                    vocabulary.add(fields[1]);
                }
            }
        }
    }
}
