package com.interviewed.scoring;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The figures docs/scoring.md quotes for a labelled set and its scores, computed the same way for the development
 * set out of fold ({@link ScorerCrossValidationTest}) and the held-out set ({@link HoldoutScoringTest}).
 * Dimension index {@code d} follows {@link DevSet.Answer#labels()}: 0–4 the {@link Dimensions#KEYS}, 5 overall.
 */
final class RankingFigures {

    static final Set<String> ADVERSARIAL = Set.of("off-topic", "evasive", "keyword-stuffed");

    /** The score of answer {@code i} on dimension {@code d}. */
    @FunctionalInterface
    interface Scores {
        double of(int i, int d);
    }

    private final List<DevSet.Answer> answers;
    private final Scores scores;

    RankingFigures(List<DevSet.Answer> answers, Scores scores) {
        this.answers = answers;
        this.scores = scores;
    }

    /** Scores as the scorer returned them, in the order of the answers. */
    static RankingFigures of(List<DevSet.Answer> answers, List<ScoredQuestion> scored) {
        return new RankingFigures(answers, (i, d) -> d == 5 ? scored.get(i).overall()
                : scored.get(i).dimensions().get(Dimensions.KEYS.get(d)));
    }

    double score(int i, int d) {
        return scores.of(i, d);
    }

    /** Spearman's rank correlation of the scores on one dimension with its labels. */
    double rho(int d) {
        return spearman(IntStream.range(0, answers.size()).mapToDouble(i -> score(i, d)).toArray(),
                answers.stream().mapToDouble(a -> a.labels()[d]).toArray());
    }

    /**
     * Share of answer pairs to the same question, with overall labels at least {@code minGap} apart (and never
     * equal), that the overall score orders as the labels do; a tied score counts half.
     */
    double pairwise(double minGap) {
        double agree = 0;
        int pairs = 0;
        for (int i = 0; i < answers.size(); i++) {
            for (int j = i + 1; j < answers.size(); j++) {
                double gap = answers.get(i).labels()[5] - answers.get(j).labels()[5];
                if (!answers.get(i).questionId().equals(answers.get(j).questionId()) || gap == 0
                        || Math.abs(gap) < minGap) {
                    continue;
                }
                pairs++;
                double diff = score(i, 5) - score(j, 5);
                agree += diff == 0 ? 0.5 : Math.signum(diff) == Math.signum(gap) ? 1 : 0;
            }
        }
        return agree / pairs;
    }

    /** [pairs where an off-topic, evasive or keyword-stuffed answer scored below the strong one, all such pairs]; prints the others. */
    int[] adversarialBelowStrong() {
        int below = 0;
        int pairs = 0;
        for (int i = 0; i < answers.size(); i++) {
            if (!ADVERSARIAL.contains(answers.get(i).kind())) {
                continue;
            }
            for (int j = 0; j < answers.size(); j++) {
                if (answers.get(j).kind().equals("strong") && answers.get(j).questionId().equals(answers.get(i).questionId())) {
                    pairs++;
                    if (score(i, 5) < score(j, 5)) {
                        below++;
                    } else {
                        System.out.printf("  NOT BELOW: %s %s %.1f vs strong %.1f%n", answers.get(i).questionId(),
                                answers.get(i).kind(), score(i, 5), score(j, 5));
                    }
                }
            }
        }
        return new int[] {below, pairs};
    }

    /** Mean overall score of one kind of answer. */
    double meanOverall(String kind) {
        return IntStream.range(0, answers.size()).filter(i -> answers.get(i).kind().equals(kind))
                .mapToDouble(i -> score(i, 5)).average().orElseThrow();
    }

    static double spearman(double[] x, double[] y) {
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mx = Arrays.stream(rx).average().orElse(0);
        double my = Arrays.stream(ry).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Ranks with ties sharing their average rank. */
    static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return ranks;
    }
}
