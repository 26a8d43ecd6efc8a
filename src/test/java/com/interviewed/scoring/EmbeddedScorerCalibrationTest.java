package com.interviewed.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the embedded scorer against hand-labelled answers (src/test/resources/scoring/calibration.json): its
 * scores must rank answers as the labels do. Prints per-dimension Spearman ρ and, within each question, how often
 * it orders a pair of answers as the labels do.
 */
class EmbeddedScorerCalibrationTest {

    private static final List<Labelled> LABELLED = new ArrayList<>();

    record Labelled(String questionId, String kind, double[] labels, ScoredQuestion scored) {
    }

    @BeforeAll
    static void scoreAll() throws Exception {
        EmbeddedScorer scorer = new EmbeddedScorer(SharedEmbeddings.INSTANCE, Vocabulary.load());
        JsonNode root;
        try (InputStream in = EmbeddedScorerCalibrationTest.class.getResourceAsStream("/scoring/calibration.json")) {
            root = JsonMapper.builder().build().readTree(in);
        }
        for (JsonNode q : root.get("questions")) {
            List<String> points = q.get("expectedPoints").valueStream().map(JsonNode::asString).toList();
            for (JsonNode a : q.get("answers")) {
                QuestionToScore question = new QuestionToScore(q.get("question").asString(),
                        q.get("category").asString(), points, List.of(a.get("text").asString()));
                ScoreResult result = scorer.score(new ScoringRequest(q.get("role").asString(), null, "en",
                        List.of(question)));
                double[] labels = a.get("labels").valueStream().mapToDouble(JsonNode::asDouble).toArray();
                LABELLED.add(new Labelled(q.get("id").asString(), a.get("kind").asString(), labels,
                        result.questions().get(0)));
            }
        }
        for (Labelled l : LABELLED) {
            System.out.printf("%-14s %-14s labels=%s overall=%.1f scored=%.1f %s%n", l.questionId(), l.kind(),
                    Arrays.toString(l.labels()), labelOverall(l), l.scored().overall(), l.scored().dimensions());
            if (System.getProperty("calibration.signals") != null) {
                l.scored().signals().forEach(s -> System.out.println("      " + s.dimension() + " " + s.name() + " " + s.value() + " -> " + s.effect()));
            }
        }
    }

    static double labelOverall(Labelled l) {
        double[] x = l.labels();
        return new Dimensions(x[0], x[1], x[2], x[3], x[4]).overall();
    }

    @Test
    void hasAtLeastFortyLabelledAnswers() {
        assertThat(LABELLED).hasSizeGreaterThanOrEqualTo(40);
        assertThat(LABELLED.stream().map(Labelled::questionId).distinct()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void overallScoresRankAnswersAsTheLabelsDo() {
        double rho = spearman(LABELLED.stream().mapToDouble(EmbeddedScorerCalibrationTest::labelOverall).toArray(),
                LABELLED.stream().mapToDouble(l -> l.scored().overall()).toArray());
        System.out.printf("Spearman rho overall: %.3f (n=%d)%n", rho, LABELLED.size());
        for (int d = 0; d < 5; d++) {
            int dim = d;
            double r = spearman(LABELLED.stream().mapToDouble(l -> l.labels()[dim]).toArray(),
                    LABELLED.stream().mapToDouble(l -> l.scored().dimensions().get(Dimensions.KEYS.get(dim))).toArray());
            System.out.printf("Spearman rho %-15s %.3f%n", Dimensions.KEYS.get(d), r);
        }
        System.out.printf("Pairwise accuracy within a question (overall): %.3f%n", pairwiseAccuracy());
        assertThat(rho).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void withinAQuestionMostPairsAreOrderedAsTheLabelsOrderThem() {
        assertThat(pairwiseAccuracy()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void longRamblingAnswersScoreBelowShortPreciseOnes() {
        for (String question : LABELLED.stream().map(Labelled::questionId).distinct().toList()) {
            var precise = find(question, "short-precise");
            var rambling = find(question, "rambling");
            if (precise != null && rambling != null) {
                assertThat(rambling.scored().answer().length()).isGreaterThan(precise.scored().answer().length());
                assertThat(rambling.scored().overall()).as(question).isLessThan(precise.scored().overall());
            }
        }
    }

    @Test
    void answersThatRepeatTheQuestionsKeywordsScoreLowOnRelevance() {
        for (Labelled l : LABELLED) {
            if (l.kind().equals("keyword-echo")) {
                assertThat(l.scored().dimensions().relevance()).as(l.questionId()).isLessThanOrEqualTo(4);
                Labelled strong = find(l.questionId(), "strong");
                assertThat(l.scored().dimensions().relevance()).isLessThan(strong.scored().dimensions().relevance() - 3);
            }
        }
    }

    private static Labelled find(String question, String kind) {
        return LABELLED.stream().filter(l -> l.questionId().equals(question) && l.kind().equals(kind)).findFirst()
                .orElse(null);
    }

    private static double pairwiseAccuracy() {
        int agree = 0;
        int pairs = 0;
        for (Labelled a : LABELLED) {
            for (Labelled b : LABELLED) {
                if (a.questionId().equals(b.questionId()) && labelOverall(a) > labelOverall(b) + 0.25) {
                    pairs++;
                    if (a.scored().overall() > b.scored().overall()) {
                        agree++;
                    }
                }
            }
        }
        return (double) agree / pairs;
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
