package com.interviewed.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A labelled set the scorer was never fitted or chosen on (the held-out and the fresh set), scored by the shipped
 * scorer, with the figures docs/scoring.md quotes printed the same way for each.
 */
record UnseenSet(List<DevSet.Answer> answers, List<ScoredQuestion> scored, RankingFigures figures) {

    static UnseenSet score(String resource, String name) {
        List<DevSet.Answer> answers = load(resource);
        EmbeddedScorer scorer = new EmbeddedScorer(SharedEmbeddings.INSTANCE, Vocabulary.load());
        List<ScoredQuestion> scored = new ArrayList<>();
        for (DevSet.Answer a : answers) {
            scored.add(scorer.score(new ScoringRequest(a.role(), a.jobDescription(), "en", List.of(a.toScore())))
                    .questions().get(0));
        }
        UnseenSet set = new UnseenSet(answers, scored, RankingFigures.of(answers, scored));
        set.print(name);
        return set;
    }

    /** The labelled answers of a set, unscored. */
    static List<DevSet.Answer> load(String resource) {
        List<DevSet.Answer> answers = new ArrayList<>();
        try (InputStream in = UnseenSet.class.getResourceAsStream(resource)) {
            for (JsonNode q : JsonMapper.builder().build().readTree(in).get("questions")) {
                answers.addAll(DevSet.question(q).answers());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return answers;
    }

    private void print(String name) {
        System.out.printf("%s: %d answers, %d questions, shipped model%n", name, answers.size(),
                answers.stream().map(DevSet.Answer::questionId).distinct().count());
        for (int d = 0; d < 6; d++) {
            System.out.printf("  Spearman %-15s %.3f%n", d == 5 ? "overall" : Dimensions.KEYS.get(d), figures.rho(d));
        }
        System.out.printf("  pairwise within question (labels >= 1 point apart): %.3f%n", figures.pairwise(1));
        RankingFigures mean = new RankingFigures(answers, (i, d) -> d == 5
                ? Dimensions.round(scored.get(i).dimensions().weightedMean()) : figures.score(i, d));
        System.out.printf("  overall as the weighted mean alone (before the relevance cap): Spearman %.3f, pairwise %.3f%n",
                mean.rho(5), mean.pairwise(1));
        int[] adversarial = figures.adversarialBelowStrong();
        System.out.printf("  adversarial below the strong answer: %d of %d%n", adversarial[0], adversarial[1]);
        for (String kind : answers.stream().map(DevSet.Answer::kind).distinct().toList()) {
            System.out.printf("  %-18s mean %.1f (label %.1f)%n", kind,
                    IntStream.range(0, answers.size()).filter(i -> answers.get(i).kind().equals(kind))
                            .mapToDouble(i -> scored.get(i).overall()).average().orElse(0),
                    answers.stream().filter(a -> a.kind().equals(kind)).mapToDouble(a -> a.labels()[5]).average()
                            .orElse(0));
        }
        if (System.getProperty("scoring.print-answers") != null) {
            for (int i = 0; i < answers.size(); i++) {
                System.out.printf("  %-22s %-17s label %.1f scored %.1f %s%n", answers.get(i).questionId(),
                        answers.get(i).kind(), answers.get(i).labels()[5], scored.get(i).overall(), scored.get(i).dimensions());
            }
        }
    }

    List<String> questions() {
        return questions(answers);
    }

    static List<String> questions(List<DevSet.Answer> answers) {
        return answers.stream().map(DevSet.Answer::question).distinct().toList();
    }
}
