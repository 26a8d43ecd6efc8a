package com.interviewed.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Other interview questions to compare an answer against. An answer that is as close to some other question as
 * to the one asked (an answer prepared for a different question, or one that talks around the topic) does not
 * address this question, however fluent. The set is the question bank's texts, read once; their embeddings are
 * computed on first use and kept.
 */
final class ReferenceQuestions {

    private static final int TOP = 3;

    private final List<String> texts;
    private volatile List<float[]> vectors;
    private final SentenceEmbeddings embeddings;

    ReferenceQuestions(List<String> texts, SentenceEmbeddings embeddings) {
        this.texts = List.copyOf(new LinkedHashSet<>(texts));
        this.embeddings = embeddings;
    }

    /** The question bank's questions (data files of the questions module, read as plain resources). */
    static List<String> bankQuestions() {
        List<String> texts = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:questions/bank/**/*.json")) {
                try (InputStream in = r.getInputStream()) {
                    JsonNode questions = json.readTree(in).path("questions");
                    for (JsonNode q : questions) {
                        String category = q.path("category").asString("");
                        if (q.hasNonNull("text") && !Set.of("CANDIDATE_QUESTIONS", "CLOSING").contains(category)) {
                            texts.add(q.get("text").asString());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the question bank for reference questions", e);
        }
        return texts;
    }

    List<String> texts() {
        return texts;
    }

    private List<float[]> vectors() {
        List<float[]> v = vectors;
        if (v == null) {
            v = texts.isEmpty() ? List.of() : embeddings.embed(texts);
            vectors = v;
        }
        return v;
    }

    void warmUp() {
        vectors();
    }

    /**
     * The mean similarity of the answer to the {@value #TOP} reference questions it is closest to, leaving out
     * the question asked itself: what "close to some interview question" means for this answer.
     */
    double typicalSimilarity(float[] answer, String asked) {
        String askedKey = key(asked);
        List<float[]> v = vectors();
        double[] top = new double[TOP];
        int n = 0;
        for (int i = 0; i < v.size(); i++) {
            if (key(texts.get(i)).equals(askedKey)) {
                continue;
            }
            double sim = SentenceEmbeddings.cosine(answer, v.get(i));
            if (n < TOP) {
                top[n++] = sim;
                java.util.Arrays.sort(top, 0, n);
            } else if (sim > top[0]) {
                top[0] = sim;
                java.util.Arrays.sort(top, 0, n);
            }
        }
        if (n == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += top[i];
        }
        return sum / n;
    }

    /**
     * Share of the reference questions (the asked one left out) that the answer is less close to than to the
     * question asked: near 1 when the asked question is the one this answer best fits, low for an answer that fits
     * some other question better. A rank, so it does not depend on how similar questions and answers run for a topic.
     */
    double standing(float[] answer, String asked, double askedSimilarity) {
        String askedKey = key(asked);
        List<float[]> v = vectors();
        int below = 0;
        int n = 0;
        for (int i = 0; i < v.size(); i++) {
            if (key(texts.get(i)).equals(askedKey)) {
                continue;
            }
            n++;
            if (SentenceEmbeddings.cosine(answer, v.get(i)) < askedSimilarity) {
                below++;
            }
        }
        return n == 0 ? 1 : (double) below / n;
    }

    /**
     * The mean, over the answer's sentences, of each sentence's {@link #standing}: the share of the reference
     * questions that sentence is less close to than to the question asked. A mean over sentences, so a long answer
     * about this question keeps it and a long answer about something else does not earn it by its length; and a
     * rank, so it does not depend on how close sentences run to questions on a topic.
     */
    double sentenceStanding(List<float[]> sentences, float[] askedVector, String asked) {
        if (sentences.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (float[] s : sentences) {
            sum += standing(s, asked, SentenceEmbeddings.cosine(s, askedVector));
        }
        return sum / sentences.size();
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
