package com.interviewed.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The embedded scorer's learned weights: one linear model per dimension over standardised {@link Feature}s,
 * fitted by ridge regression on the labelled development set (src/test/resources/scoring/devset, see
 * docs/scoring.md) and stretched so that scores use the whole 1–10 scale as human raters do. Linear, so every
 * point of a score is one feature's contribution and can be listed as a signal.
 *
 * @param features   feature names, the order of every array
 * @param mean       training mean of each feature (standardisation; also what a missing value counts as)
 * @param scale      training standard deviation of each feature
 * @param dimensions per dimension key
 */
record ScoringModel(String about, List<String> features, double[] mean, double[] scale,
        Map<String, DimensionModel> dimensions) {

    /** Standardised values beyond this are clamped: an unseen answer far outside the data moves no further. */
    static final double MAX_Z = 3.5;
    static final String RESOURCE = "/scoring/model.json";

    /**
     * @param intercept score of an answer with every feature at its mean, before stretching
     * @param weights   points per standard deviation of each feature (0 when the fit dropped it)
     * @param centre    the point the stretch leaves in place
     * @param stretch   calibration: how much the fitted deviations from the centre are widened
     */
    record DimensionModel(double intercept, double[] weights, double centre, double stretch) {
    }

    /**
     * One feature's part in one dimension's score.
     *
     * @param onTopic the feature counted only as far as the answer addresses the question (see {@link #GATED})
     */
    record Contribution(Feature feature, boolean onTopic, double value, double effect) {
    }

    /**
     * Substance features that count for technical depth, problem solving, communication and confidence only as far
     * as the answer addresses the question: figures, actions and reasoning from an answer to another question are
     * no evidence for this one, and a linear sum alone would reward them. The gate is the relevance score itself
     * (or the topic stage's, if lower).
     */
    static final List<Feature> GATED = List.of(Feature.POINT_COVERAGE, Feature.FIGURES, Feature.ACTIONS,
            Feature.REASONING, Feature.TRADE_OFFS, Feature.STEPS, Feature.TECHNOLOGIES, Feature.STORY,
            Feature.RESULTS, Feature.SPECIFICITY);
    static final String RELEVANCE = "relevance";
    /**
     * The first stage: how far the answer is about this question, judged from topical features only (meaning
     * close to the question, not to other questions, not an echo, focused, not evasive), fitted to tell answers
     * written for this question from answers written for another and calibrated so that the median of the latter
     * closes the gate and the median of the former opens it fully (see ModelFit). It gates the substance
     * features of relevance itself: a rich story written for another question earns no relevance for its
     * figures, actions or story parts, which any strong answer has.
     */
    static final String TOPIC = "topic";
    static final List<Feature> TOPICAL = List.of(Feature.QUESTION_SIMILARITY, Feature.ADDRESSES_THIS_QUESTION,
            Feature.SENTENCES_HERE, Feature.NEW_CONTENT, Feature.ABOVE_GENERIC, Feature.QUESTION_WORDS_USED, Feature.BEST_SENTENCE,
            Feature.ECHO, Feature.PARTS_COVERED, Feature.FOCUS, Feature.OFF_TOPIC, Feature.KEYWORD_LIST,
            Feature.PLATITUDES, Feature.EVASION, Feature.DOES_NOT_KNOW);

    /** The column names: every feature, then the gated copies ({@code FIGURES@on-topic}). */
    static List<String> columns() {
        List<String> names = new ArrayList<>(java.util.Arrays.stream(Feature.values()).map(Enum::name).toList());
        GATED.forEach(f -> names.add(f.name() + "@on-topic"));
        return names;
    }

    /** 0 for a relevance of 2 or less, 1 from 6 up: how far an answer's substance counts. */
    static double gate(double relevance) {
        return Math.max(0, Math.min(1, (relevance - 2) / 4));
    }

    /** The model's inputs: the features, then the gated features multiplied by the gate. */
    static double[] inputs(double[] features, double gate) {
        double[] in = java.util.Arrays.copyOf(features, features.length + GATED.size());
        for (int k = 0; k < GATED.size(); k++) {
            in[features.length + k] = features[GATED.get(k).ordinal()] * gate;
        }
        return in;
    }

    /**
     * All five dimensions: the topic stage first, whose score gates relevance's substance features; then
     * relevance, whose score gates the substance features of the other four, closed further when the topic stage
     * already closed it (relevance can rise on style alone; an answer to another question stays one).
     */
    Map<String, Prediction> predictAll(double[] features) {
        Map<String, Prediction> out = new java.util.LinkedHashMap<>();
        double topicGate = dimensions.containsKey(TOPIC) ? gate(predict(TOPIC, inputs(features, 1)).score()) : 1;
        Prediction relevance = predict(RELEVANCE, inputs(features, topicGate));
        double[] in = inputs(features, Math.min(topicGate, gate(relevance.score())));
        for (String key : Dimensions.KEYS) {
            out.put(key, key.equals(RELEVANCE) ? relevance : predict(key, in));
        }
        return out;
    }

    /** A dimension's score before clamping, as base plus contributions. */
    record Prediction(double base, List<Contribution> contributions) {

        double score() {
            return Math.max(1, Math.min(10, base + contributions.stream().mapToDouble(Contribution::effect).sum()));
        }
    }

    static ScoringModel load() {
        try (InputStream in = ScoringModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            ScoringModel model = tools.jackson.databind.json.JsonMapper.builder().build().readValue(in, ScoringModel.class);
            model.check();
            return model;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    private void check() {
        List<String> expected = columns();
        if (!expected.equals(features)) {
            throw new IllegalStateException(RESOURCE + " was fitted for other features " + features
                    + "; refit it (ScoringModelFit) for " + expected);
        }
    }

    /** Standardised value of feature {@code j}; a missing value (NaN) counts as average. */
    double z(int j, double x) {
        if (Double.isNaN(x) || scale[j] == 0) {
            return 0;
        }
        return Math.max(-MAX_Z, Math.min(MAX_Z, (x - mean[j]) / scale[j]));
    }

    /** One dimension from the full {@link #inputs}. */
    Prediction predict(String dimension, double[] x) {
        DimensionModel d = dimensions.get(dimension);
        List<Contribution> contributions = new ArrayList<>();
        int base = Feature.values().length;
        for (int j = 0; j < x.length; j++) {
            double w = d.weights()[j];
            if (w != 0) {
                Feature feature = j < base ? Feature.values()[j] : GATED.get(j - base);
                double raw = j < base ? x[j] : x[feature.ordinal()];
                contributions.add(new Contribution(feature, j >= base, raw, d.stretch() * w * z(j, x[j])));
            }
        }
        return new Prediction(d.centre() + d.stretch() * (d.intercept() - d.centre()), contributions);
    }
}
