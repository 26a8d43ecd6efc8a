package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The embedding-based measurements of one answer.
 *
 * @param questionSimilarity cosine similarity of the whole answer to the question
 * @param focus              mean, over the answer's sentences, of each sentence's best similarity to the question
 *                           or an expected point
 * @param offTopicShare      share of sentences that relate to neither the question nor any expected point
 * @param coveredPoints      expected points the answer covers, with the sentence that covers each
 * @param missingPoints      expected points it does not cover
 * @param bestSentence       the sentence closest to the question (evidence when nothing else is)
 * @param answerVector       the answer's meaning: the word-weighted mean of its sentence embeddings
 * @param sentenceVectors    the embedding of each sentence, in order
 */
record SemanticFeatures(double questionSimilarity, double focus, double offTopicShare,
        List<CoveredPoint> coveredPoints, List<String> missingPoints, String bestSentence, float[] answerVector,
        List<float[]> sentenceVectors) {

    static final double OFF_TOPIC = 0.22;
    static final double COVERED = 0.42;
    static final double COVERED_WITH_WORDS = 0.3;

    record CoveredPoint(String point, String sentence, double similarity) {
    }

    double coverage() {
        int total = coveredPoints.size() + missingPoints.size();
        return total == 0 ? Double.NaN : (double) coveredPoints.size() / total;
    }

    private static float[] mean(List<float[]> vectors, List<String> sentences) {
        float[] sum = new float[vectors.isEmpty() ? 1 : vectors.get(0).length];
        for (int i = 0; i < vectors.size(); i++) {
            int weight = Math.max(1, Text.words(sentences.get(i)).size());
            for (int j = 0; j < sum.length; j++) {
                sum[j] += weight * vectors.get(i)[j];
            }
        }
        double norm = 0;
        for (float x : sum) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < sum.length; j++) {
            sum[j] = (float) (norm == 0 ? 0 : sum[j] / norm);
        }
        return sum;
    }

    static SemanticFeatures of(String question, List<String> points, String answer, List<String> sentences,
            SentenceEmbeddings embeddings, Lexicon lexicon) {
        return of(question, points, answer, sentences, embeddings, lexicon, point -> null);
    }

    /**
     * @param storyEvidence for behavioural questions, whose expected points describe parts of a story ("the
     *                      outcome and what you learned") rather than content a sentence can paraphrase: returns
     *                      the sentence showing that part of the story, or {@code null}
     */
    static SemanticFeatures of(String question, List<String> points, String answer, List<String> sentences,
            SentenceEmbeddings embeddings, Lexicon lexicon, java.util.function.Function<String, String> storyEvidence) {
        List<String> texts = new ArrayList<>();
        texts.add(question);
        texts.addAll(points);
        texts.addAll(sentences);
        List<float[]> v = embeddings.embed(texts);
        float[] q = v.get(0);
        List<float[]> p = v.subList(1, 1 + points.size());
        List<float[]> s = v.subList(1 + points.size(), v.size());
        // The answer's meaning as the word-weighted mean of its sentences: one model pass per sentence instead of
        // another pass over the whole answer, which is what keeps a 30-minute interview fast.
        float[] a = mean(s, sentences);

        double focusSum = 0;
        int offTopic = 0;
        String best = sentences.isEmpty() ? "" : sentences.get(0);
        double bestSimilarity = -1;
        for (int i = 0; i < s.size(); i++) {
            double toQuestion = SentenceEmbeddings.cosine(s.get(i), q);
            double relevance = toQuestion;
            for (float[] point : p) {
                relevance = Math.max(relevance, SentenceEmbeddings.cosine(s.get(i), point));
            }
            focusSum += relevance;
            if (relevance < OFF_TOPIC) {
                offTopic++;
            }
            if (toQuestion > bestSimilarity) {
                bestSimilarity = toQuestion;
                best = sentences.get(i);
            }
        }
        List<CoveredPoint> covered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        var answerStems = Text.contentStemSet(answer, lexicon);
        for (int j = 0; j < points.size(); j++) {
            double bestPoint = -1;
            String sentence = "";
            for (int i = 0; i < s.size(); i++) {
                double sim = SentenceEmbeddings.cosine(s.get(i), p.get(j));
                if (sim > bestPoint) {
                    bestPoint = sim;
                    sentence = sentences.get(i);
                }
            }
            var pointStems = Text.contentStemSet(points.get(j), lexicon);
            long shared = pointStems.stream().filter(answerStems::contains).count();
            double wordOverlap = pointStems.isEmpty() ? 0 : (double) shared / pointStems.size();
            String story = storyEvidence.apply(points.get(j));
            // A point of one or two words ("current role") has too little meaning for its embedding alone.
            boolean shortPointNamed = pointStems.size() <= 2 && wordOverlap >= 0.5 && bestPoint >= 0.2;
            if (bestPoint >= COVERED || (bestPoint >= COVERED_WITH_WORDS && wordOverlap >= 0.3) || shortPointNamed) {
                covered.add(new CoveredPoint(points.get(j), sentence, bestPoint));
            } else if (story != null) {
                covered.add(new CoveredPoint(points.get(j), story, bestPoint));
            } else {
                missing.add(points.get(j));
            }
        }
        return new SemanticFeatures(SentenceEmbeddings.cosine(a, q), s.isEmpty() ? 0 : focusSum / s.size(),
                s.isEmpty() ? 1 : (double) offTopic / s.size(), covered, missing, best, a, List.copyOf(s));
    }
}
